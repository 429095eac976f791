/** `babysea generate MODEL PROMPT`: submit one image or video, show its progress, print or save the result. */
import { type Command, Option } from 'commander';
import { action } from '../action.ts';
import { checkParams, fetchModels, findModel } from '../catalog.ts';
import { EXIT, UsageError } from '../exit-codes.ts';
import { writableFolder } from '../folders.ts';
import { type ParamFlags, paramsFromFlags } from '../params.ts';
import type { GenerationParams } from '../sdk.ts';
import { collect, integer } from '../values.ts';
import { waitForResult } from '../waiting.ts';

interface GenerateOptions extends ParamFlags {
  wait?: boolean;
  out?: string;
  timeout?: number;
  idempotencyKey?: string;
}

export function register(program: Command): void {
  program
    .command('generate')
    .description('generate an image or a video: shows its progress, then prints the output URLs or saves the files')
    .argument('<model>', 'model id, owner/name (`babysea models` lists them)')
    .argument('<prompt>', 'what to generate')
    .option('--ratio <ratio>', 'aspect ratio, e.g. 16:9')
    .option('--format <format>', 'output format, e.g. png, jpg, webp')
    .option('--count <n>', 'number of images', integer(1, 100))
    .option('--provider-order <order>', 'providers to try, "fastest" or e.g. "fal, replicate"')
    .option('--duration <seconds>', "video: length in seconds (default: the model's first)", integer(1))
    .option('--resolution <resolution>', 'video: resolution, e.g. 720p')
    .option('--audio', 'video: with audio')
    .option('--no-audio', 'video: without audio (the lower price, where the model prices audio)')
    .option('--input-file <url>', 'reference image URL, repeatable', collect)
    .option('--param <key=value>', 'any other parameter of the model, repeatable, e.g. seed=42', collect)
    .addOption(new Option('--wait', 'show progress until the result (the default)').hideHelp())
    .option('--no-wait', 'print the generation id at once; `babysea wait ID` picks it up')
    .option('--out <dir>', 'save the output files into DIR as soon as they are ready')
    .option('--timeout <seconds>', 'stop waiting after this long (default 600)', integer(1))
    .option('--idempotency-key <key>', 'repeat a submission without a second generation (default: a new key)')
    .addHelpText(
      'after',
      `
A video model (see \`babysea models --type video\`) goes to the video endpoint. Ctrl-C while waiting
cancels the generation and refunds it.

Examples:
  $ babysea generate bfl/flux-schnell "A baby seal on the beach at sunset" --ratio 16:9 --out seals
  $ babysea generate google/veo-2 "Waves at dawn" --duration 5 --out clips
  $ babysea generate qwen/image "A lighthouse" --param seed=42 --no-wait
  $ babysea --sandbox generate bfl/flux-schnell "A test picture" --out out   # no key, nothing billed`,
    )
    .action(
      action<GenerateOptions>(async (session, [modelId, prompt], options) => {
        const wait = options.wait !== false;
        if (!wait && options.out) throw new UsageError('--out saves the result, so it needs to wait: drop --no-wait or --out.');
        if (!wait && options.timeout) throw new UsageError('--timeout is how long to wait: drop --no-wait or --timeout.');
        let params = paramsFromFlags(prompt!, options);
        if (options.out) await writableFolder('--out', options.out);
        const client = await session.client();
        // The live catalog says what the model is and takes: a bad value costs nothing.
        const model = findModel(await fetchModels(client, session.signal), modelId!);
        params = checkParams(model, params);
        // Not abortable: a submission cut short could leave a generation nobody knows of.
        const { data } = await client.generate(model.model_identifier, params as GenerationParams, {
          ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
        });
        const { output } = session;
        if (!wait || session.signal.aborted) {
          if (output.json) output.data(data);
          else output.result(data.generation_id);
          if (!session.signal.aborted) return EXIT.ok;
        } else if (!output.json) {
          output.note(`Submitted ${data.generation_id} (${model.model_identifier}, ${model.model_type}).`);
        }
        return waitForResult(session, client, {
          id: data.generation_id,
          model: model.model_identifier,
          ...(model.model_type === 'video' ? { videoSeconds: params.generation_duration as number } : {}),
          ...(options.out ? { out: options.out } : {}),
          ...(options.timeout ? { timeoutSeconds: options.timeout } : {}),
          status: data.generation_status,
          startedHere: true,
        });
      }),
    );
}
