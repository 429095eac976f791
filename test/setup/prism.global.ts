// Starts one Prism mock of the bundled spec (generated/openapi.json) for the contract tests, and stops it afterwards.
// A port clash or a Prism crash rejects here, which fails the run loudly instead of hanging it.
import type { TestProject } from 'vitest/node';
import { startPrism } from '../../mock/prism.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const prism = await startPrism();
  project.provide('prismUrl', prism.url);
  // If Prism dies mid-run, say so instead of letting every test time out on a dead port.
  prism.child.once('exit', (code, signal) => {
    if (!stopping) console.error(`Prism exited during the test run (code ${code}, signal ${signal}).`);
  });
  let stopping = false;
  return async () => {
    stopping = true;
    await prism.stop();
  };
}
