// --engine prism: the Prism mock of the spec (examples and validation, no state), as before the
// sandbox. Prism must be installed (npm install -D @stoplight/prism-cli@5.14.2): nothing downloads.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PRISM_VERSION, SPEC_PATH, startPrism } from '../../prism.mjs';

export { PRISM_VERSION };

/** The spec file Prism reads: the copy shipped beside the build, else the repository's bundle. */
export function prismSpecPath(): string {
  const shipped = fileURLToPath(new URL('./openapi.json', import.meta.url));
  return existsSync(shipped) ? shipped : SPEC_PATH;
}

export interface PrismEngineOptions {
  port: number;
  host: string;
  dynamic?: boolean;
}

export async function startPrismEngine({ port, host, dynamic = false }: PrismEngineOptions) {
  return startPrism({ port, host, dynamic, stdio: 'inherit', spec: prismSpecPath(), allowDownload: false });
}
