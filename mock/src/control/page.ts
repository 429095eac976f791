// The page at /__sandbox/: the scenarios table and buttons for the control API, the clock, the
// request and delivery logs. Plain HTML and a few lines of script; everything it shows comes from
// the control API, the scenarios from the one table (GET /__sandbox/scenarios).

export function renderControlPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>BabySea sandbox</title>
<style>
  body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d2b36; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
  table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid #dde3e8; padding: .35rem .5rem; text-align: left; vertical-align: top; }
  code, textarea, pre { font: 12px ui-monospace, monospace; } textarea { width: 22rem; height: 3.2rem; }
  button { cursor: pointer; } .row { display: flex; gap: .5rem; align-items: center; flex-wrap: wrap; }
  pre { background: #f4f7f9; padding: .6rem; overflow: auto; max-height: 18rem; }
</style>
</head>
<body>
<h1>BabySea sandbox</h1>
<p>A stateful local BabySea API. Point your backend's SDK at <code id="base"></code> (<code>new BabySea({ apiKey, baseUrl })</code>); any key works, the magic ones below change what it gets.</p>

<h2>Clock</h2>
<div class="row"><span id="clock"></span>
  <button data-advance="1000">+1 s</button><button data-advance="10000">+10 s</button><button data-advance="60000">+1 min</button>
  <button id="reset">Reset everything</button></div>

<h2>Scenarios</h2>
<table id="scenarios"><thead><tr><th>kind</th><th>value</th><th>effect</th><th></th></tr></thead><tbody></tbody></table>

<h2>Trigger a webhook event</h2>
<div class="row"><select id="event"></select><input id="key" placeholder="API key (optional)"><button id="trigger">Trigger</button></div>

<h2>Requests <button data-refresh="requests">refresh</button></h2>
<pre id="requests"></pre>
<h2>Webhook deliveries <button data-refresh="deliveries">refresh</button></h2>
<pre id="deliveries"></pre>
<h2>Output</h2>
<pre id="output"></pre>

<script>
const $ = (id) => document.getElementById(id);
$('base').textContent = location.origin;
const call = async (method, path, body) => {
  const response = await fetch('/__sandbox' + path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await response.json();
  $('output').textContent = method + ' /__sandbox' + path + ' → ' + response.status + '\\n' + JSON.stringify(json, null, 2);
  refresh();
  return json;
};
async function refresh() {
  const clock = await (await fetch('/__sandbox/clock')).json();
  $('clock').textContent = clock.now + ' (' + clock.mode + ', advanced ' + clock.offset_ms + ' ms)';
  for (const name of ['requests', 'deliveries']) {
    const json = await (await fetch('/__sandbox/' + name)).json();
    $(name).textContent = JSON.stringify(json[name].slice(0, 30), null, 2);
  }
}
document.addEventListener('click', (event) => {
  const target = event.target;
  if (target.dataset.advance) call('POST', '/clock/advance', { ms: Number(target.dataset.advance) });
  if (target.dataset.refresh) refresh();
  if (target.dataset.scenario) {
    let body;
    try { body = JSON.parse(document.querySelector('[data-body="' + target.dataset.scenario + '"]').value || '{}'); }
    catch { $('output').textContent = 'The body is not JSON.'; return; }
    call('POST', '/scenarios/' + target.dataset.scenario, body);
  }
});
$('reset').onclick = () => call('POST', '/reset', {});
$('trigger').onclick = () => call('POST', '/trigger', { event: $('event').value, ...($('key').value ? { key: $('key').value } : {}) });
(async () => {
  const { scenarios, events } = await (await fetch('/__sandbox/scenarios')).json();
  const rows = scenarios.map((s) => {
    const tr = document.createElement('tr');
    for (const text of [s.kind, s.value, s.effect]) { const td = document.createElement('td'); td.textContent = text; tr.append(td); }
    const td = document.createElement('td');
    if (s.kind === 'control') {
      const area = document.createElement('textarea'); area.dataset.body = s.value; area.value = JSON.stringify(s.example.body);
      const button = document.createElement('button'); button.textContent = 'Run'; button.dataset.scenario = s.value;
      td.append(area, button);
    }
    tr.append(td);
    return tr;
  });
  document.querySelector('#scenarios tbody').append(...rows);
  for (const name of events) { const option = document.createElement('option'); option.textContent = name; $('event').append(option); }
  refresh();
})();
</script>
</body>
</html>`;
}
