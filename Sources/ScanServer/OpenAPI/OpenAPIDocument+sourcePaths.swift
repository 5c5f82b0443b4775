extension OpenAPIDocument {
    /// `/api/v1/sources/**`: sources, their checks and their asset catalog.
    static let sourcePaths = """
          /api/v1/sources:
            get:
              tags: [sources]
              operationId: listSources
              summary: List sources
              description: "Role: viewer or above. Every source of the tenant, by name, in one page."
              x-required-role: viewer
              responses:
                "200":
                  description: The sources.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/SourcePage"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "500": {$ref: "#/components/responses/InternalError"}
            post:
              tags: [sources]
              operationId: createSource
              summary: Register a source
              description: "Role: admin. Audited as `source.created`."
              x-required-role: admin
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/SourceCreate"}
                    example: {name: shares, kind: filesystem, location: /srv/shares}
              responses:
                "201":
                  description: The source.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/DataSource"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "409": {$ref: "#/components/responses/Conflict"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/sources/{id}:
            parameters: [{$ref: "#/components/parameters/SourceID"}]
            get:
              tags: [sources]
              operationId: getSource
              summary: Read a source
              description: "Role: viewer or above."
              x-required-role: viewer
              responses:
                "200":
                  description: The source.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/DataSource"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
            patch:
              tags: [sources]
              operationId: updateSource
              summary: Change a source
              description: "Role: admin. Only the fields sent change. Audited as `source.updated`."
              x-required-role: admin
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/SourceUpdate"}
              responses:
                "200":
                  description: The changed source.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/DataSource"}
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
              tags: [sources]
              operationId: deleteSource
              summary: Delete a source
              description: |
                Role: admin. Deletes the source with its scan definitions, runs, findings and assets;
                409 while one of its runs is active. Audited as `source.deleted`.
              x-required-role: admin
              responses:
                "204": {description: Deleted.}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/sources/{id}/test:
            parameters: [{$ref: "#/components/parameters/SourceID"}]
            post:
              tags: [sources]
              operationId: testSource
              summary: Check a source's connection
              description: |
                Role: operator or above. Connects with the configured credential and answers 200 with
                the result whether or not the source answered. The result is kept in memory for
                `GET /sources/{id}/health`. Audited as `source.tested`.
              x-required-role: operator
              responses:
                "200":
                  description: The result of the check.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/SourceHealth"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/sources/{id}/health:
            parameters: [{$ref: "#/components/parameters/SourceID"}]
            get:
              tags: [sources]
              operationId: getSourceHealth
              summary: A source's latest check and run
              description: "Role: viewer or above. The latest connection check since the server started and the newest run."
              x-required-role: viewer
              responses:
                "200":
                  description: The report.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/SourceHealthReport"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/sources/{id}/assets:
            parameters: [{$ref: "#/components/parameters/SourceID"}]
            get:
              tags: [sources]
              operationId: listAssets
              summary: Browse a source's asset tree
              description: "Role: viewer or above. The direct children of `parent`, or the top level without it, in one page."
              x-required-role: viewer
              parameters:
                - name: parent
                  in: query
                  description: The path of the asset whose children to list.
                  schema: {type: string}
              responses:
                "200":
                  description: The assets.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/AssetPage"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/sources/{id}/asset:
            parameters: [{$ref: "#/components/parameters/SourceID"}]
            get:
              tags: [sources]
              operationId: getAsset
              summary: Read one asset
              description: "Role: viewer or above. The asset at `path`, with its classifications."
              x-required-role: viewer
              parameters:
                - name: path
                  in: query
                  required: true
                  description: The asset's path.
                  schema: {type: string}
              responses:
                "200":
                  description: The asset.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Asset"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
        """
}
