// Argument constraints of the BabySea API. Generated from openapi/ by `npm run generate`. Do not edit by hand.

/** Argument constraints per operation ("METHOD /path"), read from the spec: what the SDK checks before sending. */
export const operations = {
  "GET /v1/status": {
    "params": {},
    "response": {
      "envelope": [],
      "data": [
        "account_id",
        "apikey_id",
        "apikey_name",
        "apikey_prefix",
        "apikey_created_at",
        "apikey_last_used_at",
        "apikey_expires_at"
      ]
    }
  },
  "GET /v1/usage": {
    "params": {
      "query": {
        "days": {
          "type": "integer",
          "minimum": 1,
          "maximum": 90
        }
      }
    },
    "response": {
      "envelope": [],
      "data": [
        "account_id",
        "usage_period_days",
        "usage_credit_balance",
        "usage_total_requests",
        "usage_total_success",
        "usage_total_client_errors",
        "usage_total_server_errors",
        "usage_total_generations",
        "usage_total_provider_submissions",
        "usage_total_estimated_cost",
        "usage_endpoints",
        "usage_providers"
      ]
    }
  },
  "GET /v1/user/account": {
    "params": {},
    "response": {
      "envelope": [],
      "data": [
        "account_id",
        "account_name",
        "account_email",
        "account_is_personal",
        "account_picture_url",
        "account_created_at"
      ]
    }
  },
  "GET /v1/user/billing": {
    "params": {},
    "response": {
      "envelope": [],
      "data": [
        "account_id",
        "billing_plan",
        "billing_credit_balance",
        "billing_subscription_status",
        "billing_cancel_at_period_end",
        "billing_currency",
        "billing_period_starts_at",
        "billing_period_ends_at",
        "billing_created_at",
        "billing_updated_at"
      ]
    }
  },
  "GET /v1/library/providers": {
    "params": {},
    "response": {
      "envelope": [],
      "data": [
        "providers_total",
        "providers"
      ]
    }
  },
  "GET /v1/library/models": {
    "params": {},
    "response": {
      "envelope": [],
      "data": [
        "models_total",
        "models"
      ]
    }
  },
  "GET /v1/health/inference/providers": {
    "params": {},
    "response": {
      "envelope": [],
      "data": [
        "service",
        "healthy",
        "providers_total",
        "providers"
      ]
    }
  },
  "GET /v1/health/inference/models": {
    "params": {},
    "response": {
      "envelope": [],
      "data": [
        "service",
        "healthy",
        "models_total",
        "models"
      ]
    }
  },
  "GET /v1/health/storage": {
    "params": {},
    "response": {
      "envelope": [],
      "data": [
        "service",
        "healthy",
        "latency_ms",
        "bucket"
      ]
    }
  },
  "GET /v1/health/cache": {
    "params": {},
    "response": {
      "envelope": [],
      "data": [
        "service",
        "healthy",
        "latency_ms"
      ]
    }
  },
  "GET /v1/estimate/{model_owner}/{model_name}": {
    "params": {
      "path": {
        "model_owner": {
          "required": true,
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
        },
        "model_name": {
          "required": true,
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
        }
      },
      "query": {
        "count": {
          "type": "integer"
        },
        "duration": {
          "type": "integer",
          "minimum": 1
        },
        "resolution": {
          "type": "string",
          "pattern": "^[0-9]{3,4}p$"
        },
        "audio": {
          "type": "boolean"
        }
      }
    },
    "response": {
      "envelope": [],
      "data": [
        "model_identifier",
        "model_type",
        "assets_count",
        "cost_per_generation",
        "cost_total_consumed",
        "credit_balance",
        "credit_balance_can_afford",
        "credit_balance_max_affordable"
      ]
    }
  },
  "POST /v1/content/generation/cancel/{generation_id}": {
    "params": {
      "path": {
        "generation_id": {
          "required": true,
          "type": "string",
          "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
        }
      }
    },
    "response": {
      "envelope": [],
      "data": [
        "generation_id",
        "generation_status",
        "provider_cancel_sent",
        "credits_refunded"
      ]
    }
  },
  "GET /v1/content/list": {
    "params": {
      "query": {
        "limit": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        },
        "offset": {
          "type": "integer",
          "minimum": 0
        }
      }
    },
    "response": {
      "envelope": [
        "total",
        "limit",
        "offset"
      ],
      "data": [
        "generations"
      ]
    }
  },
  "GET /v1/content/{generation_id}": {
    "params": {
      "path": {
        "generation_id": {
          "required": true,
          "type": "string",
          "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
        }
      }
    },
    "response": {
      "envelope": [],
      "data": [
        "account_id",
        "generation_id"
      ]
    }
  },
  "DELETE /v1/content/{generation_id}": {
    "params": {
      "path": {
        "generation_id": {
          "required": true,
          "type": "string",
          "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
        }
      }
    },
    "response": {
      "envelope": [],
      "data": [
        "generation_id",
        "files_deleted"
      ]
    }
  },
  "POST /v1/generate/image/{model_owner}/{model_name}": {
    "params": {
      "path": {
        "model_owner": {
          "required": true,
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
        },
        "model_name": {
          "required": true,
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
        }
      },
      "header": {
        "Idempotency-Key": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255,
          "pattern": "^[A-Za-z0-9_\\-:.]{1,255}$"
        }
      }
    },
    "body": {
      "required": [
        "generation_prompt"
      ],
      "otherKeys": ".*",
      "properties": {
        "generation_prompt": {
          "type": "string",
          "minLength": 1
        },
        "generation_ratio": {
          "type": "string"
        },
        "generation_output_format": {
          "type": "string",
          "enum": [
            "png",
            "jpg",
            "webp"
          ]
        },
        "generation_output_number": {
          "type": "integer",
          "minimum": 1
        },
        "generation_input_file": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "generation_provider_order": {
          "type": "string",
          "pattern": "^(fastest|[a-z0-9]+(, [a-z0-9]+)*)$",
          "examples": [
            "fastest",
            "replicate",
            "fal, replicate"
          ]
        }
      }
    },
    "response": {
      "envelope": [],
      "data": [
        "generation_id"
      ]
    }
  },
  "POST /v1/generate/video/{model_owner}/{model_name}": {
    "params": {
      "path": {
        "model_owner": {
          "required": true,
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
        },
        "model_name": {
          "required": true,
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
        }
      },
      "header": {
        "Idempotency-Key": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255,
          "pattern": "^[A-Za-z0-9_\\-:.]{1,255}$"
        }
      }
    },
    "body": {
      "required": [
        "generation_prompt",
        "generation_duration"
      ],
      "otherKeys": ".*",
      "properties": {
        "generation_prompt": {
          "type": "string",
          "minLength": 1
        },
        "generation_duration": {
          "type": "integer",
          "minimum": 1
        },
        "generation_ratio": {
          "type": "string"
        },
        "generation_resolution": {
          "type": "string",
          "pattern": "^[0-9]{3,4}p$"
        },
        "generation_generate_audio": {
          "type": "boolean"
        },
        "generation_output_format": {
          "type": "string"
        },
        "generation_output_number": {
          "type": "integer",
          "minimum": 1
        },
        "generation_input_file": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "generation_input_file_last_content": {
          "type": "string"
        },
        "generation_provider_order": {
          "type": "string",
          "pattern": "^(fastest|(?!cloudflare)[a-z0-9]+(, [a-z0-9]+)*)$",
          "examples": [
            "fastest",
            "replicate",
            "fal, replicate"
          ]
        }
      }
    },
    "response": {
      "envelope": [],
      "data": [
        "generation_id"
      ]
    }
  }
} as const;

