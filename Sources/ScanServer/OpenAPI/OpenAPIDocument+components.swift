extension OpenAPIDocument {
    /// `components`: the security scheme, shared parameters, headers and error responses;
    /// ends with `schemas:`, which the schema fragments continue.
    static let components = """
        components:
          securitySchemes:
            bearerAuth:
              type: http
              scheme: bearer
              bearerFormat: slk_ token
              description: |
                An API token secret, shown once when the token is created (`POST /api/v1/tokens` or
                `scanlogic admin token create`). The server keeps only its SHA-256.
          headers:
            X-Request-ID:
              description: The request id; the caller's own when it sent a plain one of up to 64 characters.
              schema: {type: string}
          parameters:
            Limit:
              name: limit
              in: query
              description: Page size, 1 to 500.
              schema: {type: integer, minimum: 1, maximum: 500, default: 100}
            SourceID:
              name: id
              in: path
              required: true
              description: The source id.
              schema: {type: string}
            ScanID:
              name: id
              in: path
              required: true
              description: The scan definition id.
              schema: {type: string}
            RunID:
              name: id
              in: path
              required: true
              description: The run id.
              schema: {type: string}
            RuleSetID:
              name: id
              in: path
              required: true
              description: The rule set id.
              schema: {type: string}
            RuleID:
              name: rule_id
              in: path
              required: true
              description: The id of a custom rule of the rule set.
              schema: {type: string}
            FindingID:
              name: id
              in: path
              required: true
              description: The finding id.
              schema: {type: integer, format: int64}
            TokenID:
              name: id
              in: path
              required: true
              description: The token id.
              schema: {type: string}
            ClassifierID:
              name: id
              in: path
              required: true
              description: The classifier id, such as `secret.aws_access_key`.
              schema: {type: string}
            LastEventIDHeader:
              name: Last-Event-ID
              in: header
              description: Resume after this event id; sent by an `EventSource` that reconnects.
              schema: {type: integer, format: int64, minimum: 0}
            LastEventID:
              name: last_event_id
              in: query
              description: As the `Last-Event-ID` header, which wins when both are sent.
              schema: {type: integer, format: int64}
            MaxEvents:
              name: max_events
              in: query
              description: End the stream after this many messages, snapshots included.
              schema: {type: integer, minimum: 1}
            MaxDuration:
              name: max_duration
              in: query
              description: End the stream after this many seconds.
              schema: {type: number, exclusiveMinimum: 0, maximum: 86400}
            IngestScan:
              name: scan
              in: query
              description: |
                The scan definition the report belongs to, by id or name. Send either `scan`, or
                `source` with `asset`; anything else is 400.
              schema: {type: string}
            IngestSource:
              name: source
              in: query
              description: |
                With `asset`: the source, by id or name, whose asset the report covers. The report
                goes to the source's definition `ingest:<source name>`, made on first use.
              schema: {type: string}
            IngestAsset:
              name: asset
              in: query
              description: |
                With `source`: the path of an asset of the source's catalog (`repos/app`); reported
                paths are placed under it, and only findings under it can be fixed.
              schema: {type: string}
            IngestRoot:
              name: root
              in: query
              description: |
                The checkout directory as the tool saw it (`/builds/app`); reported paths under it
                are made relative to it.
              schema: {type: string}
          responses:
            BadRequest:
              description: A malformed query parameter or body (not JSON, not an object).
              headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
              content:
                application/problem+json:
                  schema: {$ref: "#/components/schemas/Problem"}
                  example:
                    type: about:blank
                    title: Bad Request
                    status: 400
                    detail: "'limit' must be between 1 and 500"
                    field: limit
                    instance: /api/v1/runs
                    request_id: 6f1c2a8e-3d4b-4f0a-9c2e-7b5d1e8a9f00
            Unauthorized:
              description: No bearer token, or one that is unknown, expired or revoked.
              headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
              content:
                application/problem+json:
                  schema: {$ref: "#/components/schemas/Problem"}
            Forbidden:
              description: The token's role may not do this.
              headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
              content:
                application/problem+json:
                  schema: {$ref: "#/components/schemas/Problem"}
            NotFound:
              description: No such object in the caller's tenant.
              headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
              content:
                application/problem+json:
                  schema: {$ref: "#/components/schemas/Problem"}
            Conflict:
              description: The change clashes with the current state (a duplicate name, an active run).
              headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
              content:
                application/problem+json:
                  schema: {$ref: "#/components/schemas/Problem"}
            ContentTooLarge:
              description: The body is larger than 1 MiB.
              headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
              content:
                application/problem+json:
                  schema: {$ref: "#/components/schemas/Problem"}
            UnsupportedMediaType:
              description: The body was sent with a content type other than JSON.
              headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
              content:
                application/problem+json:
                  schema: {$ref: "#/components/schemas/Problem"}
            UnprocessableContent:
              description: A field is unknown, missing, of the wrong type or invalid; `field` names it.
              headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
              content:
                application/problem+json:
                  schema: {$ref: "#/components/schemas/Problem"}
                  example:
                    type: about:blank
                    title: Invalid Field
                    status: 422
                    detail: "schedule.time: '25:00' is not a time HH:MM from 00:00 to 23:59"
                    field: schedule.time
                    instance: /api/v1/scans
                    request_id: 6f1c2a8e-3d4b-4f0a-9c2e-7b5d1e8a9f00
            ReportTooLarge:
              description: |
                The report is larger than the server's byte limit (64 MiB by default), or holds more
                results than its result limit (200,000 by default, over every run of the file).
              headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
              content:
                application/problem+json:
                  schema: {$ref: "#/components/schemas/Problem"}
                  example:
                    type: about:blank
                    title: Content Too Large
                    status: 413
                    detail: the file has 250000 results; the limit is 200000
                    instance: /api/v1/ingest/sarif
                    request_id: 6f1c2a8e-3d4b-4f0a-9c2e-7b5d1e8a9f00
            InvalidReport:
              description: |
                The body is not a valid report of its format; `detail` names the member at fault.
                Nothing of the report is kept.
              headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
              content:
                application/problem+json:
                  schema: {$ref: "#/components/schemas/Problem"}
                  example:
                    type: about:blank
                    title: Invalid Input
                    status: 422
                    detail: "invalid SARIF: runs[0].results[0].message: required member missing"
                    instance: /api/v1/ingest/sarif
                    request_id: 6f1c2a8e-3d4b-4f0a-9c2e-7b5d1e8a9f00
            IngestUnavailable:
              description: |
                The server has no hash key (on a shared PostgreSQL store, `SCANLOGIC_HASH_KEY` is unset),
                which ingest needs to hash reported code.
              headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
              content:
                application/problem+json:
                  schema: {$ref: "#/components/schemas/Problem"}
            InternalError:
              description: The server failed; the detail is generic, quote the request id.
              headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
              content:
                application/problem+json:
                  schema: {$ref: "#/components/schemas/Problem"}
            ServiceUnavailable:
              description: Draining, or the store does not answer.
              headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
              content:
                application/problem+json:
                  schema: {$ref: "#/components/schemas/Problem"}
            EventStream:
              description: |
                Server-Sent Events, sent with `Cache-Control: no-cache`. Each message has an `id` (the
                event id, the resume point), an `event` (the kind) and one line of JSON `data`, an
                `EventMessage` (see `x-event-data`).
              content:
                text/event-stream:
                  schema: {type: string}
                  x-event-data: {$ref: "#/components/schemas/EventMessage"}
                  example: |
                    id: 42
                    event: run.progress
                    data: {"at":"2026-01-05T02:30:04Z","id":42,"kind":"run.progress","run":{...},"run_id":"..."}

          schemas:
        """
}
