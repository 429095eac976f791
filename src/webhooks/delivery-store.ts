/**
 * Which deliveries were handled, so each is handled once: the sender retries a delivery until it
 * gets a 2xx, and may send it to two instances at once. A delivery id is claimed before its
 * handler runs (`busy` while it runs, `done` once it did); a failed handler releases it, so the
 * retry runs it again. In memory (bounded, with expiry) by default; `babysea/redis` shares it
 * between instances.
 */

/** `new`: handle it now (it is yours); `busy`: another handler has it; `done`: handled before. */
export type DeliveryClaim = 'new' | 'busy' | 'done';

export interface DeliveryStore {
  /** Claims a delivery id; a claim left `busy` lapses after `leaseMs` (a handler that died). */
  claim(deliveryId: string, leaseMs: number): Promise<DeliveryClaim>;
  /** The delivery was handled: a redelivery within `keepMs` is a duplicate. */
  complete(deliveryId: string, keepMs: number): Promise<void>;
  /** Handling failed: a redelivery may claim it again. */
  release(deliveryId: string): Promise<void>;
}

/** Deliveries handled by this process: at most `capacity` remembered, the oldest forgotten first. */
export function memoryDeliveryStore(capacity = 10_000): DeliveryStore {
  const seen = new Map<string, { state: 'busy' | 'done'; expires: number }>();
  const set = (id: string, state: 'busy' | 'done', ms: number) => {
    seen.delete(id);
    seen.set(id, { state, expires: Date.now() + ms });
    if (seen.size > capacity) seen.delete(seen.keys().next().value!);
  };
  return {
    async claim(id, leaseMs) {
      const entry = seen.get(id);
      if (entry && entry.expires > Date.now()) return entry.state;
      set(id, 'busy', leaseMs);
      return 'new';
    },
    async complete(id, keepMs) {
      set(id, 'done', keepMs);
    },
    async release(id) {
      if (seen.get(id)?.state === 'busy') seen.delete(id);
    },
  };
}
