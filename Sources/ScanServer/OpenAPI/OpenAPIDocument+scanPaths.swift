extension OpenAPIDocument {
    /// `/api/v1/scans/**`: scan definitions, manual runs, pausing and the schedule's history.
    static let scanPaths = """
          /api/v1/scans:
            get:
              tags: [scans]
              operationId: listScans
              summary: List scan definitions
              description: "Role: viewer or above. Every definition of the tenant, by name, in one page."
              x-required-role: viewer
              parameters:
                - name: source_id
                  in: query
                  description: Only definitions over this source.
                  schema: {type: string}
              responses:
                "200":
                  description: The definitions.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/ScanDefinitionPage"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "500": {$ref: "#/components/responses/InternalError"}
            post:
              tags: [scans]
              operationId: createScan
              summary: Create a scan definition
              description: |
                Role: admin. The source and a stored rule set must exist in the tenant, the schedule
                must be valid and an inline rule set must parse (422 naming the field otherwise; 404
                when the source or rule set is deleted meanwhile). `next_run_at` is the schedule's
                first slot after now. Audited as `scan.created`.
              x-required-role: admin
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/ScanCreate"}
                    example:
                      name: nightly shares
                      source_id: 0b7e6a52-8f4c-4a51-9d0e-3f2b1c6d7e8f
                      schedule: {kind: daily, time: "02:30", time_zone: Europe/Paris}
              responses:
                "201":
                  description: The definition.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/ScanDefinition"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/scans/{id}:
            parameters: [{$ref: "#/components/parameters/ScanID"}]
            get:
              tags: [scans]
              operationId: getScan
              summary: Read a scan definition
              description: "Role: viewer or above."
              x-required-role: viewer
              responses:
                "200":
                  description: The definition.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/ScanDefinition"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
            patch:
              tags: [scans]
              operationId: updateScan
              summary: Change a scan definition
              description: |
                Role: admin. Only the fields sent change; checked as on creation. Audited as
                `scan.updated`.
              x-required-role: admin
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/ScanUpdate"}
              responses:
                "200":
                  description: The changed definition.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/ScanDefinition"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
            delete:
              tags: [scans]
              operationId: deleteScan
              summary: Delete a scan definition
              description: |
                Role: admin. Deletes the definition with its runs and findings; 409 while one of its
                runs is active. Audited as `scan.deleted`.
              x-required-role: admin
              responses:
                "204": {description: Deleted.}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/scans/{id}/trigger:
            parameters: [{$ref: "#/components/parameters/ScanID"}]
            post:
              tags: [scans]
              operationId: triggerScan
              summary: Start a run now
              description: |
                Role: operator or above. 201 with a new run, or 200 with the run already active (a
                definition never has two active runs); 409 when the definition is paused. Audited as
                `scan.triggered` when a run is created.
              x-required-role: operator
              responses:
                "200":
                  description: The run that was already active.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Run"}
                "201":
                  description: The new run.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Run"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/scans/{id}/pause:
            parameters: [{$ref: "#/components/parameters/ScanID"}]
            post:
              tags: [scans]
              operationId: pauseScan
              summary: Pause a scan definition
              description: |
                Role: operator or above. The scheduler skips a paused definition and it cannot be
                triggered; pausing twice is harmless. Audited as `scan.paused`.
              x-required-role: operator
              responses:
                "200":
                  description: The definition.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/ScanDefinition"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/scans/{id}/activate:
            parameters: [{$ref: "#/components/parameters/ScanID"}]
            post:
              tags: [scans]
              operationId: activateScan
              summary: Resume a paused scan definition
              description: |
                Role: operator or above. `next_run_at` is counted from now, so slots missed while
                paused do not fire. Audited as `scan.activated`.
              x-required-role: operator
              responses:
                "200":
                  description: The definition.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/ScanDefinition"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/scans/{id}/fires:
            parameters: [{$ref: "#/components/parameters/ScanID"}]
            get:
              tags: [scans]
              operationId: listScheduleFires
              summary: The schedule's history
              description: |
                Role: viewer or above. The slots the scheduler handled for this definition, newest
                first, started or skipped because the previous run was still active. One page of at
                most `limit`; there is no cursor.
              x-required-role: viewer
              parameters:
                - $ref: "#/components/parameters/Limit"
              responses:
                "200":
                  description: The slots.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/ScheduleFirePage"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
        """
}
