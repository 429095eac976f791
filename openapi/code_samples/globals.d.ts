// The API reference shows each operation's SDK call as a short snippet: `client` is the configured
// client every snippet shares (`const client = new BabySea({ apiKey })`).
import type { BabySea } from '../../src/index.js';

declare global {
  const client: BabySea;
}
