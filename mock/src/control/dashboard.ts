// The dashboard at /__sandbox/: what a frontend developer keeps open beside the app. Generations of
// every account, live (one poll of GET /__sandbox/overview a second), with buttons that complete,
// fail or cancel one now; the clock; webhook deliveries with their attempts and payload, and replay;
// accounts with balance, limits and their key's scenario; the scenarios table with its examples.
// Plain HTML, CSS and script with nothing to fetch from elsewhere, so it works offline; it uses only
// the control API, whose routes and errors are the same for any other client.

/** The page's look: one stylesheet, no web fonts or images to fetch. */
const STYLE = `  :root { --ink: #1d2b36; --muted: #61707c; --line: #e3e8ec; --bg: #f6f8fa; --accent: #0b6bcb; }
  * { box-sizing: border-box; }
  body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: var(--ink); background: var(--bg); }
  header { background: #0f2233; color: #fff; padding: .8rem 1.2rem; display: flex; gap: 1.2rem; align-items: center; flex-wrap: wrap; }
  header h1 { font-size: 1.1rem; margin: 0; }
  header code { background: #1d3549; padding: .15rem .4rem; border-radius: 4px; }
  header .live { margin-left: auto; font-size: 12px; }
  header .live::before { content: '●'; margin-right: .3rem; color: #3ddc84; }
  header .live.down::before { color: #ff6b6b; }
  main { padding: 1rem 1.2rem; display: grid; gap: 1rem; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
  section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem; min-width: 0; }
  section.wide { grid-column: 1 / -1; }
  h2 { font-size: 1rem; margin: 0 0 .6rem; display: flex; gap: .6rem; align-items: center; }
  h2 small { color: var(--muted); font-weight: normal; }
  table { border-collapse: collapse; width: 100%; }
  td, th { border-bottom: 1px solid var(--line); padding: .35rem .45rem; text-align: left; vertical-align: top; }
  th { font-size: 12px; color: var(--muted); font-weight: 600; }
  td.prompt { max-width: 18rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  code, pre, textarea, input, select { font: 12px ui-monospace, monospace; }
  pre { background: var(--bg); padding: .5rem; overflow: auto; max-height: 16rem; margin: .3rem 0 0; }
  button { cursor: pointer; border: 1px solid var(--line); background: #fff; border-radius: 5px; padding: .2rem .55rem; font-size: 12px; }
  button:hover { border-color: var(--accent); color: var(--accent); }
  button.danger:hover { border-color: #c62828; color: #c62828; }
  .row { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
  .pill { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: 12px; font-weight: 600; background: #eceff1; }
  .pill.processing { background: #e3f0fc; color: #0b6bcb; }
  .pill.processing::after { content: ''; display: inline-block; width: .55em; height: .55em; margin-left: .35em; border: 2px solid currentColor; border-right-color: transparent; border-radius: 50%; animation: spin .8s linear infinite; }
  .pill.succeeded, .pill.delivered { background: #e5f6ea; color: #1b7a3a; }
  .pill.failed { background: #fdecea; color: #c62828; }
  .pill.canceled, .pill.no_endpoint { background: #fff4e0; color: #9a5b00; }
  @keyframes spin { to { transform: rotate(360deg); } }
  img.thumb { height: 2.4rem; border-radius: 4px; vertical-align: middle; }
  .empty { color: var(--muted); }
  #result { white-space: pre-wrap; }
  textarea { width: 100%; min-height: 2.6rem; }
  @media (max-width: 900px) { main { grid-template-columns: 1fr; } }
`;

