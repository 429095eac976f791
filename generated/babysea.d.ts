// Types of the BabySea API. Generated from openapi/ by `npm run generate`. Do not edit by hand.

export interface paths {
    "/v1/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API key status
         * @description Confirms that the API key works and returns its metadata: the account it belongs to, its
         *     prefix, name, and when it was created, last used and expires.
         *
         *     Scope: `account:read`.
         */
        get: operations["status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API usage
         * @description Usage analytics over a lookback window of 1 to 90 days (default 30): the credit balance,
         *     request and generation totals, a breakdown per endpoint (total, successes, 4xx, 5xx and the
         *     error codes seen) and per provider (submissions, used, cancelled, discarded, failed, estimated
         *     cost and wasted cost).
         *
         *     Scope: `account:read`.
         */
        get: operations["usage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/user/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * User account
         * @description Details of the account bound to the API key.
         *
         *     Scope: `account:read`.
         */
        get: operations["account"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/user/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * User billing
         * @description The active subscription and the credit balance: plan, subscription status, billing period,
         *     currency, and whether the subscription ends at the period's end. Fields are null while the
         *     account has no subscription.
         *
         *     Scope: `account:read`.
         */
        get: operations["billing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/library/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Available providers
         * @description The provider catalog: each provider's description, links, status, and how BabySea integrates
         *     with it (delivery, cancelation, webhook verification, failover, supported media).
         *
         *     Scope: `library:read`.
         */
        get: operations["libraryProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/library/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Available models
         * @description The model catalog: pricing, the providers that serve each model, the standard parameters it
         *     accepts (`schema`) and its model-specific extra parameters (`specific_schema`), which you
         *     pass to the generate operations alongside the standard fields.
         *
         *     Scope: `library:read`.
         */
        get: operations["libraryModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health/inference/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Provider health
         * @description Each provider's circuit-breaker state and failure rate over the last five minutes. A
         *     `degraded` provider is skipped by failover until it recovers.
         *
         *     Scope: `health:read`.
         */
        get: operations["healthProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health/inference/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Model health
         * @description Which models are available right now, and on which providers.
         *
         *     Scope: `health:read`.
         */
        get: operations["healthModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health/storage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Storage health
         * @description Whether the storage bucket that holds output files answers, and how fast.
         *
         *     Scope: `health:read`.
         */
        get: operations["healthStorage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health/cache": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cache health
         * @description Whether the cache answers, and how fast.
         *
         *     Scope: `health:read`.
         */
        get: operations["healthCache"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/estimate/{model_owner}/{model_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cost estimate
         * @description What a generation with this model would cost, without running it: the cost per generation,
         *     the total for `count` generations (or for `duration` seconds of video at `resolution`, with
         *     or without audio), the credit balance, and whether the account can afford it.
         *
         *     The model identifier spans two path segments: `GET /v1/estimate/bfl/flux-schnell`.
         *
         *     Scope: `library:read`.
         */
        get: operations["estimate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/content/generation/cancel/{generation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel generation
         * @description Cancels a generation that is still `pending` or `processing`: sends a best-effort cancel to
         *     the provider and refunds the credits. The request has no body. A generation that already ended (`succeeded`, `failed` or `canceled`) cannot be canceled: the API answers `400`. Branch on the status: the sandbox answers `BSE2001 invalid_input` with the generation's status in `details.generation_status`.
         *
         *     Scope: `generation:delete`.
         */
        post: operations["cancelGeneration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/content/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List generations
         * @description The account's generations, newest first, with offset pagination: up to 100 a page (default
         *     50). `total`, `limit` and `offset` stand next to `data`.
         *
         *     Scope: `generation:read`.
         */
        get: operations["listGenerations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/content/{generation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Generation info
         * @description The full record of one generation: status, output URLs while the files exist, model,
         *     provider order and the provider used, prediction id, timings, and error details when it
         *     failed. Once the output files are deleted (by you or by retention cleanup),
         *     `generation_output_file` is null and `generation_removed` is present.
         *
         *     Scope: `generation:read`.
         */
        get: operations["getGeneration"];
        put?: never;
        post?: never;
        /**
         * Delete generation
         * @description Permanently removes the generation's output files from storage. The record itself stays, for
         *     the audit trail; afterwards `getGeneration` shows `generation_removed`.
         *
         *     Scope: `generation:delete`.
         */
        delete: operations["deleteGeneration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/generate/image/{model_owner}/{model_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate image
         * @description Submits an image generation and returns at once with a `generation_id`. BabySea tries the
         *     first provider of the order and fails over to the next on failure. Track completion with
         *     `getGeneration` or a webhook.
         *
         *     Besides the standard fields, a model accepts the extra `generation_*` parameters listed in its
         *     `specific_schema` (see `libraryModels`). All of them start with `generation_`.
         *
         *     The model identifier spans two path segments: `POST /v1/generate/image/google/nano-banana`.
         *
         *     Scope: `generation:write`.
         */
        post: operations["generateImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/generate/video/{model_owner}/{model_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate video
         * @description Submits a video generation, with the same failover as images. `generation_duration` (seconds)
         *     is required and priced per second. Some models also take `generation_resolution` and
         *     `generation_generate_audio`; image-to-video takes `generation_input_file` (and a last frame in
         *     `generation_input_file_last_content`). Video routes accept no Cloudflare-first provider order.
         *
         *     The model identifier spans two path segments: `POST /v1/generate/video/google/veo-2`.
         *
         *     Scope: `generation:write`.
         */
        post: operations["generateVideo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "generation.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generation started
         * @description A provider accepted the generation and began working on it.
         */
        post: operations["onGenerationStarted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "generation.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generation completed
         * @description The generation succeeded; its output files are ready.
         */
        post: operations["onGenerationCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "generation.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generation failed
         * @description Every provider of the order failed; the credits are refunded.
         */
        post: operations["onGenerationFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "generation.canceled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generation canceled
         * @description The generation was canceled; the credits are refunded.
         */
        post: operations["onGenerationCanceled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "credits.low_balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credits low
         * @description The credit balance fell below one or more of the account's alert thresholds.
         */
        post: operations["onCreditsLowBalance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test delivery
         * @description Sent from the dashboard to check that your endpoint verifies and acknowledges deliveries.
         */
        post: operations["onWebhookTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Fields every success response carries next to `data`. */
        SuccessEnvelope: {
            /** @constant */
            status: "success";
            /** @description Identifies the request; quote it when contacting support. */
            request_id: string;
            /** @description A short human-readable summary. */
            message: string;
            /** Format: date-time */
            timestamp: string;
        };
        /** @description Offset pagination fields of list responses, next to `data`. */
        PaginationFields: {
            /** @description Items across all pages. */
            total: number;
            limit: number;
            offset: number;
        };
        /** @description The body of every error response. */
        ErrorResponse: {
            /** @constant */
            status: "error";
            request_id?: string;
            error: components["schemas"]["ApiError"];
        };
        ApiError: {
            /**
             * @description Stable machine-readable code: `BSE` and four digits, grouped by the first digit (1 authentication, credits and limits; 2 input; 3 providers; 4 resources; 5 service).
             * @example BSE1004
             */
            code: string;
            /** @description Error class, e.g. `insufficient_credits`, `authentication_failed`, `rate_limit_exceeded`, `parameter_out_of_range`. */
            type: string;
            /** @description Human-readable explanation; may change. */
            message: string;
            /** @description Whether sending the same request again can succeed. */
            retryable: boolean;
            /** @description Extra, error-specific context. */
            details?: {
                [key: string]: unknown;
            };
            /** @description What each provider answered, when the failure came from providers. */
            provider_errors?: components["schemas"]["ProviderError"][];
        };
        ProviderError: {
            provider: string;
            code: string;
            type: string;
            message: string;
            retryable: boolean;
        };
        /** @description One segment of a model identifier; letters, digits, `.`, `_` and `-`, starting with a letter or digit. */
        ModelIdentifierSegment: string;
        /**
         * @description `owner/name`, for example `bfl/flux-schnell`.
         * @example bfl/flux-schnell
         */
        ModelIdentifier: string;
        /**
         * Format: uuid
         * @description A generation's id (a UUID).
         */
        GenerationId: string;
        /** @enum {string} */
        GenerationStatus: "pending" | "processing" | "succeeded" | "failed" | "canceled";
        /** @enum {string} */
        ProviderHealthStatus: "healthy" | "recovering" | "degraded" | "unknown";
        /** @enum {string} */
        OutputFormat: "png" | "jpg" | "webp";
        /**
         * @description The inference providers BabySea runs generations on today. Responses carry provider names as plain strings, since providers are added over time.
         * @enum {string}
         */
        InferenceProvider: "alibabacloud" | "bfl" | "byteplus" | "cloudflare" | "fal" | "openai" | "replicate" | "runway";
        /**
         * @description Provider orders known today, for autocompletion and docs. The API adds orders over time, so clients should accept any well-formed order, as the SDK does (its `ProviderOrder` type takes any string besides these); the sandbox accepts `fastest` or any list of providers that all serve the model.
         * @enum {string}
         */
        KnownProviderOrder: "fastest" | "replicate" | "fal, replicate" | "replicate, fal" | "bfl, replicate" | "openai, replicate" | "runway, replicate" | "alibabacloud, replicate, fal" | "bfl, replicate, cloudflare" | "bfl, replicate, fal" | "byteplus, replicate, fal" | "byteplus, fal, replicate" | "openai, replicate, fal" | "replicate, fal, cloudflare" | "cloudflare, replicate, fal";
        /**
         * @description Provider orders known today for the video route (no Cloudflare-first order).
         * @enum {string}
         */
        KnownVideoProviderOrder: "fastest" | "replicate" | "fal, replicate" | "replicate, fal" | "byteplus, replicate, fal" | "byteplus, fal, replicate";
        /**
         * @description `fastest`, or providers separated by a comma and a space, tried left to right. The known
         *     orders are listed; a well-formed new combination is accepted too.
         */
        ProviderOrder: components["schemas"]["KnownProviderOrder"] | string;
        /** @description A provider order for the video route; a Cloudflare-first order is rejected. */
        VideoProviderOrder: components["schemas"]["KnownVideoProviderOrder"] | string;
        /** @description An image generation. Model-specific parameters (`specific_schema` in the model catalog) go next to the standard fields; all of them start with `generation_`. The SDK sends any other key as given; the sandbox answers `422 BSE2008` for a key that does not start with `generation_` or that the model does not list. */
        ImageGenerationRequest: {
            /** @description What to generate. */
            generation_prompt: string;
            /**
             * @description Aspect ratio, e.g. `1:1`, `16:9`; the model catalog lists each model's ratios.
             * @example 16:9
             */
            generation_ratio?: string;
            generation_output_format?: components["schemas"]["OutputFormat"];
            /** @description Number of images. */
            generation_output_number?: number;
            /** @description Reference image URLs, for image-to-image models. */
            generation_input_file?: string[];
            generation_provider_order?: components["schemas"]["ProviderOrder"];
        } & {
            [key: string]: unknown;
        };
        /** @description A video generation. Model-specific parameters (`specific_schema` in the model catalog) go next to the standard fields; all of them start with `generation_`. The SDK sends any other key as given; the sandbox answers `422 BSE2008` for a key that does not start with `generation_` or that the model does not list. */
        VideoGenerationRequest: {
            /** @description What to generate. */
            generation_prompt: string;
            /** @description Length in seconds (model-dependent, e.g. 5 or 8 for `google/veo-2`); priced per second. */
            generation_duration: number;
            /**
             * @description Aspect ratio, e.g. `16:9`.
             * @example 16:9
             */
            generation_ratio?: string;
            /**
             * @description Output resolution for resolution-priced models, e.g. `720p`, `1080p`; the model's default when omitted.
             * @example 720p
             */
            generation_resolution?: string;
            /** @description Generate audio, for audio-priced models; `false` uses the lower no-audio rate. Set it when the rate matters: the SDK sends it only when given, and the sandbox, like `estimate`, generates and prices with audio when it is absent. */
            generation_generate_audio?: boolean;
            /**
             * @description Output container: `mp4`.
             * @example mp4
             */
            generation_output_format?: string;
            generation_output_number?: number;
            /** @description Reference image URLs (image-to-video); the first frame. */
            generation_input_file?: string[];
            /**
             * Format: uri
             * @description URL of an image to use as the last frame, for models that support it.
             */
            generation_input_file_last_content?: string;
            generation_provider_order?: components["schemas"]["VideoProviderOrder"];
        } & {
            [key: string]: unknown;
        };
        StatusData: {
            /** Format: uuid */
            account_id: string;
            /** Format: uuid */
            apikey_id: string;
            apikey_name: string | null;
            /** @description The first characters of the key, safe to show. */
            apikey_prefix: string | null;
            /** Format: date-time */
            apikey_created_at: string | null;
            /** Format: date-time */
            apikey_last_used_at: string | null;
            /**
             * Format: date-time
             * @description Null when the key never expires.
             */
            apikey_expires_at: string | null;
        };
        UsageEndpoint: {
            /** @description Method and route, e.g. `POST /v1/generate/image`. */
            endpoint: string;
            total_requests: number;
            success_count: number;
            client_error_count: number;
            server_error_count: number;
            /** @description How often each error code was returned. */
            error_codes: {
                [key: string]: number;
            };
        };
        UsageProvider: {
            provider: string;
            total_submissions: number;
            /** @description Submissions whose result was delivered. */
            used_count: number;
            cancelled_count: number;
            /** @description Results dropped after failover chose another provider. */
            discarded_count: number;
            failed_count: number;
            total_estimated_cost: number;
            /** @description Cost of cancelled, discarded and failed submissions. */
            wasted_estimated_cost: number;
        };
        UsageData: {
            /** Format: uuid */
            account_id: string;
            usage_period_days: number;
            usage_credit_balance: number;
            usage_total_requests: number;
            usage_total_success: number;
            usage_total_client_errors: number;
            usage_total_server_errors: number;
            usage_total_generations: number;
            usage_total_provider_submissions: number;
            usage_total_estimated_cost: number;
            usage_endpoints: components["schemas"]["UsageEndpoint"][];
            usage_providers: components["schemas"]["UsageProvider"][];
        };
        AccountData: {
            /** Format: uuid */
            account_id: string;
            account_name: string;
            /** Format: email */
            account_email: string | null;
            account_is_personal: boolean;
            /** Format: uri */
            account_picture_url: string | null;
            /** Format: date-time */
            account_created_at: string;
        };
        BillingData: {
            /** Format: uuid */
            account_id: string;
            billing_plan: string | null;
            billing_credit_balance: number;
            /** @description e.g. `active`, `trialing`, `past_due`, `canceled`. */
            billing_subscription_status: string | null;
            billing_cancel_at_period_end: boolean | null;
            /** @description ISO 4217 code, lower case. */
            billing_currency: string | null;
            /** Format: date-time */
            billing_period_starts_at: string | null;
            /** Format: date-time */
            billing_period_ends_at: string | null;
            /** Format: date-time */
            billing_created_at: string | null;
            /** Format: date-time */
            billing_updated_at: string | null;
        };
        /** @description How BabySea integrates with the provider. */
        BabySeaImplementation: {
            /** @enum {string} */
            delivery_method: "webhook_with_polling" | "synchronous" | "polling";
            /** @enum {string|null} */
            cancel_method: "prediction_cancel_api" | "queue_cancel_api" | null;
            /** @enum {string|null} */
            webhook_verification: "hmac_sha256" | "ed25519" | null;
            /**
             * @description Provider errors are mapped to BSE codes.
             * @constant
             */
            error_mapping: "bse_error_codes";
            /**
             * @description Costs are tracked per generation, in US dollars.
             * @constant
             */
            cost_tracking: "per_generation_usd";
            /**
             * @description The unified request is converted to the provider's native one.
             * @constant
             */
            schema_conversion: "unified_to_native";
            /**
             * @description Providers of the order are tried one after another.
             * @constant
             */
            failover_strategy: "sequential_provider_chain";
            /**
             * @description A circuit breaker tracks the provider's health.
             * @constant
             */
            health_monitoring: "circuit_breaker";
            supported_media_types: ("image" | "video")[];
            supported_models_total: number;
        };
        LibraryProvider: {
            provider_id: string;
            provider_name: string;
            provider_description: string;
            /** Format: uri */
            provider_website: string;
            /** Format: uri */
            provider_docs: string;
            /** @description e.g. `active`. */
            provider_status: string;
            babysea_implementation: components["schemas"]["BabySeaImplementation"];
        };
        LibraryProvidersData: {
            providers_total: number;
            providers: components["schemas"]["LibraryProvider"][];
        };
        /** @description A price per generation (or per second of video), or prices keyed by resolution and audio mode, e.g. `720p_audio`. */
        ModelPricing: number | {
            [key: string]: number;
        };
        /** @description The standard parameters a model accepts, and their allowed values. */
        ModelInputSchema: {
            generation_prompt: boolean;
            generation_ratio: string[];
            generation_output_format: string[];
            /** @description The most outputs one generation may ask for. */
            generation_output_number: number;
            generation_input_file: boolean;
            generation_duration?: number[];
            generation_resolution?: string[];
            generation_generate_audio?: boolean;
        };
        LibraryModel: {
            /** @enum {string} */
            model_type: "image" | "video";
            model_identifier: components["schemas"]["ModelIdentifier"];
            /** @description Absent when the model has no pricing entry. */
            model_pricing?: components["schemas"]["ModelPricing"];
            /** @description The providers that serve the model: a known `InferenceProvider` or a newer one. */
            model_supported_provider: (components["schemas"]["InferenceProvider"] | string)[];
            schema: components["schemas"]["ModelInputSchema"];
            /** @description The model-specific `generation_*` parameter keys the model accepts. */
            specific_schema: string[];
        };
        LibraryModelsData: {
            models_total: number;
            models: components["schemas"]["LibraryModel"][];
        };
        ProviderHealthWindow: {
            total_attempts: number;
            failures: number;
            successes: number;
            duration_seconds: number;
        };
        ProviderHealth: {
            provider: string;
            status: components["schemas"]["ProviderHealthStatus"];
            failure_rate: number;
            window: components["schemas"]["ProviderHealthWindow"];
        };
        HealthProvidersData: {
            /** @constant */
            service: "providers";
            healthy: boolean;
            providers_total: number;
            providers: components["schemas"]["ProviderHealth"][];
        };
        ModelProviderAvailability: {
            available: boolean;
            /** @description The provider's own id for the model. */
            raw_model_id: string | null;
        };
        ModelHealth: {
            model_identifier: components["schemas"]["ModelIdentifier"];
            /** @enum {string} */
            model_type: "image" | "video" | "unknown";
            /** @description The model's base price, when it has one. (Unlike the catalog, health gives no per-resolution prices.) */
            model_pricing?: number;
            /** @description Availability keyed by provider. */
            providers: {
                [key: string]: components["schemas"]["ModelProviderAvailability"];
            };
        };
        HealthModelsData: {
            /** @constant */
            service: "models";
            healthy: boolean;
            models_total: number;
            models: components["schemas"]["ModelHealth"][];
        };
        HealthStorageData: {
            /** @constant */
            service: "storage";
            healthy: boolean;
            latency_ms: number;
            bucket: string;
            /** @description Present when unhealthy. */
            error?: string;
        };
        HealthCacheData: {
            /** @constant */
            service: "redis";
            healthy: boolean;
            latency_ms: number;
            /** @description Present when unhealthy. */
            error?: string;
        };
        EstimateData: {
            model_identifier: components["schemas"]["ModelIdentifier"];
            /** @enum {string} */
            model_type: "image" | "video";
            assets_count: number;
            /** @description Per-second price, for video models. */
            cost_per_second?: number;
            /** @description The priced duration, for video models. */
            duration_seconds?: number;
            /** @description The priced resolution, for resolution-priced models. */
            resolution?: string;
            cost_per_generation: number;
            cost_total_consumed: number;
            credit_balance: number | null;
            credit_balance_can_afford: boolean | null;
            /** @description How many such generations the balance covers. */
            credit_balance_max_affordable: number | null;
        };
        CancelGenerationData: {
            /** Format: uuid */
            generation_id: string;
            /** @constant */
            generation_status: "canceled";
            /** @description Whether the provider was asked to stop (best-effort). */
            provider_cancel_sent: boolean;
            credits_refunded: boolean;
        };
        DeleteGenerationData: {
            /** Format: uuid */
            generation_id: string;
            /** @description Number of storage files removed. */
            files_deleted: number;
        };
        /**
         * @description One generation. Model-specific `generation_*` fields may appear besides those listed; the schema
         *     leaves them open rather than declaring a pattern, so typed clients keep catching misspelled fields.
         */
        Generation: {
            /** Format: uuid */
            account_id: string;
            /** Format: uuid */
            generation_id: string;
            model_identifier?: components["schemas"]["ModelIdentifier"];
            /** @description The providers, in the order they are tried. */
            generation_provider_order?: string[];
            /** @description The provider that served the generation, after failover (and, for `fastest`, the one the router picked); null until the generation reaches a terminal state. */
            generation_provider_used?: string | null;
            /** @description The provider's id for the job. */
            generation_prediction_id?: string | null;
            generation_status?: components["schemas"]["GenerationStatus"];
            generation_prompt?: string;
            generation_ratio?: string;
            generation_output_format?: string;
            generation_output_number?: number;
            generation_input_file?: string[] | null;
            /** @description Output URLs; null until it succeeds, and again once the files are removed. */
            generation_output_file?: string[] | null;
            /** Format: date-time */
            generation_created_at?: string;
            /** Format: date-time */
            generation_started_at?: string | null;
            /** Format: date-time */
            generation_completed_at?: string | null;
            /** @description Seconds from submission to completion. */
            generation_metrics_total_time?: number | null;
            /** @description Seconds the provider spent generating. */
            generation_metrics_predict_time?: number | null;
            /** @description Video length in seconds. */
            generation_duration?: number;
            generation_resolution?: string;
            generation_generate_audio?: boolean;
            /** @enum {string} */
            generation_audio_mode?: "audio" | "noaudio";
            /** @description What went wrong, when it failed. */
            generation_error?: string;
            /** @description The `BSE` code of the failure. */
            generation_error_code?: string;
            /** @description Present (true) once the output files were deleted or expired. */
            generation_removed?: boolean;
        };
        /** @description A newly accepted generation. */
        GenerationInitialized: {
            model_identifier: components["schemas"]["ModelIdentifier"];
            /** @description The providers, in the order they will be tried. */
            generation_provider_order: string[];
            /** @description The first provider's id for the job. */
            generation_prediction_id: string;
            /** Format: uuid */
            generation_id: string;
            /** @constant */
            generation_initialized: true;
        };
        /** @description An idempotent replay whose generation has been canceled since. */
        GenerationReplayedCanceled: {
            /** Format: uuid */
            generation_id: string;
            /** @constant */
            generation_status: "canceled";
        };
        GenerationsPage: {
            generations: components["schemas"]["Generation"][];
        };
        StatusResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["StatusData"];
        };
        UsageResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["UsageData"];
        };
        AccountResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["AccountData"];
        };
        BillingResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["BillingData"];
        };
        LibraryProvidersResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["LibraryProvidersData"];
        };
        LibraryModelsResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["LibraryModelsData"];
        };
        HealthProvidersResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["HealthProvidersData"];
        };
        HealthModelsResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["HealthModelsData"];
        };
        HealthStorageResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["HealthStorageData"];
        };
        HealthCacheResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["HealthCacheData"];
        };
        EstimateResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["EstimateData"];
        };
        CancelGenerationResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["CancelGenerationData"];
        };
        DeleteGenerationResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["DeleteGenerationData"];
        };
        GenerationResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["Generation"];
        };
        ListGenerationsResponse: components["schemas"]["SuccessEnvelope"] & components["schemas"]["PaginationFields"] & {
            data: components["schemas"]["GenerationsPage"];
        };
        GenerateResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["GenerationInitialized"] | components["schemas"]["GenerationReplayedCanceled"];
        };
        /** @enum {string} */
        WebhookEventType: "generation.started" | "generation.completed" | "generation.failed" | "generation.canceled" | "credits.low_balance" | "webhook.test";
        /** @description The generation an event is about. Optional fields are omitted, never null: `generation_provider_initialize` comes with `generation.started`; `generation_provider_used` and `generation_output_file` with `generation.completed`; `generation_error` and `generation_error_code` with `generation.failed`; `credits_refunded` with `generation.canceled`; `generation_prediction_id` with `generation.started`, `generation.completed` and `generation.canceled`. */
        WebhookGenerationData: {
            /** Format: uuid */
            account_id: string;
            model_identifier: components["schemas"]["ModelIdentifier"];
            /** @description The provider the generation started on. */
            generation_provider_initialize?: string;
            /** @description The provider that produced the result. */
            generation_provider_used?: string;
            /** @enum {string} */
            generation_status: "processing" | "succeeded" | "failed" | "canceled";
            generation_prediction_id?: string;
            /** Format: uuid */
            generation_id: string;
            generation_output_file?: string[];
            generation_error?: string;
            generation_error_code?: string;
            credits_refunded?: boolean;
        };
        /** @description Fields of every delivery besides `webhook_event` and `webhook_data`. */
        WebhookEnvelope: {
            /**
             * Format: date-time
             * @description When the event happened (ISO 8601); the same as the `X-BabySea-Timestamp` header.
             */
            webhook_timestamp: string;
            /**
             * Format: uuid
             * @description Unique per delivery (a UUID), the same on redeliveries and in the `X-BabySea-Delivery-Id` header: use it to drop duplicates.
             */
            webhook_delivery_id: string;
        };
        GenerationStartedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            webhook_event: "generation.started";
            webhook_data: components["schemas"]["WebhookGenerationData"];
        };
        GenerationCompletedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            webhook_event: "generation.completed";
            webhook_data: components["schemas"]["WebhookGenerationData"];
        };
        GenerationFailedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            webhook_event: "generation.failed";
            webhook_data: components["schemas"]["WebhookGenerationData"];
        };
        GenerationCanceledEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            webhook_event: "generation.canceled";
            webhook_data: components["schemas"]["WebhookGenerationData"];
        };
        WebhookTestEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            webhook_event: "webhook.test";
            webhook_data: components["schemas"]["WebhookGenerationData"];
        };
        CreditsThresholdCrossed: {
            /** @description The alert threshold, in credits (1 credit = 1 US dollar). */
            threshold: number;
            /** @description The balance when the threshold was crossed. */
            balance_at: number;
        };
        CreditsLowBalanceData: {
            /** Format: uuid */
            account_id: string;
            current_balance: number;
            thresholds_crossed: components["schemas"]["CreditsThresholdCrossed"][];
        };
        CreditsLowBalanceEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            webhook_event: "credits.low_balance";
            webhook_data: components["schemas"]["CreditsLowBalanceData"];
        };
    };
    responses: {
        /** @description The generation is accepted (`generation_initialized: true`), or, for a replayed `Idempotency-Key` whose generation was canceled since, its id and the `canceled` status. */
        GenerationSubmitted: {
            headers: {
                /** @description Present, with the value `true`, when the answer is a replay of an earlier request with the same `Idempotency-Key`; absent otherwise. */
                "Idempotency-Replayed"?: "true";
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GenerateResponse"];
            };
        };
        /** @description The request is malformed (`BSE2001 invalid_input`), e.g. a body that is not JSON or a missing required field. */
        BadRequest: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No API key was sent (`BSE1001 authentication_required`), or it is invalid, expired or revoked (`BSE1002 authentication_failed`). */
        Unauthorized: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The credit balance does not cover the generation (`BSE1004 insufficient_credits`). `details` may be absent: read `required` and `balance` when they are there. The sandbox always sends them. */
        PaymentRequired: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API key lacks the scope this operation needs (`BSE1003 insufficient_permissions`), or the client IP is not in the key's allowlist (`BSE1007 ip_not_allowed`). `details` may be absent; the sandbox names the missing scope in `details.required_scope`. */
        Forbidden: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No generation with this id exists for this account. Branch on the HTTP status rather than the code: the SDK picks its error class by the status, and the sandbox answers `BSE4001 generation_not_found`. */
        GenerationNotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The model does not exist; `GET /v1/library/models` lists those that do. Branch on the HTTP status rather than the code: the SDK picks its error class by the status, and the sandbox answers `BSE4002 model_not_found` with the identifier in `details.model_identifier`. */
        ModelNotFound: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The `Idempotency-Key` was used before with a different body (`BSE2015`), or its first request is still being processed (`BSE2016`). Sending the same request again does not help: the SDK never retries `BSE2015` or `BSE2016`, and the sandbox answers both with the type `idempotency_error` and `retryable: false`. */
        Conflict: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description A parameter is out of range for the model (`BSE2008 parameter_out_of_range`), an input file is unusable (`BSE2002`–`BSE2005`, `BSE2007`, `BSE2009`) or the input was flagged by the content filter (`BSE2006 content_policy_violation`). */
        UnprocessableEntity: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Too many requests: the account's rate limit (`BSE1005 rate_limit_exceeded`), too many authentication attempts from one IP (`BSE1006 auth_rate_limited`) or the plan's cap on generations in flight (`BSE1009 concurrency_limit_exceeded`). Wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                /**
                 * @description Requests left in the current window: none.
                 * @example 0
                 */
                "X-RateLimit-Remaining"?: number;
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description An unexpected error; safe to retry. Branch on the status and `retryable` rather than the code: the SDK retries a 5xx unless the body says `retryable: false`, and the sandbox answers `BSE5000 api_error`. */
        InternalError: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Every provider of the order failed and failover is exhausted (`BSE3003 all_providers_failed`); `provider_errors` lists what each provider answered. Branch on the HTTP status and `retryable` rather than the codes. The sandbox does not answer 502: its generations fail after they are accepted, ending `failed` with `generation_error_code` `BSE3003`. */
        BadGateway: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The service is briefly unavailable; retry after `Retry-After` seconds. Branch on the status and `retryable` rather than the code: the SDK retries a 503 unless the body says `retryable: false`, and the sandbox answers `BSE5003 service_unavailable`. */
        ServiceUnavailable: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description First segment of the model identifier, before the slash (`bfl` in `bfl/flux-schnell`).
         * @example bfl
         */
        ModelOwner: components["schemas"]["ModelIdentifierSegment"];
        /**
         * @description Second segment of the model identifier, after the slash (`flux-schnell` in `bfl/flux-schnell`).
         * @example flux-schnell
         */
        ModelName: components["schemas"]["ModelIdentifierSegment"];
        /**
         * @description The generation's id.
         * @example 5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
         */
        GenerationId: components["schemas"]["GenerationId"];
        /**
         * @description Makes the POST safe to retry: the same key with the same body within 24 hours returns the
         *     first response instead of acting twice.
         * @example 8e0c4b2a-1f3d-4c5e-9a7b-6d5c4b3a2f1e
         */
        IdempotencyKey: string;
        /**
         * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`; several `v1=` values may appear during secret rotation.
         * @example t=1795600807,v1=2a54b457e90222d5e67c772a29d922778133c5cf478cac1f8ba2d015c1198b19
         */
        WebhookSignature: string;
        /**
         * @description The event type, the same as `webhook_event` in the body.
         * @example generation.completed
         */
        WebhookEvent: components["schemas"]["WebhookEventType"];
        /**
         * @description When the event happened (ISO 8601), the same as `webhook_timestamp` in the body. Informational: verify the `t=` of the signature, which is Unix seconds.
         * @example 2026-11-24T10:00:07.000Z
         */
        WebhookTimestamp: string;
        /**
         * @description Unique per delivery (a UUID), the same as `webhook_delivery_id` in the body and on redeliveries: use it to drop duplicates.
         * @example 4b7f1e2a-8c3d-4e5f-9a6b-7c8d9e0f1a2b
         */
        WebhookDeliveryId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Requests allowed in the current window.
         * @example 60
         */
        RateLimitLimit: number;
        /**
         * @description Requests left in the current window.
         * @example 57
         */
        RateLimitRemaining: number;
        /**
         * @description When the window resets, as a Unix timestamp in seconds.
         * @example 1795601102
         */
        RateLimitReset: number;
        /**
         * @description Seconds to wait before sending again.
         * @example 2
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key is valid. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    usage: {
        parameters: {
            query?: {
                /** @description Lookback window in days. */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage over the window. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    account: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    billing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Billing state. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    libraryProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider catalog. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryProvidersResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    libraryModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model catalog. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryModelsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    healthProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Provider health. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthProvidersResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    healthModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Model health. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthModelsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    healthStorage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Storage health. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStorageResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    healthCache: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cache health. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCacheResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    estimate: {
        parameters: {
            query?: {
                /** @description Number of generations to price, 1 to 100 (default 1). The API clamps a value outside that range to it rather than rejecting it. */
                count?: number;
                /** @description Video length in seconds, for per-second priced models. */
                duration?: number;
                /** @description Video resolution, for resolution-priced models. */
                resolution?: string;
                /** @description Price the video with generated audio (`true`, the default) or without (`false`), for audio-priced models. */
                audio?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description First segment of the model identifier, before the slash (`bfl` in `bfl/flux-schnell`).
                 * @example bfl
                 */
                model_owner: components["parameters"]["ModelOwner"];
                /**
                 * @description Second segment of the model identifier, after the slash (`flux-schnell` in `bfl/flux-schnell`).
                 * @example flux-schnell
                 */
                model_name: components["parameters"]["ModelName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The estimate. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstimateResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ModelNotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cancelGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a `pending` or `processing` generation.
                 * @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
                 */
                generation_id: components["schemas"]["GenerationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The generation is canceled and its credits refunded. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelGenerationResponse"];
                };
            };
            /** @description The generation already ended and cannot be canceled, or the request is malformed. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["GenerationNotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listGenerations: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description Number of generations to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of generations. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListGenerationsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The generation's id.
                 * @example 5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
                 */
                generation_id: components["parameters"]["GenerationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The generation. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["GenerationNotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteGeneration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The generation's id.
                 * @example 5c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
                 */
                generation_id: components["parameters"]["GenerationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The files are deleted. */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "X-RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "X-RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteGenerationResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["GenerationNotFound"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    generateImage: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry: the same key with the same body within 24 hours returns the
                 *     first response instead of acting twice.
                 * @example 8e0c4b2a-1f3d-4c5e-9a7b-6d5c4b3a2f1e
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description First segment of the model identifier, before the slash (`bfl` in `bfl/flux-schnell`).
                 * @example bfl
                 */
                model_owner: components["parameters"]["ModelOwner"];
                /**
                 * @description Second segment of the model identifier, after the slash (`flux-schnell` in `bfl/flux-schnell`).
                 * @example flux-schnell
                 */
                model_name: components["parameters"]["ModelName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageGenerationRequest"];
            };
        };
        responses: {
            200: components["responses"]["GenerationSubmitted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ModelNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    generateVideo: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes the POST safe to retry: the same key with the same body within 24 hours returns the
                 *     first response instead of acting twice.
                 * @example 8e0c4b2a-1f3d-4c5e-9a7b-6d5c4b3a2f1e
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description First segment of the model identifier, before the slash (`google` in `google/veo-2`).
                 * @example google
                 */
                model_owner: components["schemas"]["ModelIdentifierSegment"];
                /**
                 * @description Second segment of the model identifier, after the slash (`veo-2` in `google/veo-2`).
                 * @example veo-2
                 */
                model_name: components["schemas"]["ModelIdentifierSegment"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VideoGenerationRequest"];
            };
        };
        responses: {
            200: components["responses"]["GenerationSubmitted"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            402: components["responses"]["PaymentRequired"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ModelNotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    onGenerationStarted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`; several `v1=` values may appear during secret rotation.
                 * @example t=1795600807,v1=2a54b457e90222d5e67c772a29d922778133c5cf478cac1f8ba2d015c1198b19
                 */
                "X-BabySea-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description The event type, the same as `webhook_event` in the body.
                 * @example generation.completed
                 */
                "X-BabySea-Event": components["parameters"]["WebhookEvent"];
                /**
                 * @description When the event happened (ISO 8601), the same as `webhook_timestamp` in the body. Informational: verify the `t=` of the signature, which is Unix seconds.
                 * @example 2026-11-24T10:00:07.000Z
                 */
                "X-BabySea-Timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Unique per delivery (a UUID), the same as `webhook_delivery_id` in the body and on redeliveries: use it to drop duplicates.
                 * @example 4b7f1e2a-8c3d-4e5f-9a6b-7c8d9e0f1a2b
                 */
                "X-BabySea-Delivery-Id": components["parameters"]["WebhookDeliveryId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerationStartedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx to acknowledge the delivery; other answers are retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Reject a delivery whose signature does not verify. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onGenerationCompleted: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`; several `v1=` values may appear during secret rotation.
                 * @example t=1795600807,v1=2a54b457e90222d5e67c772a29d922778133c5cf478cac1f8ba2d015c1198b19
                 */
                "X-BabySea-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description The event type, the same as `webhook_event` in the body.
                 * @example generation.completed
                 */
                "X-BabySea-Event": components["parameters"]["WebhookEvent"];
                /**
                 * @description When the event happened (ISO 8601), the same as `webhook_timestamp` in the body. Informational: verify the `t=` of the signature, which is Unix seconds.
                 * @example 2026-11-24T10:00:07.000Z
                 */
                "X-BabySea-Timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Unique per delivery (a UUID), the same as `webhook_delivery_id` in the body and on redeliveries: use it to drop duplicates.
                 * @example 4b7f1e2a-8c3d-4e5f-9a6b-7c8d9e0f1a2b
                 */
                "X-BabySea-Delivery-Id": components["parameters"]["WebhookDeliveryId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerationCompletedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx to acknowledge the delivery; other answers are retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Reject a delivery whose signature does not verify. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onGenerationFailed: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`; several `v1=` values may appear during secret rotation.
                 * @example t=1795600807,v1=2a54b457e90222d5e67c772a29d922778133c5cf478cac1f8ba2d015c1198b19
                 */
                "X-BabySea-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description The event type, the same as `webhook_event` in the body.
                 * @example generation.completed
                 */
                "X-BabySea-Event": components["parameters"]["WebhookEvent"];
                /**
                 * @description When the event happened (ISO 8601), the same as `webhook_timestamp` in the body. Informational: verify the `t=` of the signature, which is Unix seconds.
                 * @example 2026-11-24T10:00:07.000Z
                 */
                "X-BabySea-Timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Unique per delivery (a UUID), the same as `webhook_delivery_id` in the body and on redeliveries: use it to drop duplicates.
                 * @example 4b7f1e2a-8c3d-4e5f-9a6b-7c8d9e0f1a2b
                 */
                "X-BabySea-Delivery-Id": components["parameters"]["WebhookDeliveryId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerationFailedEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx to acknowledge the delivery; other answers are retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Reject a delivery whose signature does not verify. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onGenerationCanceled: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`; several `v1=` values may appear during secret rotation.
                 * @example t=1795600807,v1=2a54b457e90222d5e67c772a29d922778133c5cf478cac1f8ba2d015c1198b19
                 */
                "X-BabySea-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description The event type, the same as `webhook_event` in the body.
                 * @example generation.completed
                 */
                "X-BabySea-Event": components["parameters"]["WebhookEvent"];
                /**
                 * @description When the event happened (ISO 8601), the same as `webhook_timestamp` in the body. Informational: verify the `t=` of the signature, which is Unix seconds.
                 * @example 2026-11-24T10:00:07.000Z
                 */
                "X-BabySea-Timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Unique per delivery (a UUID), the same as `webhook_delivery_id` in the body and on redeliveries: use it to drop duplicates.
                 * @example 4b7f1e2a-8c3d-4e5f-9a6b-7c8d9e0f1a2b
                 */
                "X-BabySea-Delivery-Id": components["parameters"]["WebhookDeliveryId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerationCanceledEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx to acknowledge the delivery; other answers are retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Reject a delivery whose signature does not verify. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onCreditsLowBalance: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`; several `v1=` values may appear during secret rotation.
                 * @example t=1795600807,v1=2a54b457e90222d5e67c772a29d922778133c5cf478cac1f8ba2d015c1198b19
                 */
                "X-BabySea-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description The event type, the same as `webhook_event` in the body.
                 * @example generation.completed
                 */
                "X-BabySea-Event": components["parameters"]["WebhookEvent"];
                /**
                 * @description When the event happened (ISO 8601), the same as `webhook_timestamp` in the body. Informational: verify the `t=` of the signature, which is Unix seconds.
                 * @example 2026-11-24T10:00:07.000Z
                 */
                "X-BabySea-Timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Unique per delivery (a UUID), the same as `webhook_delivery_id` in the body and on redeliveries: use it to drop duplicates.
                 * @example 4b7f1e2a-8c3d-4e5f-9a6b-7c8d9e0f1a2b
                 */
                "X-BabySea-Delivery-Id": components["parameters"]["WebhookDeliveryId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditsLowBalanceEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx to acknowledge the delivery; other answers are retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Reject a delivery whose signature does not verify. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onWebhookTest: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`; several `v1=` values may appear during secret rotation.
                 * @example t=1795600807,v1=2a54b457e90222d5e67c772a29d922778133c5cf478cac1f8ba2d015c1198b19
                 */
                "X-BabySea-Signature": components["parameters"]["WebhookSignature"];
                /**
                 * @description The event type, the same as `webhook_event` in the body.
                 * @example generation.completed
                 */
                "X-BabySea-Event": components["parameters"]["WebhookEvent"];
                /**
                 * @description When the event happened (ISO 8601), the same as `webhook_timestamp` in the body. Informational: verify the `t=` of the signature, which is Unix seconds.
                 * @example 2026-11-24T10:00:07.000Z
                 */
                "X-BabySea-Timestamp": components["parameters"]["WebhookTimestamp"];
                /**
                 * @description Unique per delivery (a UUID), the same as `webhook_delivery_id` in the body and on redeliveries: use it to drop duplicates.
                 * @example 4b7f1e2a-8c3d-4e5f-9a6b-7c8d9e0f1a2b
                 */
                "X-BabySea-Delivery-Id": components["parameters"]["WebhookDeliveryId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTestEvent"];
            };
        };
        responses: {
            /** @description Return any 2xx to acknowledge the delivery; other answers are retried. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Reject a delivery whose signature does not verify. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
