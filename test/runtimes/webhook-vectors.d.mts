// Declarations of webhook-vectors.mjs (plain JS, so every runtime can import it as it is).
export interface WebhookVector {
  name: string;
  secret: string;
  t: number;
  body: string;
  v1: string;
  /** The event the body is, or undefined when it is none (the signature matches; the payload is invalid). */
  event: string | undefined;
}
export const WEBHOOK_VECTORS: readonly WebhookVector[];
export const ROTATION_VECTOR: { retiredSecret: string; retiredV1: string };
export const WEBHOOK_VECTOR_CHECKS: number;
export function flipHexDigit(signature: string, index: number): string;
export function checkWebhookVectors(webhooks: {
  signWebhookPayload: (...args: any[]) => Promise<string>;
  verifyWebhook: (...args: any[]) => Promise<unknown>;
}): Promise<{ checked: number; failures: string[] }>;
