import { batchComparison } from './batch.mjs';

const t = Date.now();
const r = await batchComparison({ images: Number(process.argv[2]), videos: Number(process.argv[3]) });
console.table(
  r.rows.map(
    ({
      label,
      makespanS,
      boundS,
      vsBound,
      requests,
      limited429,
      refused429,
      duplicates,
      lost,
      requestsPerGeneration,
      creditsBilled,
      creditsEstimated,
    }) => ({
      label: label.slice(0, 20),
      makespanS,
      boundS,
      vsBound: vsBound.toFixed(2),
      requests,
      limited429,
      refused429,
      duplicates,
      lost,
      rpg: requestsPerGeneration.toFixed(2),
      creditsBilled,
      creditsEstimated,
    }),
  ),
);
console.log((Date.now() - t) / 1000, 's');