/** The rule of each parameter component of the spec (`components/parameters`), by its name. */
export const parameterRules = {
  "ModelOwner": {
    "type": "string",
    "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
  },
  "ModelName": {
    "type": "string",
    "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
  },
  "GenerationId": {
    "type": "string",
    "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
  },
  "IdempotencyKey": {
    "type": "string",
    "minLength": 1,
    "maxLength": 255,
    "pattern": "^[A-Za-z0-9_\\-:.]{1,255}$"
  },
  "WebhookSignature": {
    "type": "string",
    "pattern": "^t=[0-9]+(,v1=[0-9a-f]{64})+$"
  },
  "WebhookEvent": {
    "type": "string",
    "enum": [
      "generation.started",
      "generation.completed",
      "generation.failed",
      "generation.canceled",
      "credits.low_balance",
      "webhook.test"
    ]
  },
  "WebhookTimestamp": {
    "type": "string"
  },
  "WebhookDeliveryId": {
    "type": "string"
  }
} as const;

/** The API hosts per region; the first is the default. */
export const regions = {
  "us": "https://api.us.babysea.ai",
  "eu": "https://api.eu.babysea.ai",
  "jp": "https://api.jp.babysea.ai"
} as const;

/** The scopes an API key can hold. */
export type ApiKeyScope = "generation:write" | "generation:read" | "generation:delete" | "account:read" | "health:read" | "library:read";
/** The presets keys are created from. */
export type ApiKeyScopePreset = "full_access" | "generate_only" | "read_only" | "monitor_only";
/** The error codes the API answers with: each one's type, HTTP status and whether a retry can succeed. */
export const errorCodes = {
  "BSE1001": {
    "type": "authentication_required",
    "status": 401,
    "retryable": false
  },
  "BSE1002": {
    "type": "authentication_failed",
    "status": 401,
    "retryable": false
  },
  "BSE1003": {
    "type": "insufficient_permissions",
    "status": 403,
    "retryable": false
  },
  "BSE1004": {
    "type": "insufficient_credits",
    "status": 402,
    "retryable": false
  },
  "BSE1005": {
    "type": "rate_limit_exceeded",
    "status": 429,
    "retryable": true
  },
  "BSE1006": {
    "type": "auth_rate_limited",
    "status": 429,
    "retryable": true
  },
  "BSE1007": {
    "type": "ip_not_allowed",
    "status": 403,
    "retryable": false
  },
  "BSE1008": {
    "type": "account_not_found",
    "status": 404,
    "retryable": false
  },
  "BSE1009": {
    "type": "concurrency_limit_exceeded",
    "status": 429,
    "retryable": true
  },
  "BSE2001": {
    "type": "invalid_input",
    "status": 400,
    "retryable": false
  },
  "BSE2002": {
    "type": "file_too_large",
    "status": 422,
    "retryable": false
  },
  "BSE2003": {
    "type": "file_too_small",
    "status": 422,
    "retryable": false
  },
  "BSE2004": {
    "type": "unsupported_file_format",
    "status": 422,
    "retryable": false
  },
  "BSE2005": {
    "type": "file_load_error",
    "status": 422,
    "retryable": false
  },
  "BSE2006": {
    "type": "content_policy_violation",
    "status": 422,
    "retryable": false
  },
  "BSE2007": {
    "type": "file_size_exceeded",
    "status": 422,
    "retryable": false
  },
  "BSE2008": {
    "type": "parameter_out_of_range",
    "status": 422,
    "retryable": false
  },
  "BSE2009": {
    "type": "file_download_error",
    "status": 422,
    "retryable": false
  },
  "BSE2015": {
    "type": "idempotency_error",
    "status": 409,
    "retryable": false
  },
  "BSE2016": {
    "type": "idempotency_error",
    "status": 409,
    "retryable": false
  },
  "BSE3001": {
    "type": "provider_error",
    "retryable": true
  },
  "BSE3002": {
    "type": "provider_timeout",
    "retryable": true
  },
  "BSE3003": {
    "type": "all_providers_failed",
    "status": 502,
    "retryable": true
  },
  "BSE4001": {
    "type": "generation_not_found",
    "status": 404,
    "retryable": false
  },
  "BSE4002": {
    "type": "model_not_found",
    "status": 404,
    "retryable": false
  },
  "BSE5000": {
    "type": "api_error",
    "status": 500,
    "retryable": true
  },
  "BSE5003": {
    "type": "service_unavailable",
    "status": 503,
    "retryable": true
  }
} as const;
/** An error code of the API (`BSE1004`, …). */
export type ErrorCode = keyof typeof errorCodes;

/** The scopes of each preset (`x-scope-presets`). */
export const scopePresets: Record<ApiKeyScopePreset, readonly ApiKeyScope[]> = {
  "full_access": [
    "generation:write",
    "generation:read",
    "generation:delete",
    "account:read",
    "health:read",
    "library:read"
  ],
  "generate_only": [
    "generation:write",
    "generation:read",
    "library:read"
  ],
  "read_only": [
    "generation:read",
    "account:read",
    "health:read",
    "library:read"
  ],
  "monitor_only": [
    "health:read",
    "library:read"
  ]
};
