// Builds dist/ once before the workers start (the CLI and package tests run the build), so two
// workers never build at the same time.
// @ts-expect-error: the launcher is plain JS without declarations.
import { ensureBuilt } from '../cli.mjs';

export default function setup() {
  ensureBuilt();
}
