// Builds the CLI (and the sandbox it runs) once before the workers start, so two workers never build
// at the same time.
// @ts-expect-error: the launcher is plain JS without declarations.
import { ensureBuilt } from '../launcher.mjs';

export default async function setup() {
  await ensureBuilt();
}
