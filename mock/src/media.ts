// Output files (GET /__sandbox/media/<id>/<n>.<ext>): a placeholder PNG per output, with the
// generation's aspect ratio and colours derived from its id, so a result screen renders offline and
// each output looks different but never changes (fast-png encodes it: pure JS, runs in browsers
// too); for video a short real MP4 per ratio, served with byte ranges.
import { encode } from 'fast-png';
import { TEST_GENERATION_ID } from './control/trigger.ts';
import type { Store } from './domain/store.ts';
import { ApiError, jsonResponse, SANDBOX_NOT_FOUND } from './protocol/envelope.ts';
import { hashString, newRequestId } from './random.ts';
import { VIDEO_CLIPS } from './video-clips.ts';

const LONG_SIDE = 512;

/** Width and height for a ratio like `16:9`, the longer side 512 pixels. */
export function dimensionsFor(ratio: string | undefined): { width: number; height: number } {
  const match = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(ratio ?? '');
  const w = match ? Number(match[1]) : 1;
  const h = match ? Number(match[2]) : 1;
  if (!(w > 0 && h > 0)) return { width: LONG_SIDE, height: LONG_SIDE };
  return w >= h
    ? { width: LONG_SIDE, height: Math.max(1, Math.round((LONG_SIDE * h) / w)) }
    : { width: Math.max(1, Math.round((LONG_SIDE * w) / h)), height: LONG_SIDE };
}

function hsl(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}

const CACHE_SIZE = 64;
const cache = new Map<string, Uint8Array<ArrayBuffer>>();

/** A seaside scene: sky gradient, sun and sea, coloured by `seed`. Recent ones are cached (a result screen asks again and again). */
export function placeholderPng(seed: string, ratio: string | undefined): Uint8Array<ArrayBuffer> {
  const key = `${seed}|${ratio}`;
  let png = cache.get(key);
  if (!png) {
    png = drawPlaceholder(seed, ratio);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, png);
  }
  return png;
}

function drawPlaceholder(seed: string, ratio: string | undefined): Uint8Array<ArrayBuffer> {
  const { width, height } = dimensionsFor(ratio);
  const hash = hashString(seed);
  const hue = hash % 360;
  const top = hsl(hue, 0.6, 0.75);
  const bottom = hsl((hue + 40) % 360, 0.7, 0.55);
  const sea = hsl((hue + 180) % 360, 0.55, 0.4);
  const sun = hsl((hue + 20) % 360, 0.9, 0.85);
  const horizon = Math.round(height * (0.55 + ((hash >>> 9) % 20) / 100));
  const sunX = width * (0.2 + ((hash >>> 3) % 60) / 100);
  const sunY = horizon * 0.55;
  const radius = Math.min(width, height) * 0.12;
  const data = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let colour: [number, number, number];
      if (y >= horizon) {
        const wave = ((x + y * 3) >> 4) % 2 === 0 ? 0 : 12;
        colour = [sea[0] + wave, sea[1] + wave, Math.min(255, sea[2] + wave)];
      } else if ((x - sunX) ** 2 + (y - sunY) ** 2 <= radius ** 2) {
        colour = sun;
      } else {
        const t = y / horizon;
        colour = [0, 1, 2].map((i) => Math.round(top[i]! * (1 - t) + bottom[i]! * t)) as [number, number, number];
      }
      data.set(colour, (y * width + x) * 3);
    }
  }
  return encode({ width, height, data, channels: 3, depth: 8 }) as Uint8Array<ArrayBuffer>;
}

/** The output file `file` (`<n>.<ext>`) of generation `id`, or a 404 when it was never produced or was deleted. */
export function serveMedia(store: Store, id: string, file: string, request: Request): Response {
  const match = /^(\d+)\.(png|jpg|webp|mp4)$/.exec(file);
  const stored = store.findGeneration(id);
  const index = match ? Number(match[1]) : -1;
  const record = stored?.record;
  const exists =
    (id === TEST_GENERATION_ID && index === 0) ||
    (record?.generation_status === 'succeeded' &&
      !record.generation_removed &&
      index >= 0 &&
      index < ((record.generation_output_number as number | undefined) ?? 1));
  if (!exists) {
    const error = new ApiError(404, SANDBOX_NOT_FOUND, 'file_not_found', `No output file ${id}/${file} (never produced, or deleted).`);
    return jsonResponse(404, error.body(newRequestId()));
  }
  const ratio = id === TEST_GENERATION_ID ? '1:1' : (record!.generation_ratio as string | undefined);
  const headers = { 'cache-control': 'no-store', 'cross-origin-resource-policy': 'cross-origin' };
  if (match![2] === 'mp4' && stored?.kind === 'video') return videoClip(ratio, request, headers);
  // Images are PNG bytes whatever the extension; `<n>.png` of a video is its poster frame.
  return new Response(placeholderPng(`${id}/${index}`, ratio), { headers: { ...headers, 'content-type': 'image/png' } });
}

/** The clip for the ratio, with byte ranges (Safari's <video> asks for them). */
function videoClip(ratio: string | undefined, request: Request, headers: Record<string, string>): Response {
  const clip = clipBytes(VIDEO_CLIPS[ratio ?? ''] === undefined ? '16:9' : ratio!);
  const base = { ...headers, 'content-type': 'video/mp4', 'accept-ranges': 'bytes' };
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('range') ?? '');
  if (!range || (range[1] === '' && range[2] === '')) return new Response(clip, { headers: base });
  const size = clip.length;
  let start = range[1] === '' ? size - Number(range[2]) : Number(range[1]);
  let end = range[1] === '' || range[2] === '' ? size - 1 : Math.min(Number(range[2]), size - 1);
  start = Math.max(0, start);
  if (start > end || start >= size) return new Response(null, { status: 416, headers: { ...base, 'content-range': `bytes */${size}` } });
  end = Math.min(end, size - 1);
  return new Response(clip.slice(start, end + 1), { status: 206, headers: { ...base, 'content-range': `bytes ${start}-${end}/${size}` } });
}

const decodedClips = new Map<string, Uint8Array<ArrayBuffer>>();
/** The clip of a ratio, decoded once (range requests ask for it piece by piece). */
function clipBytes(ratio: string): Uint8Array<ArrayBuffer> {
  let clip = decodedClips.get(ratio);
  if (!clip) {
    clip = decodeBase64(VIDEO_CLIPS[ratio]!);
    decodedClips.set(ratio, clip);
  }
  return clip;
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
