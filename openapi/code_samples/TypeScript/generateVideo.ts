const res = await client.generateVideo(
  'bytedance/seedance-1.5-pro',
  {
    generation_prompt: 'A baby seal barking on a beach',
    generation_duration: 8,
    generation_resolution: '720p',
    generation_generate_audio: true,
  },
);
console.log(res.data.generation_id);
