/**
 * How a failure is shown and which exit code it gets. API errors show their code, message and
 * request id, and say what to do next; none of them can show the API key (the SDK removes it from
 * every message, and no request header is ever printed).
 */
import type { ErrorCode } from '../../generated/constraints.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import type { Output } from './output.ts';
import {
  BabySeaAbortError,
  BabySeaError,
  BabySeaGenerationFailedError,
  BabySeaGenerationTimeoutError,
  BabySeaValidationError,
} from './sdk.ts';

/** API codes that mean the input was wrong: the same exit code as a usage error. */
const BAD_INPUT_CODES = new Set<string>(['BSE2001', 'BSE2008', 'BSE4002'] satisfies ErrorCode[]);

/** What to do next, per API error code. */
function hintFor(error: BabySeaError): string | undefined {
  // The spec's codes: a code it does not list fails the type check.
  switch (error.code as ErrorCode) {
    case 'BSE1001':
      return 'Pass --api-key or set BABYSEA_API_KEY; or try everything locally with --sandbox.';
    case 'BSE1002':
      return 'The API key was refused: check --api-key or BABYSEA_API_KEY (create a key in the BabySea dashboard at https://babysea.ai).';
    case 'BSE1003':
      return 'This API key lacks the scope this command needs: use a key with more scopes.';
    case 'BSE1004':
      return 'Add credits to the account, or price it first: `babysea estimate MODEL` and `babysea balance`.';
    case 'BSE1005':
    case 'BSE1006':
      return `Rate limited: try again${error.retryAfter === undefined ? ' in a moment' : ` in ${error.retryAfter} s`}. \`babysea batch\` paces itself within the limit.`;
    case 'BSE1007':
      return "This machine's IP address is not allowed for this key: check the key's IP allow-list.";
    case 'BSE1009':
      return 'Your plan has as many generations in flight as it allows: wait for one to end (`babysea list`), or use `babysea batch`, which waits for a free slot.';
    case 'BSE4001':
      return '`babysea list` shows your generations.';
    case 'BSE4002':
      return '`babysea models` lists the model ids.';
    case 'BSE2008':
      return '`babysea models` shows what each model takes.';
    default:
      if (error instanceof BabySeaGenerationTimeoutError)
        return `It may still finish: \`babysea wait ${error.generationId}\` waits again, \`babysea cancel ${error.generationId}\` stops it.`;
      if (error.status >= 500 || error.type === 'network_error' || error.type === 'timeout')
        return 'The API or the network failed: try again in a moment (`babysea health` shows the providers).';
      return undefined;
  }
}

/** The details an API error carries that help (what it needs, what is allowed). */
function detailsOf(error: BabySeaError): string | undefined {
  const details = error.body?.error?.details as Record<string, unknown> | undefined;
  if (!details || typeof details !== 'object') return undefined;
  const parts = Object.entries(details)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** The exit code of a failure. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError || error instanceof BabySeaValidationError) return EXIT.usage;
  if (error instanceof BabySeaAbortError) return EXIT.SIGINT;
  if (error instanceof BabySeaError && BAD_INPUT_CODES.has(error.code)) return EXIT.usage;
  return EXIT.failed;
}

/** Prints a failure (one line for bad input; the API's code, message, request id and a hint otherwise) and returns its exit code. */
export function reportError(output: Output, error: unknown): number {
  const code = exitCodeOf(error);
  const red = (text: string) => output.paint('red', text);
  if (error instanceof UsageError) {
    output.error([`${red('error:')} ${error.message}`], { error: { type: 'usage_error', message: error.message } });
    return code;
  }
  if (error instanceof BabySeaValidationError) {
    // The SDK's message names the argument and says what to pass; the key is never in it.
    output.error([`${red('error:')} ${error.message}`], {
      error: { type: 'usage_error', argument: error.argument, message: error.message },
    });
    return code;
  }
  if (error instanceof BabySeaGenerationFailedError) {
    const g = error.generation;
    const message = g.generation_error ?? `the generation ${error.generationStatus}.`;
    output.error(
      [
        `${red(`✖ Generation ${error.generationId} ${error.generationStatus}:`)} ${message}${g.generation_error_code ? ` (${g.generation_error_code})` : ''}`,
      ],
      { error: { type: error.type, code: error.code, message, generation_id: error.generationId } },
    );
    return code;
  }
  if (error instanceof BabySeaError) {
    const apiMessage = error.status > 0 ? error.body.error.message : error.message;
    const facts = [
      error.code,
      error.status > 0 ? `HTTP ${error.status}` : undefined,
      error.requestId ? `request id ${error.requestId}` : undefined,
    ].filter(Boolean);
    const lines = [`${red('error:')} ${apiMessage} (${facts.join(', ')})`];
    const details = detailsOf(error);
    if (details) lines.push(`  ${details}`);
    const hint = hintFor(error);
    if (hint) lines.push(`  ${hint}`);
    output.error(lines, {
      error: {
        code: error.code,
        type: error.type,
        status: error.status,
        message: apiMessage,
        ...(error.requestId ? { request_id: error.requestId } : {}),
        ...(error.retryAfter === undefined ? {} : { retry_after: error.retryAfter }),
        ...(error.body?.error?.details ? { details: error.body.error.details } : {}),
      },
    });
    return code;
  }
  const message = error instanceof Error ? error.message : String(error);
  output.error([`${red('error:')} ${message}`], { error: { type: 'error', message } });
  return code;
}
