// The API reference speaks to users: its text (every description, summary and title of the bundled
// spec, the introduction included) says what the API does, and where a fact is uncertain, what the
// SDK and the sandbox do. Where a fact comes from is for maintainers: openapi/SOURCES.md keeps those
// notes, each naming the place in the spec it is about, and that place must exist.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { spec } from '../helpers/spec.js';

// How a sourcing note gives itself away: it talks about the sources, or about the document itself.
const TELLS = [
  /\bpublic(ly)? (sources?|docs|documentation|error table)\b/i,
  /\bno public source\b/i,
  /\b(documented|published) publicly\b/i,
  /\bsources? (disagree|say|name|give|publish|document)/i,
  /\bthis (document|spec|specification)('s)?\b/i,
  /\bearlier (public )?table\b/i,
  /\bofficial SDK\b/i,
  /\bmethod docs\b/i,
  /\bchangelog\b/i,
  /\ban assumption\b/i,
];

/** Every prose string of the spec (description, summary, title) with its JSON pointer. */
function prose(node: unknown, pointer = '#'): { pointer: string; text: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => prose(item, `${pointer}/${i}`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const at = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (['description', 'summary', 'title'].includes(key) && typeof value === 'string') return [{ pointer: at, text: value }];
    // Example payloads are data, not prose (a field named `description` in one is the API's text).
    if (key === 'value' || key === 'x-codeSamples') return [];
    return prose(value, at);
  });
}

it('no description, summary or title of the reference carries a maintainer’s sourcing note', () => {
  const texts = prose(spec);
  expect(texts.length).toBeGreaterThan(200);
  const notes = texts.flatMap(({ pointer, text }) =>
    TELLS.filter((tell) => tell.test(text)).map((tell) => `${pointer}: …${text.match(tell)![0]}…`),
  );
  expect(notes).toEqual([]);
});

it('every entry of openapi/SOURCES.md names a place of the bundled spec that exists', () => {
  const sources = readFileSync(new URL('../../openapi/SOURCES.md', import.meta.url), 'utf8');
  const places = [...sources.matchAll(/^## `(#\/[^`]+)`/gm)].map((match) => match[1]!);
  expect(places.length).toBeGreaterThanOrEqual(10);
  const missing = places.filter(
    (place) =>
      place
        .slice(2)
        .split('/')
        .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
        .reduce<any>((at, key) => at?.[key], spec) === undefined,
  );
  expect(missing).toEqual([]);
});
