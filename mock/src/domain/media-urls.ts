// Where a generation's output files are: the sandbox's media route (media.ts), under the base URL
// the generation was submitted through (--public-url, else the origin the client called).
import type { StoredGeneration } from './model.ts';

/** The URLs of a generation's output files, served by the sandbox's media route (media.ts). */
export function outputUrls(stored: StoredGeneration): string[] {
  const record = stored.record;
  const ext = stored.kind === 'video' ? 'mp4' : String(record.generation_output_format ?? 'png');
  const count = (record.generation_output_number as number | undefined) ?? 1;
  return Array.from({ length: count }, (_, i) => `${stored.mediaOrigin}/__sandbox/media/${record.generation_id}/${i}.${ext}`);
}
