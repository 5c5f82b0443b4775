extension OpenAPIDocument {
    /// `/api/v1/ingest/**`: other scanners' reports stored as runs, and the fingerprint check.
    static let ingestPaths = """
          /api/v1/ingest/sarif:
            post:
              tags: [ingest]
              operationId: ingestSARIF
              summary: Ingest a SARIF 2.1.0 report
              description: |
                Role: operator or above, or an agent token (`x-agent-allowed`). Stores the file as one
                completed run per tool (`origin: ingest`); the runs of one tool in the file are one
                report of that tool. Each report is the tool's complete result for its scope: its
                findings are new, unchanged or reopened, and the open findings of that tool in the
                scope that it leaves out are fixed. The whole file is one transaction: a refused file
                keeps nothing. Bind the report with `scan`, or with `source` and `asset`. The body is
                read up to the byte limit (64 MiB by default) whatever its content type. Audited as
                `ingest.sarif` with the runs and tools. See docs/INGEST.md.
              x-required-role: operator
              x-agent-allowed: true
              parameters:
                - $ref: "#/components/parameters/IngestScan"
                - $ref: "#/components/parameters/IngestSource"
                - $ref: "#/components/parameters/IngestAsset"
                - $ref: "#/components/parameters/IngestRoot"
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/SARIFLog"}
                  application/sarif+json:
                    schema: {$ref: "#/components/schemas/SARIFLog"}
              responses:
                "201":
                  description: The runs stored, one per tool, and their changes summed.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/IngestResult"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "413": {$ref: "#/components/responses/ReportTooLarge"}
                "422": {$ref: "#/components/responses/InvalidReport"}
                "500": {$ref: "#/components/responses/InternalError"}
                "503": {$ref: "#/components/responses/IngestUnavailable"}
          /api/v1/ingest:
            post:
              tags: [ingest]
              operationId: ingestReport
              summary: Ingest a native report
              description: |
                Role: operator or above, or an agent token (`x-agent-allowed`). As `POST /ingest/sarif`
                for ScanLogic's native report, version 1: one tool, one completed run. Its
                `dependencies` replace those the tool reported before for the definition (for an
                asset-bound report, for the asset); a report without the member leaves them as they were.
                Audited as `ingest.native`. See docs/INGEST.md.
              x-required-role: operator
              x-agent-allowed: true
              parameters:
                - $ref: "#/components/parameters/IngestScan"
                - $ref: "#/components/parameters/IngestSource"
                - $ref: "#/components/parameters/IngestAsset"
                - $ref: "#/components/parameters/IngestRoot"
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/IngestReport"}
                    example:
                      version: "1"
                      tool: {name: semgrep, version: "1.50.0"}
                      findings:
                        - rule_id: javascript.express.security.injection
                          message: SQL injection
                          severity: high
                          path: src/api/users.js
                          start_line: 42
                          cwe_ids: [CWE-89]
              responses:
                "201":
                  description: The run stored and its changes.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/IngestResult"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "413": {$ref: "#/components/responses/ReportTooLarge"}
                "422": {$ref: "#/components/responses/InvalidReport"}
                "500": {$ref: "#/components/responses/InternalError"}
                "503": {$ref: "#/components/responses/IngestUnavailable"}
          /api/v1/ingest/check:
            post:
              tags: [ingest]
              operationId: checkIngestFingerprints
              summary: Which fingerprints a definition knows
              description: |
                Role: viewer or above, or an agent token (`x-agent-allowed`). For up to 10,000
                fingerprints (repeats dropped), the findings of the bound definition that have them,
                with their status and triage, and the fingerprints it has never seen; both sorted.
                Binds like `POST /ingest/sarif` and changes nothing: before the first asset-bound
                report of a source, every fingerprint is unknown.
              x-required-role: viewer
              x-agent-allowed: true
              parameters:
                - $ref: "#/components/parameters/IngestScan"
                - $ref: "#/components/parameters/IngestSource"
                - $ref: "#/components/parameters/IngestAsset"
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/IngestCheckInput"}
                    example: {fingerprints: ["3f1a9c…", "b27d04…"]}
              responses:
                "200":
                  description: The known findings and the unknown fingerprints.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/IngestCheckResult"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
        """

    /// Schemas of ingest: the two report formats, the answer of an ingest and the check.
    static let ingestSchemas = """
            SARIFLog:
              type: object
              description: |
                A SARIF 2.1.0 log. Every run is read: the tool is `tool.driver.name`, and each result's
                rule, first physical location, severity and tags are kept (docs/INGEST.md). Other
                members are ignored.
              externalDocs:
                url: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
              required: [version, runs]
              properties:
                version: {type: string, const: "2.1.0"}
                runs:
                  type: array
                  items:
                    type: object
                    required: [tool]
                    properties:
                      tool:
                        type: object
                        required: [driver]
                        properties:
                          driver:
                            type: object
                            required: [name]
                            properties:
                              name: {type: string}
                              version: {type: string}
                      results: {type: array, items: {type: object}}
            IngestReport:
              type: object
              description: ScanLogic's native report, version 1 (docs/INGEST.md); unknown members are ignored.
              required: [version, tool, findings]
              properties:
                version: {type: string, const: "1"}
                tool:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string, minLength: 1}
                    version: {type: string}
                targets:
                  type: array
                  description: What was scanned; `identifier` is unique in the report.
                  items:
                    type: object
                    required: [type, identifier]
                    properties:
                      type: {type: string, examples: [repository, image, host]}
                      identifier: {type: string}
                      name: {type: string}
                findings:
                  type: array
                  items: {$ref: "#/components/schemas/IngestReportFinding"}
                dependencies:
                  type: array
                  items:
                    type: object
                    required: [name]
                    properties:
                      name: {type: string}
                      version: {type: string}
                      ecosystem: {type: string}
                      purl: {type: string}
                      target: {type: string, description: "One of `targets[].identifier`."}
            IngestReportFinding:
              type: object
              required: [rule_id, message]
              properties:
                rule_id: {type: string, minLength: 1}
                message: {type: string}
                severity:
                  type: string
                  enum: [critical, high, medium, low, info]
                  description: Else from `cvss_score`, else `medium`.
                cvss_score: {type: number, minimum: 0, maximum: 10}
                path: {type: string}
                start_line: {type: integer, minimum: 1}
                end_line: {type: integer, minimum: 1, description: Defaults to `start_line`.}
                column: {type: integer}
                snippet: {type: string, description: The flagged code; used for identity, kept only masked.}
                fingerprint: {type: string, description: The tool's own identity for the finding.}
                cwe_ids: {type: array, items: {type: string}, description: Kept as tags.}
                cve_id: {type: string, description: Kept as a tag.}
                target: {type: string, description: "One of `targets[].identifier`."}
            IngestResult:
              type: object
              required: [runs, findings]
              properties:
                runs:
                  type: array
                  description: "One completed run per tool (`origin: ingest`), in the order the tools first appear."
                  items: {$ref: "#/components/schemas/Run"}
                findings:
                  type: object
                  description: The runs' changes summed.
                  required: [new, unchanged, fixed, reopened]
                  properties:
                    new: {type: integer}
                    unchanged: {type: integer, description: Also triaged fixed findings that came back.}
                    fixed: {type: integer}
                    reopened: {type: integer}
            IngestCheckInput:
              type: object
              additionalProperties: false
              required: [fingerprints]
              properties:
                fingerprints: {type: array, items: {type: string}, maxItems: 10000}
            KnownFinding:
              type: object
              required: [fingerprint, id, status]
              properties:
                fingerprint: {type: string}
                id: {type: integer, format: int64, description: The finding's id.}
                status: {type: string, enum: [open, fixed]}
                triage: {$ref: "#/components/schemas/TriageState"}
            IngestCheckResult:
              type: object
              required: [known, unknown]
              properties:
                known: {type: array, items: {$ref: "#/components/schemas/KnownFinding"}}
                unknown: {type: array, items: {type: string}}
        """
}
