extension OpenAPIDocument {
    /// Shared schemas: the problem, enumerations and the page wrappers of every list.
    static let schemas = """
            Problem:
              type: object
              description: An RFC 9457 problem; `detail` never holds internal errors or secrets.
              required: [type, title, status, detail]
              properties:
                type: {type: string, description: "Always `about:blank`."}
                title: {type: string, description: "A short summary, such as `Invalid Field`."}
                status: {type: integer, description: The HTTP status.}
                detail: {type: string, description: What exactly went wrong.}
                field: {type: string, description: "The body path or parameter at fault (`schedule.time`, `limit`)."}
                instance: {type: string, description: The request path.}
                request_id: {type: string, description: "The request id, also in `X-Request-ID`."}
            Status:
              type: object
              required: [status]
              properties:
                status: {type: string}
            NextCursor:
              type: string
              description: |
                The cursor of the next page, left out on the last page and on lists that are not paged.
                Pass it as the list's cursor parameter (`before`, `after` or `offset`).
            Role:
              type: string
              enum: [admin, operator, viewer, agent]
              description: |
                `agent` is for remote agents and CI jobs; of these routes it may only use `/ingest` and
                `/agent` (register and heartbeat).
            Severity:
              type: string
              enum: [info, low, medium, high, critical]
            RuleCategory:
              type: string
              enum: [pii, financial, health, credential, network, code]
              description: |
                `code`: weaknesses in code, configuration and dependencies reported by other scanners
                through ingest; every ingested finding has it.
            SourceKind:
              type: string
              enum: [filesystem, sqlite, postgres]
            RunStatus:
              type: string
              enum: [pending, running, completed, failed, cancelled]
            RunOrigin:
              type: string
              enum: [scan, ingest]
              description: "`scan`: ScanLogic scanned the source; `ingest`: another scanner's report was stored."
            TriageState:
              type: string
              enum: [false_positive, accepted_risk, ignored]
            AssetKind:
              type: string
              enum: [source, directory, file, schema, table, column]
            SourcePage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/DataSource"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
            ScanDefinitionPage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/ScanDefinition"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
            ScheduleFirePage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/ScheduleFire"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
            RunPage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/Run"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
            ObjectRecordPage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/ObjectRecord"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
            AssetPage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/Asset"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
            FindingPage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/Finding"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
            RuleSetPage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/RuleSet"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
            RuleSetVersionPage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/RuleSetVersion"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
            CustomRulePage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/CustomRule"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
            ClassifierPage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/Classifier"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
            AuditEventPage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/AuditEvent"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
            TokenPage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/Token"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
            AgentPage:
              type: object
              required: [items]
              properties:
                items: {type: array, items: {$ref: "#/components/schemas/Agent"}}
                next_cursor: {$ref: "#/components/schemas/NextCursor"}
        """
}
