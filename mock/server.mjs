// The old name of prism.mjs (the Prism launcher), for the SDK tests' global setup
// (test/setup/prism.global.ts) until it imports prism.mjs.
export * from './prism.mjs';
