extension OpenAPIDocument {
    /// `/api/v1/findings/**` and `/api/v1/stats`.
    static let findingPaths = """
          /api/v1/findings:
            get:
              tags: [findings]
              operationId: listFindings
              summary: List findings
              description: |
                Role: viewer or above. Oldest first by id. When the page is full, `next_cursor` is
                the last finding's id: pass it as `after` for the next page.
              x-required-role: viewer
              parameters:
                - name: scan_id
                  in: query
                  description: Only findings of this definition.
                  schema: {type: string}
                - name: run_id
                  in: query
                  description: Only findings last seen by this run.
                  schema: {type: string}
                - name: source_id
                  in: query
                  description: Only findings of definitions over this source.
                  schema: {type: string}
                - name: status
                  in: query
                  schema: {type: string, enum: [open, fixed]}
                - name: severity
                  in: query
                  description: Only findings at or above this severity.
                  schema: {$ref: "#/components/schemas/Severity"}
                - name: rule_id
                  in: query
                  schema: {type: string}
                - name: category
                  in: query
                  schema: {$ref: "#/components/schemas/RuleCategory"}
                - name: path_prefix
                  in: query
                  description: Only findings whose asset path starts with this text (no wildcards).
                  schema: {type: string}
                - name: triage
                  in: query
                  description: "`untriaged`, one triage state, or `any` (the default)."
                  schema: {type: string, enum: [any, untriaged, false_positive, accepted_risk, ignored]}
                - name: after
                  in: query
                  description: Only findings with an id above this (the cursor).
                  schema: {type: integer, format: int64, minimum: 0}
                - $ref: "#/components/parameters/Limit"
              responses:
                "200":
                  description: The findings.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/FindingPage"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/findings/triage:
            post:
              tags: [findings]
              operationId: triageFindings
              summary: Triage many findings
              description: |
                Role: operator or above. Sets (or with `none` clears) the triage of up to 1,000
                findings; ids not in the tenant are listed in `not_found`. One `finding.triaged`
                audit event per finding updated.
              x-required-role: operator
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/BulkTriageInput"}
                    example: {ids: [12, 13], state: false_positive, reason: test fixtures}
              responses:
                "200":
                  description: The ids updated and not found.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/BulkTriageResult"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/findings/{id}:
            parameters: [{$ref: "#/components/parameters/FindingID"}]
            get:
              tags: [findings]
              operationId: getFinding
              summary: Read a finding
              description: "Role: viewer or above."
              x-required-role: viewer
              responses:
                "200":
                  description: The finding.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Finding"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/findings/{id}/triage:
            parameters: [{$ref: "#/components/parameters/FindingID"}]
            post:
              tags: [findings]
              operationId: triageFinding
              summary: Triage a finding
              description: |
                Role: operator or above. Sets the triage with a reason, or clears it with `none`.
                Audited as `finding.triaged` with the state and reason.
              x-required-role: operator
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/TriageInput"}
                    example: {state: accepted_risk, reason: "sample data, rotated"}
              responses:
                "200":
                  description: The finding.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Finding"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/stats:
            get:
              tags: [stats]
              operationId: getStats
              summary: Totals for dashboards
              description: |
                Role: viewer or above. Open findings by severity, category and source, findings by
                triage state, assets by classification and runs by status.
              x-required-role: viewer
              responses:
                "200":
                  description: The totals.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Stats"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "500": {$ref: "#/components/responses/InternalError"}
        """

    /// `/api/v1/audit` and `/api/v1/tokens/**`: administrators only.
    static let accessPaths = """
          /api/v1/audit:
            get:
              tags: [audit]
              operationId: listAuditEvents
              summary: The audit log
              description: |
                Role: admin. Newest first. When the page is full, `next_cursor` is the last event's
                id: pass it as `before` for the next page.
              x-required-role: admin
              parameters:
                - name: action
                  in: query
                  description: Only events whose action starts with this (`run.`, `finding.triage`).
                  schema: {type: string}
                - name: actor
                  in: query
                  description: "Only events by this actor (`token:<name>`)."
                  schema: {type: string}
                - name: target
                  in: query
                  description: Only events about this object id.
                  schema: {type: string}
                - name: before
                  in: query
                  description: Only events with an id below this (the cursor).
                  schema: {type: integer, format: int64, minimum: 0}
                - $ref: "#/components/parameters/Limit"
              responses:
                "200":
                  description: The events.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/AuditEventPage"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/tokens:
            get:
              tags: [tokens]
              operationId: listTokens
              summary: List tokens
              description: "Role: admin. Every token of the tenant, newest first, without secrets, in one page."
              x-required-role: admin
              responses:
                "200":
                  description: The tokens.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/TokenPage"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "500": {$ref: "#/components/responses/InternalError"}
            post:
              tags: [tokens]
              operationId: createToken
              summary: Create a token
              description: |
                Role: admin. The token belongs to the caller's tenant. The answer holds the secret,
                which is shown nowhere else. Audited as `token.created`.
              x-required-role: admin
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/TokenCreate"}
                    example: {name: ci, role: operator, expires_at: "2027-01-01T00:00:00Z"}
              responses:
                "201":
                  description: The token with its secret.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Token"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "409": {$ref: "#/components/responses/Conflict"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/tokens/{id}:
            parameters: [{$ref: "#/components/parameters/TokenID"}]
            delete:
              tags: [tokens]
              operationId: revokeToken
              summary: Revoke a token
              description: |
                Role: admin. Answers 200 with the revoked token; revoking twice is harmless. Audited
                as `token.revoked`.
              x-required-role: admin
              responses:
                "200":
                  description: The revoked token.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Token"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
        """
}
