// Price a video with and without audio, then generate it with audio.
import { BabySea } from 'babysea';

const client = new BabySea({ baseUrl: process.env.BABYSEA_BASE_URL });
const model = 'bytedance/seedance-1.5-pro';

const withAudio = await client.estimate(model, { duration: 8, resolution: '720p', audio: true });
const withoutAudio = await client.estimate(model, { duration: 8, resolution: '720p', audio: false });
console.log(`8 s at 720p: ${withAudio.data.cost_total_consumed} with audio, ${withoutAudio.data.cost_total_consumed} without`);

if (withAudio.data.credit_balance_can_afford) {
  const submitted = await client.generateVideo(model, {
    generation_prompt: 'A baby seal barking on a beach',
    generation_duration: 8,
    generation_resolution: '720p',
    generation_generate_audio: true,
    generation_provider_order: 'byteplus, replicate, fal',
  });
  const video = await client.waitForGeneration(submitted.data.generation_id, { interval: 2_000 });
  console.log('video:', video.data.generation_output_file?.[0]);
} else {
  console.log('not enough credits for this video');
}
