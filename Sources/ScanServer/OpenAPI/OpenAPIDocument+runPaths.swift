extension OpenAPIDocument {
    /// `/api/v1/runs/**` and `/api/v1/events`: runs, their objects and live events.
    static let runPaths = """
          /api/v1/runs:
            get:
              tags: [runs]
              operationId: listRuns
              summary: List runs
              description: |
                Role: viewer or above. Newest first. When the page is full, `next_cursor` is the last
                run's id: pass it as `before` for the next page.
              x-required-role: viewer
              parameters:
                - name: scan_id
                  in: query
                  description: Only runs of this definition.
                  schema: {type: string}
                - name: source_id
                  in: query
                  description: Only runs of definitions over this source.
                  schema: {type: string}
                - name: status
                  in: query
                  description: Only runs in these states, comma-separated (`pending,running`).
                  schema: {type: string, examples: ["pending,running"]}
                - name: before
                  in: query
                  description: Only runs older than this run (the cursor).
                  schema: {type: string}
                - $ref: "#/components/parameters/Limit"
              responses:
                "200":
                  description: The runs.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/RunPage"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/runs/{id}:
            parameters: [{$ref: "#/components/parameters/RunID"}]
            get:
              tags: [runs]
              operationId: getRun
              summary: Read a run
              description: "Role: viewer or above."
              x-required-role: viewer
              responses:
                "200":
                  description: The run with its progress.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Run"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/runs/{id}/cancel:
            parameters: [{$ref: "#/components/parameters/RunID"}]
            post:
              tags: [runs]
              operationId: cancelRun
              summary: Cancel a run
              description: |
                Role: operator or above. Asks the run to stop; 409 when it has already ended.
                Audited as `run.cancelled`.
              x-required-role: operator
              responses:
                "200":
                  description: The run.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Run"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/runs/{id}/objects:
            parameters: [{$ref: "#/components/parameters/RunID"}]
            get:
              tags: [runs]
              operationId: listRunObjects
              summary: A run's per-object outcomes
              description: |
                Role: viewer or above. By path, paged by position: `next_cursor` is the next `offset`.
              x-required-role: viewer
              parameters:
                - $ref: "#/components/parameters/Limit"
                - name: offset
                  in: query
                  description: How many records to skip (the cursor).
                  schema: {type: integer, minimum: 0, default: 0}
              responses:
                "200":
                  description: The records.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/ObjectRecordPage"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/runs/{id}/events:
            parameters: [{$ref: "#/components/parameters/RunID"}]
            get:
              tags: [runs]
              operationId: streamRunEvents
              summary: Live events of a run (SSE)
              description: |
                Role: viewer or above. A `text/event-stream` of the run's events. Without a resume
                point it starts with a `run.snapshot` of the current state whose id is the last
                stored event it reflects; with `Last-Event-ID` (or `last_event_id`) it sends exactly
                the stored events after that id, in order. The stream ends after the first message
                showing the run ended, at `max_events` or `max_duration`, and sends a `: keep-alive`
                comment after 15 idle seconds.
              x-required-role: viewer
              parameters:
                - $ref: "#/components/parameters/LastEventIDHeader"
                - $ref: "#/components/parameters/LastEventID"
                - $ref: "#/components/parameters/MaxEvents"
                - $ref: "#/components/parameters/MaxDuration"
              responses:
                "200":
                  $ref: "#/components/responses/EventStream"
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/events:
            get:
              tags: [runs]
              operationId: streamEvents
              summary: Live events of every run of the tenant (SSE)
              description: |
                Role: viewer or above. As `GET /runs/{id}/events` for every run of the tenant. Without
                a resume point it starts with one `run.snapshot` per active run. It does not end when
                a run ends.
              x-required-role: viewer
              parameters:
                - $ref: "#/components/parameters/LastEventIDHeader"
                - $ref: "#/components/parameters/LastEventID"
                - $ref: "#/components/parameters/MaxEvents"
                - $ref: "#/components/parameters/MaxDuration"
              responses:
                "200":
                  $ref: "#/components/responses/EventStream"
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "500": {$ref: "#/components/responses/InternalError"}
        """
}
