/**
 * Webhook deliveries handed to a client (`createWebhookHandler({ client })` does it, or
 * `client.deliveries.deliver(event)`): a wait for a generation resolves the moment its
 * `generation.completed`, `failed` or `canceled` event arrives, and polls only slowly, as a
 * fallback, while the client expects deliveries. Events that arrive before anyone waits are kept a
 * while, so a wait that starts late still finds its generation's end.
 */

/** The part of a generation event a wait needs. */
export interface GenerationEventLike {
  webhook_event: string;
  webhook_data?: unknown;
}

const ENDS = new Set(['generation.completed', 'generation.failed', 'generation.canceled']);
/** Ended generations remembered for waits that start after their event (the newest). */
const RECENT = 1_000;

export class GenerationDeliveries {
  readonly #waiting = new Map<string, Set<() => void>>();
  readonly #ended = new Set<string>();
  #expecting = false;

  /** Whether deliveries reach this client, so waits can rely on them and poll only as a fallback. */
  get expecting(): boolean {
    return this.#expecting;
  }

  /** Says deliveries will reach this client (a webhook handler was connected to it). */
  expect(): void {
    this.#expecting = true;
  }

  /** Hands over a verified delivery: a generation's end wakes every wait for it. Other events are ignored. */
  deliver(event: GenerationEventLike): void {
    this.#expecting = true;
    const id = (event.webhook_data as { generation_id?: unknown } | undefined)?.generation_id;
    if (!ENDS.has(event.webhook_event) || typeof id !== 'string') return;
    this.#ended.add(id);
    if (this.#ended.size > RECENT) this.#ended.delete(this.#ended.values().next().value!);
    for (const wake of this.#waiting.get(id) ?? []) wake();
    this.#waiting.delete(id);
  }

  /** Calls `wake` once the generation's end is delivered (at once if it was already); returns a function that stops listening. */
  onEnd(generationId: string, wake: () => void): () => void {
    if (this.#ended.has(generationId)) {
      wake();
      return () => {};
    }
    let listeners = this.#waiting.get(generationId);
    if (!listeners) {
      listeners = new Set();
      this.#waiting.set(generationId, listeners);
    }
    listeners.add(wake);
    return () => {
      listeners.delete(wake);
      if (listeners.size === 0) this.#waiting.delete(generationId);
    };
  }
}
