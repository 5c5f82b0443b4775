extension OpenAPIDocument {
    /// The bodies of the agent job protocol: ScanLogic's own `Codable` forms, internal to it.
    static let agentJobSchemas = """
            AgentProtocolValue:
              type: object
              additionalProperties: {}
              description: |
                A ScanLogic value in its own `Codable` form, internal to ScanLogic (agents and the server
                are the same program): camelCase keys, dates as seconds since 2001-01-01 UTC, optional
                members left out. Versioned by the agent protocol version, not by this document.
            AgentClaim:
              type: object
              required: [limit, waitSeconds, activeJobs, protocolVersion]
              properties:
                limit: {type: integer, description: The most jobs to take now (the agent's free slots).}
                waitSeconds: {type: number, description: How long to wait for a job when none is ready (at most 20).}
                activeJobs: {type: integer, minimum: 0, description: The jobs the agent runs now.}
                protocolVersion: {type: integer, const: 1, description: The agent protocol version.}
            AgentClaimed:
              type: object
              required: [jobs, leaseSeconds, status]
              properties:
                jobs: {type: array, items: {$ref: "#/components/schemas/AgentJob"}}
                leaseSeconds: {type: number, description: How long the leases last (30).}
                status: {$ref: "#/components/schemas/AgentStatus"}
            AgentJob:
              type: object
              description: A leased queue job as the queue holds it.
              required: [id, tenantID, runID, kind, idempotencyKey, priority, state, attempts, maxAttempts,
                runAfter, payload]
              properties:
                id: {type: integer, format: int64}
                tenantID: {type: string}
                runID: {type: string, description: "Read the run with `GET /agent/runs/{id}`."}
                kind: {type: string, enum: [enumerate, scan]}
                parentID: {type: integer, format: int64}
                idempotencyKey: {type: string}
                priority: {type: integer}
                state: {type: string, enum: [leased]}
                attempts: {type: integer}
                maxAttempts: {type: integer}
                runAfter: {type: number}
                leaseOwner: {type: string, description: "`agent:<agent id>`."}
                leaseExpiresAt: {type: number}
                lastError: {type: string}
                payload:
                  $ref: "#/components/schemas/AgentProtocolValue"
                  description: "`{enumerate: {cursor}}` or `{scan: {_0: object}}`: the page or object to work on."
            AgentRunContext:
              type: object
              required: [run, definition, source]
              properties:
                run: {$ref: "#/components/schemas/AgentProtocolValue"}
                definition: {$ref: "#/components/schemas/AgentProtocolValue"}
                source: {$ref: "#/components/schemas/AgentProtocolValue"}
            AgentLeases:
              type: object
              required: [jobIDs]
              properties:
                jobIDs: {type: array, maxItems: 4096, items: {type: integer, format: int64}}
            AgentEnumeration:
              type: object
              required: [page]
              properties:
                page: {$ref: "#/components/schemas/AgentProtocolValue"}
            AgentScan:
              type: object
              required: [result]
              properties:
                result:
                  $ref: "#/components/schemas/AgentProtocolValue"
                  description: The object's result; `object.path` must be the job's object's.
            AgentToolRun:
              type: object
              required: [reports]
              properties:
                reports: {type: array, items: {$ref: "#/components/schemas/AgentProtocolValue"}}
            AgentFailure:
              type: object
              required: [error]
              properties:
                error: {type: string, description: The error; the first 4096 characters are kept.}
                retryAfterSeconds:
                  type: number
                  minimum: 0
                  description: Retry after this many seconds while attempts are left; absent for a final failure.
        """
}
