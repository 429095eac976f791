// Argument constraints of the BabySea API. Generated from openapi/ by `npm run generate`. Do not edit by hand.

/** Argument constraints per operation ("METHOD /path"), read from the spec: what the SDK checks before sending. */
export const operations = {
  "GET /v1/status": {
    "operationId": "status",
    "params": {}
  },
  "GET /v1/usage": {
    "operationId": "usage",
    "params": {
      "query": {
        "days": {
          "required": false,
          "type": "integer",
          "minimum": 1,
          "maximum": 90
        }
      }
    }
  },
  "GET /v1/user/account": {
    "operationId": "account",
    "params": {}
  },
  "GET /v1/user/billing": {
    "operationId": "billing",
    "params": {}
  },
  "GET /v1/library/providers": {
    "operationId": "libraryProviders",
    "params": {}
  },
  "GET /v1/library/models": {
    "operationId": "libraryModels",
    "params": {}
  },
  "GET /v1/health/inference/providers": {
    "operationId": "healthProviders",
    "params": {}
  },
  "GET /v1/health/inference/models": {
    "operationId": "healthModels",
    "params": {}
  },
  "GET /v1/health/storage": {
    "operationId": "healthStorage",
    "params": {}
  },
  "GET /v1/health/cache": {
    "operationId": "healthCache",
    "params": {}
  },
  "GET /v1/estimate/{model_owner}/{model_name}": {
    "operationId": "estimate",
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
          "required": false,
          "type": "integer"
        },
        "duration": {
          "required": false,
          "type": "integer",
          "minimum": 1
        },
        "resolution": {
          "required": false,
          "type": "string",
          "pattern": "^[0-9]{3,4}p$"
        },
        "audio": {
          "required": false,
          "type": "boolean"
        }
      }
    }
  },
  "POST /v1/content/generation/cancel/{generation_id}": {
    "operationId": "cancelGeneration",
    "params": {
      "path": {
        "generation_id": {
          "required": true,
          "type": "string",
          "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
        }
      }
    }
  },
  "GET /v1/content/list": {
    "operationId": "listGenerations",
    "params": {
      "query": {
        "limit": {
          "required": false,
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        },
        "offset": {
          "required": false,
          "type": "integer",
          "minimum": 0
        }
      }
    }
  },
  "GET /v1/content/{generation_id}": {
    "operationId": "getGeneration",
    "params": {
      "path": {
        "generation_id": {
          "required": true,
          "type": "string",
          "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
        }
      }
    }
  },
  "DELETE /v1/content/{generation_id}": {
    "operationId": "deleteGeneration",
    "params": {
      "path": {
        "generation_id": {
          "required": true,
          "type": "string",
          "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
        }
      }
    }
  },
  "POST /v1/generate/image/{model_owner}/{model_name}": {
    "operationId": "generateImage",
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
          "required": false,
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
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "fastest",
                "replicate",
                "fal, replicate",
                "replicate, fal",
                "bfl, replicate",
                "openai, replicate",
                "runway, replicate",
                "alibabacloud, replicate, fal",
                "bfl, replicate, cloudflare",
                "bfl, replicate, fal",
                "byteplus, replicate, fal",
                "byteplus, fal, replicate",
                "openai, replicate, fal",
                "replicate, fal, cloudflare",
                "cloudflare, replicate, fal"
              ]
            },
            {
              "type": "string",
              "pattern": "^(fastest|[a-z0-9]+(, [a-z0-9]+)*)$"
            }
          ]
        }
      }
    }
  },
  "POST /v1/generate/video/{model_owner}/{model_name}": {
    "operationId": "generateVideo",
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
          "required": false,
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
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "fastest",
                "replicate",
                "fal, replicate",
                "replicate, fal",
                "byteplus, replicate, fal",
                "byteplus, fal, replicate"
              ]
            },
            {
              "type": "string",
              "pattern": "^(fastest|(?!cloudflare)[a-z0-9]+(, [a-z0-9]+)*)$"
            }
          ]
        }
      }
    }
  }
} as const;