/** The page's behaviour: the overview poll, the tables, the buttons (each a control API call). */
const SCRIPT = `const $ = (id) => document.getElementById(id);
const base = location.origin;
$('sdk-line').textContent = "new BabySea({ apiKey: 'bye_test_123', baseUrl: '" + base + "' })";
const openPayloads = new Set();
const shown = {};

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name === 'class') node.className = value;
    else if (name.startsWith('data-')) node.setAttribute(name, value);
    else node[name] = value;
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  return node;
}
const pill = (status) => el('span', { class: 'pill ' + status }, status);
const time = (iso) => {
  if (!iso) return '';
  const date = new Date(iso);
  return date.toDateString() === new Date().toDateString() ? date.toLocaleTimeString() : date.toLocaleString();
};

/** Replaces a table's rows only when what it shows changed (a click in between is never lost). */
function fill(id, items, row, empty) {
  const key = JSON.stringify(items);
  if (shown[id] === key) return;
  shown[id] = key;
  const body = document.querySelector('#' + id + ' tbody');
  const columns = document.querySelectorAll('#' + id + ' th').length;
  body.replaceChildren(...(items.length ? items.map(row) : [el('tr', {}, el('td', { class: 'empty', colSpan: columns }, empty))]));
}

function generationRow(g) {
  const inFlight = g.generation_status === 'pending' || g.generation_status === 'processing';
  const output = (g.generation_output_file || [])[0];
  return el('tr', { 'data-generation-id': g.generation_id, 'data-key-hint': g.key_hint },
    el('td', { class: 'status' }, pill(g.generation_status), g.generation_error_code ? ' ' + g.generation_error_code : null),
    el('td', {}, el('code', {}, g.key_hint)),
    el('td', {}, g.model_identifier),
    el('td', { class: 'prompt', title: g.generation_prompt || '' }, g.generation_prompt || ''),
    el('td', {}, time(g.generation_created_at)),
    el('td', {}, output ? el('a', { href: output, target: '_blank' }, g.kind === 'image' ? el('img', { class: 'thumb', src: output, alt: 'output' }) : 'video') : ''),
    el('td', {}, el('div', { class: 'row' }, ...(inFlight ? [
      el('button', { 'data-action': 'complete', 'data-id': g.generation_id, 'data-key': g.key_hint }, 'Complete now'),
      el('button', { 'data-action': 'fail', 'data-id': g.generation_id, 'data-key': g.key_hint, class: 'danger' }, 'Fail now'),
      el('button', { 'data-action': 'cancel', 'data-id': g.generation_id, 'data-key': g.key_hint }, 'Cancel'),
    ] : []))));
}

function deliveryRow(d) {
  const last = d.attempts[d.attempts.length - 1];
  const details = el('details', { 'data-payload': d.delivery_id, open: openPayloads.has(d.delivery_id) },
    el('summary', {}, d.event), el('pre', {}, JSON.stringify(d.payload, null, 2)));
  details.addEventListener('toggle', () => (details.open ? openPayloads.add(d.delivery_id) : openPayloads.delete(d.delivery_id)));
  return el('tr', { 'data-delivery-id': d.delivery_id },
    el('td', {}, details),
    el('td', {}, el('code', {}, d.key_hint)),
    el('td', { class: 'status' }, pill(d.status)),
    el('td', { class: 'attempts' }, String(d.attempts.length) + (last ? ' (last: ' + (last.status || last.error) + ')' : '')),
    el('td', {}, d.url ? el('button', { 'data-replay': d.delivery_id }, 'Replay') : el('span', { class: 'empty', title: 'no webhook URL: --webhook-url or POST /__sandbox/webhooks' }, 'logged')));
}

const accountRow = (a) => el('tr', {},
  el('td', {}, el('code', {}, a.key_hint)),
  el('td', { title: a.scenario ? a.scenario.effect : '' }, a.scenario ? a.scenario.value : ''),
  el('td', {}, a.balance.toFixed(3)),
  el('td', {}, a.in_flight + ' / ' + a.max_in_flight),
  el('td', {}, a.webhook || ''));

const requestRow = (r) => el('tr', {},
  el('td', {}, time(r.at)), el('td', {}, el('code', {}, r.method + ' ' + r.path)),
  el('td', {}, String(r.status || r.fault) + (r.code ? ' ' + r.code : '')), el('td', {}, r.key_hint ? el('code', {}, r.key_hint) : ''),
  el('td', {}, r.in_flight === undefined ? '' : r.in_flight + ' / ' + r.max_in_flight), el('td', {}, String(r.ms)));

let polling;
async function refresh() {
  clearTimeout(polling);
  try {
    const response = await fetch('/__sandbox/overview', { cache: 'no-store' });
    const overview = await response.json();
    $('clock').textContent = new Date(overview.clock.now).toLocaleString() + ' (' + overview.clock.mode + (overview.clock.offset_ms ? ', +' + overview.clock.offset_ms / 1000 + ' s' : '') + ')';
    fill('generations', overview.generations, generationRow, 'No generations yet: submit one through the SDK.');
    fill('deliveries', overview.deliveries, deliveryRow, 'No webhook events yet.');
    fill('accounts', overview.accounts, accountRow, 'No account yet: any API key creates one.');
    fill('requests', overview.requests, requestRow, 'No API requests yet.');
    $('live').className = 'live';
    $('live').textContent = 'live';
  } catch {
    $('live').className = 'live down';
    $('live').textContent = 'sandbox not answering';
  }
  polling = setTimeout(refresh, 1000);
}

async function act(method, path, body) {
  const response = await fetch('/__sandbox' + path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await response.json();
  $('result').className = response.ok ? '' : 'failed';
  $('result').textContent = method + ' /__sandbox' + path + ' → ' + response.status + '\\n' + JSON.stringify(json, null, 2);
  await refresh();
  return json;
}

document.addEventListener('click', (event) => {
  const target = event.target.closest('button');
  if (!target) return;
  if (target.dataset.advance) act('POST', '/clock/advance', { ms: Number(target.dataset.advance) });
  if (target.dataset.action) act('POST', '/generations/' + target.dataset.id + '/' + target.dataset.action, { key_hint: target.dataset.key });
  if (target.dataset.replay) act('POST', '/deliveries/' + target.dataset.replay + '/replay');
  if (target.dataset.scenario) {
    let body;
    try { body = JSON.parse(document.querySelector('[data-body="' + target.dataset.scenario + '"]').value || '{}'); }
    catch { $('result').textContent = 'The body of ' + target.dataset.scenario + ' is not JSON.'; return; }
    act('POST', '/scenarios/' + target.dataset.scenario, body);
  }
});
$('reset').onclick = () => { if (confirm('Forget every account, generation and scenario?')) act('POST', '/reset', {}); };
$('trigger').onclick = () => act('POST', '/trigger', { event: $('event').value, ...($('trigger-key').value ? { key: $('trigger-key').value } : {}) });

(async () => {
  const { scenarios, events } = await (await fetch('/__sandbox/scenarios')).json();
  document.querySelector('#scenarios tbody').append(...scenarios.map((s) => {
    const example = el('td', {});
    if (s.kind === 'control') {
      example.append(el('textarea', { 'data-body': s.value, value: JSON.stringify(s.example.body) }), el('button', { 'data-scenario': s.value }, 'Run'));
    } else {
      example.append(el('code', {}, s.example.request), s.example.body ? el('pre', {}, JSON.stringify(s.example.body)) : null,
        el('div', { class: 'empty' }, '→ ' + s.example.answer.status + (s.example.answer.code ? ' ' + s.example.answer.code : '')));
    }
    return el('tr', {}, el('td', {}, s.kind), el('td', {}, el('code', {}, s.value)), el('td', {}, s.effect), example);
  }));
  for (const name of events) $('event').append(el('option', {}, name));
  refresh();
})();
`;

