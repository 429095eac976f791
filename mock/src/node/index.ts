// `babysea-mock/server`: the sandbox on a Node HTTP server, and the Prism launcher.
export * from '../index.ts';
export { startPrismEngine } from './prism.ts';
export { DEFAULT_PORT, type SandboxServer, type SandboxServerOptions, startSandboxServer } from './server.ts';
export { loadState, saveState } from './state-file.ts';
