import type { ChildProcess } from 'node:child_process';

export const SPEC_PATH: string;
export const PRISM_VERSION: string;
export function freePort(): Promise<number>;
export interface PrismServer {
  url: string;
  port: number;
  child: ChildProcess;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}
export function startPrism(options?: {
  port?: number;
  host?: string;
  dynamic?: boolean;
  errors?: boolean;
  stdio?: 'pipe' | 'inherit';
  startTimeoutMs?: number;
  /** The spec file to serve (default SPEC_PATH). */
  spec?: string;
  /** Fall back to `npx @stoplight/prism-cli` when Prism is not installed (default true). */
  allowDownload?: boolean;
}): Promise<PrismServer>;