export function renderDashboard(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>BabySea sandbox</title>
<style>
${STYLE}</style>
</head>
<body>
<header>
  <h1>BabySea sandbox</h1>
  <span>SDK: <code id="sdk-line"></code></span>
  <span class="row">Clock <code id="clock">…</code>
    <button data-advance="1000">+1 s</button><button data-advance="10000">+10 s</button><button data-advance="60000">+1 min</button></span>
  <button id="reset" class="danger">Reset everything</button>
  <span id="live" class="live">live</span>
</header>
<main>
  <section class="wide">
    <h2>Generations <small>every account, newest first</small></h2>
    <table id="generations"><thead><tr><th>status</th><th>key</th><th>model</th><th>prompt</th><th>created</th><th>output</th><th></th></tr></thead><tbody></tbody></table>
  </section>
  <section>
    <h2>Webhook deliveries</h2>
    <table id="deliveries"><thead><tr><th>event</th><th>key</th><th>status</th><th>attempts</th><th></th></tr></thead><tbody></tbody></table>
  </section>
  <section>
    <h2>Accounts</h2>
    <table id="accounts"><thead><tr><th>key</th><th>scenario</th><th>balance</th><th>in flight</th><th>webhook</th></tr></thead><tbody></tbody></table>
    <h2 style="margin-top:1rem">Trigger a webhook event</h2>
    <div class="row"><select id="event"></select><input id="trigger-key" placeholder="API key (optional)"><button id="trigger">Trigger</button></div>
    <h2 style="margin-top:1rem">Last action</h2>
    <pre id="result" class="empty">Nothing yet.</pre>
  </section>
  <section class="wide">
    <h2>Requests <small>the last 50 API requests</small></h2>
    <table id="requests"><thead><tr><th>at</th><th>request</th><th>status</th><th>key</th><th>in flight</th><th>ms</th></tr></thead><tbody></tbody></table>
  </section>
  <section class="wide">
    <h2>Scenarios <small>magic keys, prompt markers, control scenarios: each with its example</small></h2>
    <table id="scenarios"><thead><tr><th>kind</th><th>value</th><th>effect</th><th>example</th></tr></thead><tbody></tbody></table>
  </section>
</main>
<script>
${SCRIPT}</script>
</body>
</html>`;
}
