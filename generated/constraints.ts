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
