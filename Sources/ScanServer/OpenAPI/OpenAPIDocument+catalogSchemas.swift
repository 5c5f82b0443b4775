extension OpenAPIDocument {
    /// Schemas of findings, assets, rule sets, classifiers, statistics, audit events and tokens.
    static let catalogSchemas = """
            Detection:
              type: object
              description: What was found; never the matched value, only its keyed hash and a redacted preview.
              required: [fingerprint, rule_id, category, severity, asset_path, value_hash, preview, confidence]
              properties:
                fingerprint: {type: string}
                rule_id: {type: string}
                category: {$ref: "#/components/schemas/RuleCategory"}
                severity: {$ref: "#/components/schemas/Severity"}
                asset_path: {type: string}
                line: {type: integer}
                column: {type: integer}
                value_hash: {type: string}
                preview: {type: string}
                confidence: {type: number}
            FindingTriage:
              type: object
              required: [state, reason, actor, at]
              properties:
                state: {$ref: "#/components/schemas/TriageState"}
                reason: {type: string}
                actor: {type: string, description: "`token:<name>` of the token that triaged it."}
                at: {type: string, format: date-time}
            Finding:
              type: object
              description: |
                A deduplicated finding of a definition, from ScanLogic's scans (`tool: scanlogic`) or from
                another scanner's ingested reports (`detection.category: code`).
              required: [id, tenant_id, definition_id, detection, status, last_change, first_seen_run,
                last_seen_run, first_seen_at, last_seen_at, tool, tags]
              properties:
                id: {type: integer, format: int64}
                tenant_id: {type: string}
                definition_id: {type: string}
                detection: {$ref: "#/components/schemas/Detection"}
                status: {type: string, enum: [open, fixed]}
                last_change: {type: string, enum: [new, unchanged, fixed, reopened]}
                first_seen_run: {type: string}
                last_seen_run: {type: string}
                first_seen_at: {type: string, format: date-time}
                last_seen_at: {type: string, format: date-time}
                triage: {$ref: "#/components/schemas/FindingTriage"}
                tool: {type: string, description: "The reporting tool: `scanlogic` for ScanLogic's own scans."}
                message: {type: string, description: "The reporting tool's message, masked; absent for `scanlogic`."}
                end_line: {type: integer, description: The last line of the flagged region, when the tool gives one.}
                tags:
                  type: array
                  items: {type: string}
                  description: "The tool's tags (`external/cwe/cwe-78`, `CWE-89`); empty for `scanlogic`."
            TriageInput:
              type: object
              additionalProperties: false
              required: [state]
              properties:
                state:
                  type: string
                  enum: [false_positive, accepted_risk, ignored, none]
                  description: "`none` clears the triage."
                reason: {type: string, maxLength: 1000, description: Required unless `state` is `none`.}
            BulkTriageInput:
              type: object
              additionalProperties: false
              required: [ids, state]
              properties:
                ids: {type: array, items: {type: integer, format: int64}, minItems: 1, maxItems: 1000}
                state: {type: string, enum: [false_positive, accepted_risk, ignored, none]}
                reason: {type: string, maxLength: 1000, description: Required unless `state` is `none`.}
            BulkTriageResult:
              type: object
              required: [updated, not_found]
              properties:
                updated: {type: array, items: {type: integer, format: int64}}
                not_found: {type: array, items: {type: integer, format: int64}}
            Classification:
              type: object
              required: [rule_id, category, confidence, explanation]
              properties:
                rule_id: {type: string}
                category: {$ref: "#/components/schemas/RuleCategory"}
                confidence: {type: number}
                explanation: {type: string}
            Asset:
              type: object
              required: [source_id, path, kind, has_children, classifications, first_seen_run, last_seen_run,
                first_seen_at, last_seen_at]
              properties:
                source_id: {type: string}
                path: {type: string}
                parent_path: {type: string}
                kind: {$ref: "#/components/schemas/AssetKind"}
                has_children: {type: boolean, description: "True for sources, directories, schemas and tables."}
                size: {type: integer, format: int64}
                data_type: {type: string}
                classifications: {type: array, items: {$ref: "#/components/schemas/Classification"}}
                first_seen_run: {type: string}
                last_seen_run: {type: string}
                first_seen_at: {type: string, format: date-time}
                last_seen_at: {type: string, format: date-time}
                last_outcome: {type: string}
            RuleSet:
              type: object
              required: [id, name, description, latest_version, created_at, updated_at]
              properties:
                id: {type: string}
                name: {type: string}
                description: {type: string}
                latest_version: {type: integer}
                created_at: {type: string, format: date-time}
                updated_at: {type: string, format: date-time}
                document: {type: string, description: The latest version's YAML; only in single reads and creation.}
            RuleSetCreate:
              type: object
              additionalProperties: false
              required: [name, document]
              properties:
                name: {type: string, minLength: 1, maxLength: 100}
                description: {type: string, maxLength: 1000}
                document: {type: string, description: A rule-set YAML document of at most 256 KiB.}
            RuleSetUpdate:
              type: object
              additionalProperties: false
              description: "`document` is refused here; add a version instead."
              properties:
                name: {type: string, minLength: 1, maxLength: 100}
                description: {type: string, maxLength: 1000}
            Document:
              type: object
              additionalProperties: false
              required: [document]
              properties:
                document: {type: string}
            RuleSetVersion:
              type: object
              required: [rule_set_id, version, document, created_by, created_at]
              properties:
                rule_set_id: {type: string}
                version: {type: integer}
                document: {type: string}
                created_by: {type: string}
                created_at: {type: string, format: date-time}
            DocumentProblem:
              type: object
              required: [message]
              properties:
                message: {type: string}
                line: {type: integer}
                column: {type: integer}
                path: {type: string, description: "The key path, such as `custom_rules[0].regex`."}
            DocumentValidation:
              type: object
              required: [valid, errors]
              properties:
                valid: {type: boolean}
                errors: {type: array, items: {$ref: "#/components/schemas/DocumentProblem"}}
            CustomRule:
              type: object
              required: [id, name, category, severity, type, context, context_distance, requires_context,
                column_names, confidence, summary]
              properties:
                id: {type: string}
                name: {type: string}
                category: {$ref: "#/components/schemas/RuleCategory"}
                severity: {$ref: "#/components/schemas/Severity"}
                type: {type: string, enum: [regex, dictionary, column_name]}
                regex: {type: string}
                case_insensitive: {type: boolean}
                words: {type: array, items: {type: string}}
                validator: {type: string}
                context: {type: array, items: {type: string}}
                context_distance: {type: integer}
                requires_context: {type: boolean}
                column_names: {type: array, items: {type: string}}
                confidence: {type: number}
                summary: {type: string}
            CustomRuleInput:
              type: object
              additionalProperties: false
              description: |
                The keys of a `custom_rules` entry of a rule-set document; the edited document is
                validated like any document. `id` is required on POST and must match the path on PUT.
              properties:
                id: {type: string}
                name: {type: string}
                category: {$ref: "#/components/schemas/RuleCategory"}
                severity: {$ref: "#/components/schemas/Severity"}
                type: {type: string, enum: [regex, dictionary, column_name]}
                regex: {type: string}
                case_insensitive: {type: boolean}
                words: {type: array, items: {type: string}}
                validator: {type: string}
                context: {type: array, items: {type: string}}
                context_distance: {type: integer}
                requires_context: {type: boolean}
                column_names: {type: array, items: {type: string}}
                confidence: {type: number}
                summary: {type: string}
            CustomRuleChange:
              type: object
              required: [version]
              properties:
                rule: {$ref: "#/components/schemas/CustomRule"}
                version: {type: integer, description: The rule set version the change created.}
            RuleTestInput:
              type: object
              additionalProperties: false
              required: [rule_id, text]
              properties:
                rule_id: {type: string}
                text: {type: string, description: At most 256 KiB.}
                document: {type: string, description: A rule-set document defining or tuning the rule.}
            RuleTestResult:
              type: object
              required: [rule_id, matches]
              properties:
                rule_id: {type: string}
                matches:
                  type: array
                  items:
                    type: object
                    required: [start, end, preview, confidence]
                    properties:
                      start: {type: integer, description: Byte offset into the UTF-8 text.}
                      end: {type: integer}
                      preview: {type: string, description: The redacted value.}
                      confidence: {type: number}
            Classifier:
              type: object
              description: A built-in classifier; the detail fields are only in `GET /classifiers/{id}`.
              required: [id, name, category, severity, description, kind]
              properties:
                id: {type: string}
                name: {type: string}
                category: {$ref: "#/components/schemas/RuleCategory"}
                severity: {$ref: "#/components/schemas/Severity"}
                description: {type: string}
                kind: {type: string, enum: [pattern, digits, dictionary, column_name]}
                validator: {type: string}
                context_keywords: {type: array, items: {type: string}}
                context_distance: {type: integer}
                requires_context: {type: boolean}
                column_names: {type: array, items: {type: string}}
                base_confidence: {type: number}
                pattern: {type: string}
                case_insensitive: {type: boolean}
                word_count: {type: integer}
            Stats:
              type: object
              required: [open_findings_by_severity, open_findings_by_category, open_findings_by_source,
                findings_by_triage, assets_by_classification, runs_by_status]
              properties:
                open_findings_by_severity: {type: object, additionalProperties: {type: integer}}
                open_findings_by_category: {type: object, additionalProperties: {type: integer}}
                open_findings_by_source: {type: object, additionalProperties: {type: integer}}
                findings_by_triage: {type: object, additionalProperties: {type: integer}}
                assets_by_classification: {type: object, additionalProperties: {type: integer}}
                runs_by_status: {type: object, additionalProperties: {type: integer}}
            AuditEvent:
              type: object
              required: [id, at, actor, action, target]
              properties:
                id: {type: integer, format: int64}
                at: {type: string, format: date-time}
                actor: {type: string, description: "`token:<name>`"}
                action: {type: string, description: "Such as `scan.created`, `finding.triaged`."}
                target: {type: string, description: The id of the object acted on.}
                detail: {type: string}
                request_id: {type: string}
            Token:
              type: object
              required: [id, name, role, prefix, created_at]
              properties:
                id: {type: string}
                name: {type: string}
                role: {$ref: "#/components/schemas/Role"}
                prefix: {type: string, description: The first characters of the secret, to recognise it.}
                created_at: {type: string, format: date-time}
                expires_at: {type: string, format: date-time}
                revoked_at: {type: string, format: date-time}
                last_used_at: {type: string, format: date-time, description: Recorded at most once a minute.}
                secret: {type: string, description: "The secret; only in the answer to `POST /tokens`."}
            TokenCreate:
              type: object
              additionalProperties: false
              required: [name, role]
              properties:
                name: {type: string, minLength: 1, maxLength: 100}
                role: {$ref: "#/components/schemas/Role"}
                expires_at: {type: string, format: date-time, description: Must be in the future.}
        """
}
