/**
 * The attempt loop of one call: each attempt bounded by `timeout` (from the first byte sent to the
 * last byte read) and the caller's abort, retried with backoff and `Retry-After` while the failure
 * is worth retrying and attempts remain.
 */
import { type Answer, errorAnswer } from './answer.js';
import type { Call } from './call.js';
import type { ClientContext } from './context.js';
import {
  BabySeaAbortError,
  type BabySeaError,
  BabySeaNetworkError,
  BabySeaTimeoutError,
  markRetriesExhausted,
  networkMessage,
} from './errors.js';
import { logAttempt } from './log.js';
import { backoffDelayMs, isRetryable, MAX_RETRY_AFTER_SECONDS, sleep } from './retry.js';
import { safeCause, sendAttempt } from './transport.js';

/** Runs a call until an attempt succeeds, a failure is not worth retrying, or the retries run out. `unread()`, asked when a success arrives, leaves its body unread. */
export async function runCall(context: ClientContext, call: Call, unread: () => boolean): Promise<Answer> {
  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    let error: BabySeaError;
    try {
      const answer = await attemptOnce(context, call, unread, attempt);
      logAttempt(context, call, attempt, started, answer);
      return answer;
    } catch (caught) {
      error = caught as BabySeaError;
      logAttempt(context, call, attempt, started, error);
    }
    const retryable = !(error instanceof BabySeaAbortError) && isRetryable(error);
    const waitTooLong = error.retryAfter !== undefined && error.retryAfter > MAX_RETRY_AFTER_SECONDS;
    if (!retryable || waitTooLong || attempt > call.maxRetries) {
      if (retryable && !waitTooLong) markRetriesExhausted(error);
      throw ended(error, attempt);
    }
    try {
      await sleep(error.retryAfter === undefined ? backoffDelayMs(attempt - 1) : error.retryAfter * 1000, call.signal);
    } catch (abort) {
      throw ended(abort as BabySeaError, attempt);
    }
  }
}

/** The error that ends a call, with the attempts it took (in the message too, as the official SDK words network errors). */
function ended(error: BabySeaError, attempts: number): BabySeaError {
  Object.assign(error, error instanceof BabySeaNetworkError ? { attempts, message: networkMessage(error.cause, attempts) } : { attempts });
  return error;
}

/**
 * One HTTP exchange, settled by the timeout or the caller's abort whatever `fetch` does (the
 * exchange is then aborted and its outcome ignored).
 */
function attemptOnce(context: ClientContext, call: Call, unread: () => boolean, attempt: number): Promise<Answer> {
  const { signal, timeout } = call;
  if (signal?.aborted) return Promise.reject(new BabySeaAbortError(signal.reason));
  return new Promise<Answer>((resolve, reject) => {
    const controller = new AbortController();
    let settled = false;
    const settle = (error: BabySeaError | undefined, answer?: Answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) return resolve(answer!);
      controller.abort();
      reject(error);
    };
    const timer = setTimeout(() => settle(new BabySeaTimeoutError(timeout)), timeout);
    const onAbort = () => settle(new BabySeaAbortError(signal!.reason));
    signal?.addEventListener('abort', onAbort, { once: true });
    void exchange(settle, context, call, unread, controller.signal, attempt);
  });
}

/** One HTTP exchange, its outcome handed to `settle` (it never rejects). */
async function exchange(
  settle: (error: BabySeaError | undefined, answer?: Answer) => void,
  context: ClientContext,
  call: Call,
  unread: () => boolean,
  signal: AbortSignal,
  attempts: number,
): Promise<void> {
  try {
    const response = await sendAttempt(context, call, signal);
    if (response.ok && unread()) return settle(undefined, { response, text: undefined, call, context, attempts });
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      // The connection broke while the body was arriving.
      throw new BabySeaNetworkError(safeCause(context, cause));
    }
    if (!response.ok) throw errorAnswer(context, response, text);
    settle(undefined, { response, text, call, context, attempts });
  } catch (error) {
    settle(error as BabySeaError);
  }
}
