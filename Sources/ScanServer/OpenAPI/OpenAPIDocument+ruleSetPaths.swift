extension OpenAPIDocument {
    /// `/api/v1/rulesets/**`: stored, versioned rule-set documents and their custom rules.
    static let ruleSetPaths = """
          /api/v1/rulesets:
            get:
              tags: [rulesets]
              operationId: listRuleSets
              summary: List rule sets
              description: "Role: viewer or above. Every rule set of the tenant, by name, without documents, in one page."
              x-required-role: viewer
              responses:
                "200":
                  description: The rule sets.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/RuleSetPage"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "500": {$ref: "#/components/responses/InternalError"}
            post:
              tags: [rulesets]
              operationId: createRuleSet
              summary: Create a rule set
              description: |
                Role: admin. Stores the document as version 1 after checking it (422 naming
                `document`, with line, column and key path). Audited as `ruleset.created`.
              x-required-role: admin
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/RuleSetCreate"}
              responses:
                "201":
                  description: The rule set with its document.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/RuleSet"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "409": {$ref: "#/components/responses/Conflict"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/rulesets/validate:
            post:
              tags: [rulesets]
              operationId: validateRuleSet
              summary: Check a rule-set document
              description: |
                Role: viewer or above. Answers 200 whether or not the document is valid; `errors`
                lists its problems. Nothing is stored.
              x-required-role: viewer
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/Document"}
              responses:
                "200":
                  description: The verdict.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/DocumentValidation"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/rulesets/{id}:
            parameters: [{$ref: "#/components/parameters/RuleSetID"}]
            get:
              tags: [rulesets]
              operationId: getRuleSet
              summary: Read a rule set
              description: "Role: viewer or above. With its latest document."
              x-required-role: viewer
              responses:
                "200":
                  description: The rule set.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/RuleSet"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
            patch:
              tags: [rulesets]
              operationId: updateRuleSet
              summary: Rename or describe a rule set
              description: |
                Role: admin. Changes `name` and `description` only; a `document` is refused with 422
                (add a version instead). The answer has no document. Audited as `ruleset.updated`.
              x-required-role: admin
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/RuleSetUpdate"}
              responses:
                "200":
                  description: The rule set, without its document.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/RuleSet"}
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
              tags: [rulesets]
              operationId: deleteRuleSet
              summary: Delete a rule set
              description: |
                Role: admin. Deletes the rule set and its versions; 409 while a scan definition
                follows it. Audited as `ruleset.deleted`.
              x-required-role: admin
              responses:
                "204": {description: Deleted.}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/rulesets/{id}/versions:
            parameters: [{$ref: "#/components/parameters/RuleSetID"}]
            get:
              tags: [rulesets]
              operationId: listRuleSetVersions
              summary: List a rule set's versions
              description: "Role: viewer or above. Every version with its document, in one page."
              x-required-role: viewer
              responses:
                "200":
                  description: The versions.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/RuleSetVersionPage"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
            post:
              tags: [rulesets]
              operationId: addRuleSetVersion
              summary: Add a version
              description: |
                Role: admin. Checks the document and stores it as the next version; definitions that
                follow the rule set get it copied in. Audited as `ruleset.version_added`.
              x-required-role: admin
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/Document"}
              responses:
                "201":
                  description: The new version.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/RuleSetVersion"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/rulesets/{id}/versions/{version}:
            parameters:
              - $ref: "#/components/parameters/RuleSetID"
              - name: version
                in: path
                required: true
                description: The version number, from 1.
                schema: {type: integer}
            get:
              tags: [rulesets]
              operationId: getRuleSetVersion
              summary: Read one version
              description: "Role: viewer or above."
              x-required-role: viewer
              responses:
                "200":
                  description: The version.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/RuleSetVersion"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
        """
}
