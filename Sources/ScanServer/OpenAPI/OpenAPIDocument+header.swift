extension OpenAPIDocument {
    /// `openapi`, `info`, `servers`, the default security and the tags; ends with `paths:`.
    static let header = """
        openapi: "3.1.0"
        info:
          title: ScanLogic API
          version: "1"
          summary: Scan orchestration for sensitive data in files and databases.
          description: |
            Version 1 of the ScanLogic HTTP API. Every route under `/api/v1` needs a bearer token
            (`Authorization: Bearer slk_...`) whose role allows the operation: `viewer` reads,
            `operator` also triggers, pauses, activates and cancels scans, tests sources, triages
            findings and ingests reports, `admin` may do everything in its tenant, `agent` may only
            register, send heartbeats, run the jobs of sources placed on agents and ingest. Each
            operation names the least role in `x-required-role`, and `x-agent-allowed` marks the
            operations an agent token may also call. A token sees only its own tenant;
            another tenant's object answers 404 exactly like a missing one.

            Bodies are JSON objects with snake_case fields; an unknown field is rejected with 422
            naming it. Responses use snake_case keys and ISO 8601 dates; optional fields without a
            value are left out. Errors are `application/problem+json` (RFC 9457) with the request id,
            which every response also carries in `X-Request-ID`.
          license:
            name: Proprietary
            identifier: LicenseRef-Proprietary
        servers:
          - url: http://127.0.0.1:8080
            description: "`scanlogic serve` with its default address"
        security:
          - bearerAuth: []
        tags:
          - name: operations
            description: Public liveness, readiness, metrics and this document.
          - name: sources
            description: Data sources and their asset catalog.
          - name: scans
            description: Scan definitions, their schedules and manual runs.
          - name: runs
            description: Runs, their per-object outcomes and live events.
          - name: rulesets
            description: Stored, versioned rule-set documents and their custom rules.
          - name: classifiers
            description: Built-in classifiers and rule tests.
          - name: findings
            description: Deduplicated findings and their triage.
          - name: stats
            description: Totals for dashboards.
          - name: audit
            description: The tenant's audit log.
          - name: tokens
            description: API tokens of the tenant.
          - name: limits
            description: Tenant-wide limits on the work that workers run.
          - name: ingest
            description: Other scanners' reports (SARIF 2.1.0, the native format) stored as runs.
          - name: agents
            description: |
              Agents near the data register with an agent token, send heartbeats and run the jobs of
              sources placed on agents (`runs_on: agent`) over a protocol internal to ScanLogic.
        paths:
        """

    /// `/healthz`, `/readyz`, `/metrics` and `/openapi.json`: public, no token.
    static let operationsPaths = """
          /healthz:
            get:
              tags: [operations]
              operationId: getHealth
              summary: Liveness
              description: 200 while the process runs. Public, no token.
              security: []
              responses:
                "200":
                  description: The process runs.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Status"}
                      example: {status: ok}
          /readyz:
            get:
              tags: [operations]
              operationId: getReadiness
              summary: Readiness
              description: 200 when the store answers and the process is not draining, else 503. Public, no token.
              security: []
              responses:
                "200":
                  description: Ready to serve.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Status"}
                      example: {status: ready}
                "503": {$ref: "#/components/responses/ServiceUnavailable"}
          /metrics:
            get:
              tags: [operations]
              operationId: getMetrics
              summary: Prometheus metrics
              description: Metrics in the Prometheus text format, sampled on scrape. Public, no token.
              security: []
              responses:
                "200":
                  description: The metrics.
                  content:
                    text/plain:
                      schema: {type: string}
          /openapi.json:
            get:
              tags: [operations]
              operationId: getOpenAPIDocument
              summary: This document
              description: The OpenAPI 3.1 document of the API as JSON. Public, no token.
              security: []
              responses:
                "200":
                  description: The document.
                  content:
                    application/json:
                      schema: {type: object}
        """
}
