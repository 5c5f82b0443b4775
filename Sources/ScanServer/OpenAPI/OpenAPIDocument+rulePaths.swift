extension OpenAPIDocument {
    /// `/api/v1/rulesets/{id}/rules/**`, `/api/v1/rules/test` and `/api/v1/classifiers/**`.
    static let rulePaths = """
          /api/v1/rulesets/{id}/rules:
            parameters: [{$ref: "#/components/parameters/RuleSetID"}]
            get:
              tags: [rulesets]
              operationId: listCustomRules
              summary: List the custom rules of the latest version
              description: "Role: viewer or above. In document order, in one page."
              x-required-role: viewer
              responses:
                "200":
                  description: The rules.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/CustomRulePage"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
            post:
              tags: [rulesets]
              operationId: addCustomRule
              summary: Add a custom rule
              description: |
                Role: admin. Appends the rule to the latest document's `custom_rules`, checks the
                result and stores it as the next version (the rewrite drops the document's comments).
                409 when a rule has that id. Audited as `ruleset.rule_added`.
              x-required-role: admin
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/CustomRuleInput"}
              responses:
                "201":
                  description: The rule and the new version.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/CustomRuleChange"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/rulesets/{id}/rules/{rule_id}:
            parameters:
              - $ref: "#/components/parameters/RuleSetID"
              - $ref: "#/components/parameters/RuleID"
            get:
              tags: [rulesets]
              operationId: getCustomRule
              summary: Read a custom rule
              description: "Role: viewer or above."
              x-required-role: viewer
              responses:
                "200":
                  description: The rule.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/CustomRule"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
            put:
              tags: [rulesets]
              operationId: replaceCustomRule
              summary: Replace a custom rule
              description: |
                Role: admin. Replaces the rule in place and stores the next version. Audited as
                `ruleset.rule_updated`.
              x-required-role: admin
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/CustomRuleInput"}
              responses:
                "200":
                  description: The rule and the new version.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/CustomRuleChange"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
            delete:
              tags: [rulesets]
              operationId: deleteCustomRule
              summary: Delete a custom rule
              description: |
                Role: admin. Removes the rule and stores the next version; answers 200 with the new
                version (no `rule`). Audited as `ruleset.rule_deleted`.
              x-required-role: admin
              responses:
                "200":
                  description: The new version.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/CustomRuleChange"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/rules/test:
            post:
              tags: [classifiers]
              operationId: testRule
              summary: Run one rule over a text
              description: |
                Role: viewer or above. Runs a built-in classifier, or a rule of the given document,
                over `text` and answers with redacted matches; 404 for an unknown rule.
              x-required-role: viewer
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/RuleTestInput"}
                    example: {rule_id: financial.credit_card, text: "card 4111 1111 1111 1111"}
              responses:
                "200":
                  description: The matches.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/RuleTestResult"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/classifiers:
            get:
              tags: [classifiers]
              operationId: listClassifiers
              summary: List built-in classifiers
              description: "Role: viewer or above. Summaries, in one page."
              x-required-role: viewer
              parameters:
                - name: category
                  in: query
                  description: Only classifiers of this category.
                  schema: {$ref: "#/components/schemas/RuleCategory"}
              responses:
                "200":
                  description: The classifiers.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/ClassifierPage"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/classifiers/{id}:
            parameters: [{$ref: "#/components/parameters/ClassifierID"}]
            get:
              tags: [classifiers]
              operationId: getClassifier
              summary: Read a built-in classifier
              description: "Role: viewer or above. With how it matches; never its allow list."
              x-required-role: viewer
              responses:
                "200":
                  description: The classifier.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Classifier"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
        """
}
