// The snippets of the public API reference, copied as written (the placeholder ids '...' replaced by
// a real UUID, console.log by log). `npm run typecheck` compiles them against the SDK, and
// test/contract/reference-snippets.test.ts runs them against the mock.
import type { BabySea } from '../../src/index.js';

const ID = '5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

export async function referenceSnippets(client: BabySea, log: (...values: unknown[]) => void): Promise<void> {
  {
    const res = await client.status();
    log(res.data.account_id);
    log(res.data.apikey_id);
    log(res.data.apikey_prefix);
    log(res.data.apikey_name);
    log(res.data.apikey_created_at);
    log(res.data.apikey_last_used_at);
    log(res.data.apikey_expires_at);
  }
  {
    // Default: last 30 days
    const res = await client.usage();
    // Custom: last 7 days
    const res7 = await client.usage(7);
    log(res7.data.usage_period_days);
    log(res.data.usage_credit_balance);
    log(res.data.usage_total_requests);
    log(res.data.usage_total_generations);
    log(res.data.usage_total_estimated_cost);
    // Per-endpoint breakdown
    for (const ep of res.data.usage_endpoints) {
      log(ep.endpoint);
      log(ep.total_requests);
      log(ep.success_count);
      log(ep.error_codes);
    }
    // Per-provider breakdown
    for (const prov of res.data.usage_providers) {
      log(prov.provider);
      log(prov.total_submissions);
      log(prov.total_estimated_cost);
    }
  }
  {
    const res = await client.account();
    log(res.data.account_id);
    log(res.data.account_name);
    log(res.data.account_email);
    log(res.data.account_is_personal);
    log(res.data.account_picture_url);
    log(res.data.account_created_at);
  }
  {
    const res = await client.billing();
    log(res.data.account_id);
    log(res.data.billing_plan);
    log(res.data.billing_credit_balance);
    log(res.data.billing_subscription_status);
    log(res.data.billing_cancel_at_period_end);
    log(res.data.billing_currency);
    log(res.data.billing_period_starts_at);
    log(res.data.billing_period_ends_at);
    log(res.data.billing_created_at);
    log(res.data.billing_updated_at);
  }
  {
    const providers = await client.library.providers();
    log(providers.data.providers_total);
    for (const provider of providers.data.providers) {
      log(provider.provider_id);
      log(provider.provider_name);
      log(provider.provider_description);
      log(provider.provider_website);
      log(provider.provider_status);
      log(provider.babysea_implementation);
    }
  }
  {
    // Model catalog
    const res = await client.library.models();
    log(res.data.models_total);
    for (const model of res.data.models) {
      log(model.model_identifier);
      log(model.model_pricing);
      log(model.model_supported_provider);
      log(model.schema.generation_ratio);
      log(model.schema.generation_output_format);
    }
  }
  {
    const providers = await client.health.providers();
    for (const provider of providers.data.providers) {
      log(provider.provider); // 'replicate' | 'fal' | 'byteplus' | 'cloudflare'
      log(provider.status); // 'healthy' | 'recovering' | 'degraded' | 'unknown'
      log(provider.failure_rate);
      log(provider.window); // { total_attempts, failures, successes, duration_seconds }
    }
    const models = await client.health.models();
    for (const model of models.data.models) {
      log(model.model_identifier);
      log(model.model_pricing);
      log(model.providers); // Record<string, { available, raw_model_id }>
    }
    const storage = await client.health.storage();
    log(storage.data.service); // 'storage'
    log(storage.data.healthy); // true | false
    log(storage.data.latency_ms);
    log(storage.data.bucket);
    const cache = await client.health.cache();
    log(cache.data.service); // 'redis'
    log(cache.data.healthy); // true | false
    log(cache.data.latency_ms);
  }
  {
    // Single generation estimate
    const res = await client.estimate('bfl/flux-schnell');
    log(res.data.cost_per_generation);
    // Multi-generation estimate
    const res5 = await client.estimate('bfl/flux-schnell', 5);
    log(res5.data.model_identifier);
    log(res5.data.assets_count);
    log(res5.data.cost_per_generation);
    log(res5.data.cost_total_consumed);
    log(res5.data.credit_balance);
    log(res5.data.credit_balance_can_afford);
    log(res5.data.credit_balance_max_affordable);
    // Image model - estimate with count
    const resCount = await client.estimate('bfl/flux-schnell', { count: 5 });
    // Video model - estimate with duration
    const vid = await client.estimate('google/veo-2', { duration: 8 });
    // Resolution-priced video model - estimate with duration + resolution
    const hd = await client.estimate('bytedance/seedance-1-pro', {
      duration: 8,
      resolution: '1080p',
    });
    // Audio-priced video model - estimate with duration + resolution + audio
    const audioOn = await client.estimate('bytedance/seedance-1.5-pro', {
      duration: 8,
      resolution: '720p',
      audio: true, // default; charges audio rate
    });
    const audioOff = await client.estimate('bytedance/seedance-1.5-pro', {
      duration: 8,
      resolution: '720p',
      audio: false, // generates video only at the no-audio rate
    });
    log(resCount.data, vid.data, hd.data, audioOn.data, audioOff.data);
  }
  {
    const res = await client.cancelGeneration(ID);
    log(res.data.generation_id); // generation UUID
    log(res.data.generation_status); // 'canceled'
    log(res.data.provider_cancel_sent); // true or false
    log(res.data.credits_refunded); // true or false
  }
  {
    const res = await client.deleteGeneration(ID);
    log(res.data.generation_id); // generation UUID
    log(res.data.files_deleted); // number of storage files removed
  }
  {
    const res = await client.getGeneration(ID);
    log(res.data.generation_id);
    log(res.data.generation_status);
    log(res.data.generation_output_file);
  }
  {
    // Default: first 50 generations
    const res = await client.listGenerations();
    // Custom pagination
    const page2 = await client.listGenerations({ limit: 20, offset: 20 });
    log(page2.offset);
    log(res.total); // total count across all pages
    log(res.limit);
    log(res.offset);
    for (const gen of res.data.generations) {
      log(gen.generation_id);
      log(gen.generation_status);
      log(gen.generation_output_file);
    }
  }
  {
    const res = await client.generate('google/nano-banana', {
      generation_prompt: 'A cute baby seal on the beach at sunset',
      generation_ratio: '16:9',
      generation_output_format: 'png',
    });
    log(res.data.model_identifier);
    log(res.data.generation_id);
    log(res.data.generation_prediction_id);
    log(res.data.generation_provider_order); // string[] - ordered provider list
    log(res.data.generation_initialized); // true
  }
  {
    const res = await client.generateVideo('google/veo-2', {
      generation_prompt: 'A baby seal swimming in crystal clear ocean water',
      generation_ratio: '16:9',
      generation_duration: 5, // seconds
    });
    log(res.data.model_identifier);
    log(res.data.generation_id);
    log(res.data.generation_prediction_id);
    log(res.data.generation_provider_order);
    log(res.data.generation_initialized); // true
    // Image-to-Video (provide a reference image)
    const res2 = await client.generateVideo('google/veo-2', {
      generation_prompt: 'The seal starts swimming',
      generation_duration: 8,
      generation_input_file: ['https://example.com/seal.jpg'],
    });
    // Resolution-priced model
    const res3 = await client.generateVideo('bytedance/seedance-1-pro', {
      generation_prompt: 'A cinematic scene',
      generation_duration: 8,
      generation_resolution: '1080p',
      generation_input_file: ['https://example.com/photo.jpg'],
    });
    // Audio-capable model - audio enabled (default)
    const res4 = await client.generateVideo('bytedance/seedance-1.5-pro', {
      generation_prompt: 'A baby seal barking on a beach',
      generation_duration: 8,
      generation_resolution: '720p',
      generation_generate_audio: true,
    });
    // Audio-capable model - audio disabled (lower rate)
    const res5 = await client.generateVideo('bytedance/seedance-1.5-pro', {
      generation_prompt: 'A time-lapse of ocean waves',
      generation_duration: 8,
      generation_resolution: '1080p',
      generation_generate_audio: false,
    });
    log(res2.data, res3.data, res4.data, res5.data);
  }
  {
    // Single-provider (resolution-critical models)
    const res = await client.generateVideo('minimax/video-01-director', {
      generation_prompt: 'Ocean waves',
      generation_duration: 5,
      generation_provider_order: 'replicate',
    });
    // 2-provider (most models)
    const res2 = await client.generate('google/nano-banana', {
      generation_prompt: 'Ocean waves',
      generation_provider_order: 'fal, replicate',
    });
    // 3-provider with BytePlus (bytedance family models)
    const res3 = await client.generate('bytedance/seedream-4', {
      generation_prompt: 'Ocean waves',
      generation_provider_order: 'byteplus, replicate, fal',
    });
    // 3-provider with Cloudflare (cloudflare-supported models)
    const res4 = await client.generate('bfl/flux-schnell', {
      generation_prompt: 'Ocean waves',
      generation_provider_order: 'cloudflare, replicate, fal',
    });
    log(res.data, res2.data, res3.data, res4.data);
  }
  {
    // 1. Check what extra params a model accepts
    const catalog = await client.library.models();
    const model = catalog.data.models.find((m) => m.model_identifier === 'qwen/image');
    log(model?.specific_schema);
    // e.g. ['generation_negative_prompt', 'generation_seed', 'generation_guidance', ...]
    // 2. Pass them directly in the generate call (all use the generation_ prefix)
    const res = await client.generate('qwen/image', {
      generation_prompt: 'A landscape',
      generation_negative_prompt: 'blurry, low quality', // qwen/image specific
      generation_seed: 42, // qwen/image specific
      generation_guidance: 7, // qwen/image specific (replicate provider)
    });
    log(res.data);
  }
}

/** Mistakes that must not compile: each line below is an error tsc expects (unused expectations fail the build). */
export async function mistakesThatDoNotCompile(client: BabySea): Promise<void> {
  const generation = await client.getGeneration(ID);
  // @ts-expect-error misspelled response field
  void generation.data.acount_id;
  const submitted = await client.generate('google/nano-banana', { generation_prompt: 'x' });
  // @ts-expect-error misspelled response field
  void submitted.data.generation_idd;
  // @ts-expect-error the prompt is a string
  await client.generate('google/nano-banana', { generation_prompt: 42 });
  // @ts-expect-error the prompt is required
  await client.generate('google/nano-banana', { generation_ratio: '1:1' });
  // @ts-expect-error generateVideo needs generation_duration
  await client.generateVideo('google/veo-2', { generation_prompt: 'x' });
  // @ts-expect-error the number of outputs is a number
  await client.generate('google/nano-banana', { generation_prompt: 'x', generation_output_number: '2' });
  // @ts-expect-error listGenerations takes limit/offset, not page
  await client.listGenerations({ page: 2 });
  // @ts-expect-error the status enum has no 'done'
  const done: boolean = generation.data.generation_status === 'done';
  void done;
}
