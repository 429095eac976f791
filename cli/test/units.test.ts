// The pieces that turn what a user types into requests, checked in-process: parameter names and
// values, batch files, the catalog checks, and what reaches a terminal or a pipe.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_IN_MODELS, checkParams, findModel } from '../src/catalog.ts';
import { UsageError } from '../src/exit-codes.ts';
import { readJobsFile } from '../src/jobs.ts';
import { Output } from '../src/output.ts';
import { addParamPairs, parameterName, paramsFromFlags } from '../src/params.ts';
import type { LibraryModel } from '../src/sdk.ts';

const work = mkdtempSync(join(tmpdir(), 'babysea-cli-units-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const image = {
  model_type: 'image',
  model_identifier: 'qwen/image',
  model_supported_provider: ['replicate', 'fal'],
  schema: {
    generation_prompt: true,
    generation_ratio: ['1:1', '16:9'],
    generation_output_format: ['png'],
    generation_output_number: 4,
    generation_input_file: false,
  },
  specific_schema: ['generation_seed'],
} as unknown as LibraryModel;
const video = {
  model_type: 'video',
  model_identifier: 'google/veo-2',
  model_supported_provider: ['replicate', 'fal'],
  schema: { generation_prompt: true, generation_duration: [5, 8], generation_resolution: ['720p'], generation_generate_audio: false },
  specific_schema: [],
} as unknown as LibraryModel;

describe('parameters', () => {
  it('short names, dashes and prefixes all name the generation_* parameter', () => {
    expect(parameterName('ratio')).toBe('generation_ratio');
    expect(parameterName('provider-order')).toBe('generation_provider_order');
    expect(parameterName('seed')).toBe('generation_seed');
    expect(parameterName('generation_seed')).toBe('generation_seed');
  });

  it('--param values are JSON when they parse, else text', () => {
    expect(addParamPairs({}, ['seed=42', 'fast=true', 'style=dreamy', 'tags=["a","b"]', 'label=007x'])).toEqual({
      generation_seed: 42,
      generation_fast: true,
      generation_style: 'dreamy',
      generation_tags: ['a', 'b'],
      generation_label: '007x',
    });
  });

  it('a malformed or repeated --param is a usage error', () => {
    expect(() => addParamPairs({}, ['seed'])).toThrow(UsageError);
    expect(() => addParamPairs({}, ['=4'])).toThrow(UsageError);
    expect(() => paramsFromFlags('A seal', { ratio: '1:1', param: ['ratio=16:9'] })).toThrow(/generation_ratio is set twice/);
    expect(() => paramsFromFlags('A seal', { param: ['prompt=x'] })).toThrow(/PROMPT argument/);
    expect(() => paramsFromFlags('  ', {})).toThrow(/prompt is empty/);
  });
});

describe('catalog checks', () => {
  it('the built-in catalog is the spec example, image and video models alike', () => {
    expect(BUILT_IN_MODELS.length).toBeGreaterThan(5);
    expect(new Set(BUILT_IN_MODELS.map((m) => m.type))).toEqual(new Set(['image', 'video']));
  });

  it('an unknown model suggests the nearest ids only', () => {
    expect(() => findModel([image, video], 'qwen/imag')).toThrow(/did you mean qwen\/image\?/);
    expect(() => findModel([image, video], 'nobody/nothing')).toThrow(/^Unknown model "nobody\/nothing": /);
  });

  it('values outside the model’s lists, counts past its maximum and foreign parameters are usage errors', () => {
    expect(() => checkParams(image, { generation_prompt: 'x', generation_ratio: '2:1' })).toThrow(/takes --ratio 1:1, 16:9/);
    expect(() => checkParams(image, { generation_prompt: 'x', generation_output_number: 5 })).toThrow(/at most 4/);
    expect(() => checkParams(image, { generation_prompt: 'x', generation_duration: 5 })).toThrow(/image model/);
    expect(() => checkParams(image, { generation_prompt: 'x', generation_input_file: ['https://x.test/a.png'] })).toThrow(/no input file/);
    expect(() => checkParams(image, { generation_prompt: 'x', generation_provider_order: 'fal, bfl' })).toThrow(/names bfl/);
    expect(() => checkParams(video, { generation_prompt: 'x', generation_generate_audio: true })).toThrow(/makes no audio/);
    expect(checkParams(image, { generation_prompt: 'x', generation_seed: 1, generation_provider_order: 'fal, replicate' })).toEqual({
      generation_prompt: 'x',
      generation_seed: 1,
      generation_provider_order: 'fal, replicate',
    });
  });

  it('a video without --duration gets the model’s first duration', () => {
    expect(checkParams(video, { generation_prompt: 'x' })).toEqual({ generation_prompt: 'x', generation_duration: 5 });
    expect(checkParams(video, { generation_prompt: 'x', generation_duration: 8 }).generation_duration).toBe(8);
  });
});

describe('batch files', () => {
  const file = (name: string, text: string) => {
    const path = join(work, name);
    writeFileSync(path, text);
    return path;
  };

  it('JSON Lines: short names, nested params and default ids by line', async () => {
    const path = file(
      'a.jsonl',
      '{"model":"m/a","prompt":"one","count":2}\n\n{"id":"x","model":"m/b","params":{"generation_prompt":"two","generation_seed":3}}\n',
    );
    expect(await readJobsFile(path)).toEqual([
      { id: 'line-1', model: 'm/a', params: { generation_prompt: 'one', generation_output_number: 2 }, where: `${path} line 1` },
      { id: 'x', model: 'm/b', params: { generation_prompt: 'two', generation_seed: 3 }, where: `${path} line 3` },
    ]);
  });

  it('CSV: quoted cells keep their commas, numbers become numbers, empty cells are left out, ids stay text', async () => {
    const path = file('a.csv', 'id,model,prompt,count,seed,input_file\n007,m/a,"Hello, seal",2,,https://x.test/a.png\n');
    expect(await readJobsFile(path)).toEqual([
      {
        id: '007',
        model: 'm/a',
        params: { generation_prompt: 'Hello, seal', generation_output_number: 2, generation_input_file: ['https://x.test/a.png'] },
        where: `${path} row 1`,
      },
    ]);
  });

  it('a job without a model or prompt, a duplicate id or an empty file is a usage error naming the place', async () => {
    await expect(readJobsFile(file('b.jsonl', '{"prompt":"x"}\n'))).rejects.toThrow(/b\.jsonl line 1: no model/);
    await expect(readJobsFile(file('c.jsonl', '{"model":"m/a"}\n'))).rejects.toThrow(/c\.jsonl line 1: no prompt/);
    await expect(
      readJobsFile(file('d.jsonl', '{"id":"a","model":"m/a","prompt":"x"}\n{"id":"a","model":"m/a","prompt":"y"}\n')),
    ).rejects.toThrow(/line 2: the id "a" is also the id of .*line 1/);
    await expect(readJobsFile(file('e.csv', 'id,model,prompt\n'))).rejects.toThrow(/holds no jobs/);
  });
});

describe('output', () => {
  const sink = (isTTY: boolean, hasColors: boolean) => {
    const chunks: string[] = [];
    return { chunks, stream: { isTTY, hasColors: () => hasColors, write: (text: string) => chunks.push(text) } };
  };

  it('colours only a terminal that shows them, and never with --no-color', () => {
    const terminal = sink(true, true);
    const pipe = sink(false, false);
    expect(new Output({}, terminal.stream, terminal.stream).paint('red', 'x', 'out')).toBe('\u001b[31mx\u001b[39m');
    expect(new Output({}, pipe.stream, pipe.stream).paint('red', 'x', 'out')).toBe('x');
    expect(new Output({ color: false }, terminal.stream, terminal.stream).paint('red', 'x', 'out')).toBe('x');
    expect(new Output({}, sink(true, false).stream, pipe.stream).paint('red', 'x', 'out')).toBe('x');
  });

  it('--json: data as one object per line on stdout, notes silenced, errors as JSON on stderr', () => {
    const out = sink(false, false);
    const err = sink(false, false);
    const output = new Output({ json: true }, out.stream, err.stream);
    output.data({ a: 1 });
    output.note('hello');
    output.error(['error: x'], { error: { message: 'x' } });
    expect(out.chunks).toEqual(['{"a":1}\n']);
    expect(err.chunks).toEqual(['{"error":{"message":"x"}}\n']);
    expect(output.live).toBe(false);
  });
});
