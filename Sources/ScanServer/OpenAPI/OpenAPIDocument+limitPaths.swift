extension OpenAPIDocument {
    /// `/api/v1/limits`: the tenant-wide limits.
    static let limitPaths = """
          /api/v1/limits:
            get:
              tags: [limits]
              operationId: getLimits
              summary: Read the tenant's limits
              description: |
                Role: viewer or above. `max_concurrency` is left out when the tenant has no cap.
              x-required-role: viewer
              responses:
                "200":
                  description: The limits.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/TenantLimits"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "500": {$ref: "#/components/responses/InternalError"}
            put:
              tags: [limits]
              operationId: setLimits
              summary: Set the tenant's limits
              description: |
                Role: admin. `max_concurrency` caps the jobs touching the tenant's sources
                (enumerations and scans) that run at once across every worker, on top of each
                source's own `max_concurrency`; `null` removes the cap. The field is required.
                Audited as `limits.updated`.
              x-required-role: admin
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/TenantLimitsUpdate"}
                    example: {max_concurrency: 8}
              responses:
                "200":
                  description: The limits now in force.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/TenantLimits"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
        """
}
