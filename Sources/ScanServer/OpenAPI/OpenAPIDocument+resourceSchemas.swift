extension OpenAPIDocument {
    /// Schemas of sources, scan definitions, schedules, runs, live events and agents.
    static let resourceSchemas = """
            DataSource:
              type: object
              required: [id, tenant_id, name, kind, location, options, created_at, labels, runs_on]
              properties:
                id: {type: string}
                tenant_id: {type: string}
                name: {type: string}
                kind: {$ref: "#/components/schemas/SourceKind"}
                location: {type: string, description: "An absolute path, a `sqlite:` URL or a `postgres://` URL."}
                options: {type: object, additionalProperties: {type: string}}
                credential_env: {type: string, description: The environment variable holding the credential.}
                created_at: {type: string, format: date-time}
                labels:
                  type: array
                  items: {$ref: "#/components/schemas/SourceLabel"}
                  description: "Workers started with `--labels` take only jobs of sources carrying one of theirs."
                max_concurrency:
                  type: integer
                  minimum: 1
                  description: |
                    The most jobs touching the source (enumerations and scans, so connections or
                    requests) that run at once across every worker; left out when there is no cap.
                runs_on: {$ref: "#/components/schemas/SourcePlacement"}
            SourceCreate:
              type: object
              additionalProperties: false
              required: [name, kind, location]
              properties:
                name: {type: string, minLength: 1, maxLength: 100, description: Unique in the tenant.}
                kind: {$ref: "#/components/schemas/SourceKind"}
                location:
                  type: string
                  minLength: 1
                  maxLength: 2048
                  description: |
                    `filesystem`: an absolute path; `sqlite`: a path or `sqlite:` URL; `postgres`: a
                    `postgres://` URL without a password (use `credential_env`).
                options: {type: object, additionalProperties: {type: string}}
                credential_env: {type: string, maxLength: 128, pattern: "^[A-Za-z_][A-Za-z0-9_]*$"}
                labels:
                  type: array
                  maxItems: 32
                  items: {$ref: "#/components/schemas/SourceLabel"}
                  default: []
                  description: Repeats are dropped.
                max_concurrency: {$ref: "#/components/schemas/ConcurrencyLimit"}
                runs_on: {$ref: "#/components/schemas/SourcePlacement"}
            SourceUpdate:
              type: object
              additionalProperties: false
              description: The fields to change; an empty `credential_env` removes it.
              properties:
                name: {type: string, minLength: 1, maxLength: 100}
                kind: {$ref: "#/components/schemas/SourceKind"}
                location: {type: string, minLength: 1, maxLength: 2048}
                options: {type: object, additionalProperties: {type: string}}
                credential_env: {type: string, maxLength: 128}
                labels:
                  type: array
                  maxItems: 32
                  items: {$ref: "#/components/schemas/SourceLabel"}
                  description: The new labels, replacing the old; repeats are dropped.
                max_concurrency: {$ref: "#/components/schemas/ConcurrencyLimit"}
                runs_on: {$ref: "#/components/schemas/SourcePlacement"}
            SourcePlacement:
              type: string
              enum: [server, agent]
              default: server
              description: |
                Where the source's enumerations and scans run: `server` on the server's workers,
                `agent` only on agents of the tenant with the source's kind and every one of its
                labels. Finalizing and policy always run on the server's workers.
            SourceLabel:
              type: string
              minLength: 1
              maxLength: 64
              pattern: "^[a-z0-9._-]+$"
              examples: [eu, prod, pci.zone-1]
            ConcurrencyLimit:
              type: [integer, "null"]
              minimum: 1
              maximum: 10000
              description: A cap on jobs running at once across every worker; `null` for none.
            TenantLimits:
              type: object
              required: [tenant_id]
              properties:
                tenant_id: {type: string}
                max_concurrency:
                  type: integer
                  minimum: 1
                  description: |
                    The most jobs touching the tenant's sources (enumerations and scans) that run at
                    once across every worker; left out when there is no cap.
            TenantLimitsUpdate:
              type: object
              additionalProperties: false
              required: [max_concurrency]
              properties:
                max_concurrency: {$ref: "#/components/schemas/ConcurrencyLimit"}
            SourceHealth:
              type: object
              required: [ok, latency_ms, checked_at]
              properties:
                ok: {type: boolean}
                error: {type: string, description: What failed, never a credential.}
                code: {type: string, description: "`connectionFailed`, `permissionDenied`, `timeout`..."}
                latency_ms: {type: integer}
                checked_at: {type: string, format: date-time}
            SourceHealthReport:
              type: object
              properties:
                last_check:
                  $ref: "#/components/schemas/SourceHealth"
                  description: The latest connection check since the server started; absent before one.
                last_run:
                  $ref: "#/components/schemas/ScanRun"
                  description: The source's newest run (without `progress`); absent before one.
            ScopeFilter:
              type: object
              additionalProperties: false
              description: Globs over object paths; an empty `include` includes everything.
              properties:
                include: {type: array, items: {type: string}, default: []}
                exclude: {type: array, items: {type: string}, default: []}
            Schedule:
              type: object
              additionalProperties: false
              required: [kind]
              description: |
                `manual` never fires. `daily` uses `time`, `weekly` `time` and `weekday`, `monthly`
                `time` and `day_of_month` (a month without that day is skipped), `cron` `expression`:
                five fields (minute hour day-of-month month day-of-week) or a macro (`@yearly`,
                `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight`, `@hourly`). Slots are
                wall-clock times in `time_zone`. Stored schedules keep only their kind's fields.
              properties:
                kind: {type: string, enum: [manual, daily, weekly, monthly, cron]}
                expression: {type: string, examples: ["30 2 * * mon-fri"]}
                time: {type: string, pattern: "^[0-2][0-9]:[0-5][0-9]$", description: "HH:MM, 00:00 to 23:59."}
                weekday: {type: string, description: "`mon` to `sun` or full names, any case; stored as `mon`."}
                day_of_month: {type: integer, minimum: 1, maximum: 31}
                time_zone: {type: string, default: UTC, description: An IANA time zone.}
            ScanDefinition:
              type: object
              required: [id, tenant_id, name, source_id, scope, priority, created_at, schedule, paused]
              properties:
                id: {type: string}
                tenant_id: {type: string}
                name: {type: string}
                source_id: {type: string}
                scope: {$ref: "#/components/schemas/ScopeFilter"}
                rule_set: {type: string, description: The rule-set YAML scans use; absent for the built-in default.}
                rule_set_id: {type: string, description: The stored rule set followed, if any.}
                rule_set_version: {type: integer, description: The version of it copied into `rule_set`.}
                priority: {type: integer}
                created_at: {type: string, format: date-time}
                schedule: {$ref: "#/components/schemas/Schedule"}
                paused: {type: boolean}
                next_run_at: {type: string, format: date-time, description: The next slot; absent for manual.}
                tool_command: {$ref: "#/components/schemas/ToolCommand"}
            ToolCommand:
              type: object
              additionalProperties: false
              required: [arguments]
              description: |
                An external scanner run instead of the rules; its report is stored on the run like
                an ingested one (see docs/INGEST.md). Arguments may hold `{target}` (the source's
                location), `{output}` (a file for the report; without it standard output is read)
                and `{workdir}` (a fresh directory).
              properties:
                arguments:
                  type: array
                  minItems: 1
                  items: {type: string}
                  examples: [["bandit", "-r", "{target}", "-f", "sarif", "-o", "{output}"]]
                format: {type: string, enum: [sarif, native], default: sarif}
                timeout_seconds: {type: number, minimum: 1, maximum: 86400, default: 600}
                exit_codes:
                  type: array
                  items: {type: integer}
                  default: [0]
                  description: Statuses meaning the tool ran; Bandit exits 1 when it found something.
            ScanCreate:
              type: object
              additionalProperties: false
              required: [name, source_id]
              description: "`rule_set` and `rule_set_id` exclude each other."
              properties:
                name: {type: string, minLength: 1, maxLength: 100}
                source_id: {type: string}
                scope: {$ref: "#/components/schemas/ScopeFilter"}
                rule_set: {type: string, description: An inline rule-set YAML document.}
                rule_set_id: {type: string, description: A stored rule set; its latest version is copied in.}
                priority: {type: integer, default: 0}
                schedule: {$ref: "#/components/schemas/Schedule"}
                paused: {type: boolean, default: false}
                tool_command: {$ref: "#/components/schemas/ToolCommand"}
            ScanUpdate:
              type: object
              additionalProperties: false
              description: |
                The fields to change. An empty `rule_set` returns to the built-in default rule set.
                `next_run_at` is recomputed when the schedule changes or the scan is resumed.
              properties:
                name: {type: string, minLength: 1, maxLength: 100}
                source_id: {type: string}
                scope: {$ref: "#/components/schemas/ScopeFilter"}
                rule_set: {type: string}
                rule_set_id: {type: string}
                priority: {type: integer}
                schedule: {$ref: "#/components/schemas/Schedule"}
                paused: {type: boolean}
                tool_command:
                  oneOf:
                    - {$ref: "#/components/schemas/ToolCommand"}
                    - {type: "null"}
                  description: A tool to run, or `null` to return to the rules.
            ScheduleFire:
              type: object
              required: [definition_id, tenant_id, slot, outcome, fired_at]
              properties:
                definition_id: {type: string}
                tenant_id: {type: string}
                slot: {type: string, format: date-time}
                outcome:
                  type: string
                  enum: [started, skipped_active]
                  description: "`skipped_active`: the scan's previous run was still active."
                run_id: {type: string, description: The run started; absent when skipped.}
                fired_at: {type: string, format: date-time}
            RunCounters:
              type: object
              required: [enumerated, scanned, finalized, failed, bytes, findings_new, findings_unchanged,
                findings_fixed, findings_reopened]
              properties:
                enumerated: {type: integer}
                scanned: {type: integer}
                finalized: {type: integer}
                failed: {type: integer}
                bytes: {type: integer, format: int64}
                findings_new: {type: integer}
                findings_unchanged: {type: integer}
                findings_fixed: {type: integer}
                findings_reopened: {type: integer}
            ScanRun:
              type: object
              description: |
                A run of a definition: a scan of its source, or one tool's ingested report (`origin:
                ingest`, stored completed, with the tool's changes in `counters`).
              required: [id, tenant_id, definition_id, status, enumeration_done, cancel_requested, counters,
                created_at, origin]
              properties:
                id: {type: string}
                tenant_id: {type: string}
                definition_id: {type: string}
                status: {$ref: "#/components/schemas/RunStatus"}
                enumeration_done: {type: boolean}
                cancel_requested: {type: boolean}
                counters: {$ref: "#/components/schemas/RunCounters"}
                error: {type: string}
                created_at: {type: string, format: date-time}
                started_at: {type: string, format: date-time}
                finished_at: {type: string, format: date-time}
                origin: {$ref: "#/components/schemas/RunOrigin"}
                tool: {type: string, description: "The tool whose report the run stored (`bandit`); absent otherwise."}
                tool_version: {type: string, description: The tool's version, when its report gives one.}
            RunProgress:
              type: object
              required: [finalized, enumerated, enumeration_done]
              properties:
                finalized: {type: integer}
                enumerated: {type: integer}
                enumeration_done: {type: boolean}
                percent: {type: number, description: Percent finalized, one decimal; absent until enumeration is done.}
            Run:
              description: A run with its computed progress.
              allOf:
                - $ref: "#/components/schemas/ScanRun"
                - type: object
                  required: [progress]
                  properties:
                    progress: {$ref: "#/components/schemas/RunProgress"}
            ObjectRecord:
              type: object
              required: [run_id, path, outcome, bytes_read, finding_count, finalized_at]
              properties:
                run_id: {type: string}
                path: {type: string}
                outcome: {$ref: "#/components/schemas/ObjectOutcome"}
                bytes_read: {type: integer, format: int64}
                finding_count: {type: integer}
                finalized_at: {type: string, format: date-time}
            ObjectOutcome:
              type: object
              description: |
                One key naming the outcome: `clean` or `findings` (complete), `timeout`, or one of
                `unable_to_scan`, `fetch_failed`, `unsupported_type`, `policy_blocked` with a `reason`.
              minProperties: 1
              maxProperties: 1
              properties:
                clean: {type: object}
                findings: {type: object}
                timeout: {type: object}
                unable_to_scan: {$ref: "#/components/schemas/OutcomeReason"}
                fetch_failed: {$ref: "#/components/schemas/OutcomeReason"}
                unsupported_type: {$ref: "#/components/schemas/OutcomeReason"}
                policy_blocked: {$ref: "#/components/schemas/OutcomeReason"}
              additionalProperties: false
              examples: [{clean: {}}, {fetch_failed: {reason: permission denied}}]
            OutcomeReason:
              type: object
              required: [reason]
              properties:
                reason: {type: string}
            EventMessage:
              type: object
              description: |
                The `data` of a live event. `kind` is also the SSE `event` name: `run.snapshot` (the
                state when the stream starts), `run.created`, `run.status` or `run.progress`.
              required: [id, kind, at, run_id, run]
              properties:
                id: {type: integer, format: int64, description: "The event id, also the SSE `id`."}
                kind: {type: string, enum: [run.snapshot, run.created, run.status, run.progress]}
                at: {type: string, format: date-time}
                run_id: {type: string}
                run: {$ref: "#/components/schemas/Run"}
            AgentStatus:
              type: string
              enum: [active, disabled, revoked]
              description: |
                `active`: may take work. `disabled`: stays registered but takes no work until enabled.
                `revoked`: its token is revoked, so it can no longer connect; it cannot be enabled again.
            AgentHealth:
              type: string
              enum: [online, offline, unknown]
              description: |
                `online`: a heartbeat came within the last 30 seconds (three missed beats of the
                10-second interval). `offline`: its heartbeats stopped. `unknown`: none came yet.
            Agent:
              type: object
              description: |
                A registered agent, one per agent token, with its health and free slots when the answer
                was made. It runs the enumerations and scans of sources with `runs_on: agent`.
              required: [id, tenant_id, name, token_id, status, capabilities, tools, labels, max_jobs,
                active_jobs, registered_at, health, free_slots, heartbeat_interval_seconds]
              properties:
                id: {type: string}
                tenant_id: {type: string}
                name: {type: string, description: Unique in the tenant.}
                token_id: {type: string, description: The agent token it connects with.}
                status: {$ref: "#/components/schemas/AgentStatus"}
                capabilities:
                  type: array
                  items: {$ref: "#/components/schemas/SourceKind"}
                  description: The source kinds it can reach with its own connectors, sorted.
                tools:
                  type: array
                  items: {type: string}
                  description: "The external tools installed where it runs (`bandit`, `semgrep`), sorted."
                labels: {type: array, items: {$ref: "#/components/schemas/SourceLabel"}}
                max_jobs: {type: integer, minimum: 1, maximum: 256, description: The most jobs it runs at once.}
                active_jobs: {type: integer, minimum: 0, description: The jobs it ran at its last heartbeat.}
                host: {type: string, description: Where it runs; absent when it did not say.}
                version: {type: string, description: Its ScanLogic version; absent when it did not say.}
                registered_at: {type: string, format: date-time, description: When it first registered.}
                last_heartbeat_at: {type: string, format: date-time, description: Absent before the first.}
                health: {$ref: "#/components/schemas/AgentHealth"}
                free_slots: {type: integer, minimum: 0, description: "`max_jobs` minus `active_jobs`, at least 0."}
                heartbeat_interval_seconds:
                  type: number
                  description: How often the agent should send a heartbeat (10); three missed make it offline.
            AgentRegistration:
              type: object
              additionalProperties: false
              required: [name]
              properties:
                name: {type: string, minLength: 1, maxLength: 100, description: Unique in the tenant.}
                capabilities:
                  type: array
                  items: {$ref: "#/components/schemas/SourceKind"}
                  default: []
                  description: "The source kinds it can reach; an unknown one is 422 on `capabilities[i]`."
                tools: {type: array, items: {type: string}, default: [], description: Repeats are dropped.}
                labels:
                  type: array
                  maxItems: 32
                  items: {$ref: "#/components/schemas/SourceLabel"}
                  default: []
                  description: Repeats are dropped.
                max_jobs: {type: integer, minimum: 1, maximum: 256, default: 4}
                host: {type: string, description: "Where it runs, for people (`edge-1:4242`)."}
                version: {type: string, description: Its ScanLogic version.}
            AgentHeartbeat:
              type: object
              additionalProperties: false
              properties:
                active_jobs: {type: integer, minimum: 0, default: 0, description: The jobs it runs now.}
        """
}
