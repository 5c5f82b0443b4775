extension OpenAPIDocument {
    /// `/api/v1/agent/jobs/**` and `/api/v1/agent/runs/{id}`: agents running the enumerations
    /// and scans of sources placed on them. The bodies are internal to ScanLogic (``agentJobSchemas``).
    static let agentJobPaths = """
          /api/v1/agent/jobs/claim:
            post:
              tags: [agents]
              operationId: claimAgentJobs
              summary: Lease jobs for the calling agent
              description: |
                Role: agent (an agent token only). Records a heartbeat with `activeJobs`, then leases
                up to `min(limit, max_jobs - activeJobs)` enumerations and scans of sources with
                `runs_on: agent` in the agent's tenant, of its capabilities (source kinds), of sources
                whose every label it has, and tool enumerations only when it has the tool. When none is
                ready the request waits up to `waitSeconds` (at most 20) for one. A disabled agent
                gets no jobs and its status. Leases last `leaseSeconds` (30); extend them every 10
                seconds. 400 for another `protocolVersion`: run the agent from the same scanlogic
                version as the server. 404 until the agent registered.
              x-required-role: agent
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/AgentClaim"}
                    example: {limit: 2, waitSeconds: 20, activeJobs: 1, protocolVersion: 1}
              responses:
                "200":
                  description: The leased jobs, possibly none.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/AgentClaimed"}
        \(agentBodyErrors)
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/agent/jobs/extend:
            post:
              tags: [agents]
              operationId: extendAgentJobLeases
              summary: Extend the calling agent's leases
              description: |
                Role: agent (an agent token only). Extends by 30 seconds the leases the agent still
                holds among `jobIDs` and answers with those; a job missing from the answer was lost
                (its lease lapsed and another agent took it, or its run ended). Counts as a heartbeat
                with `jobIDs` as the active jobs. A disabled agent may still extend and finish its jobs.
              x-required-role: agent
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/AgentLeases"}
                    example: {jobIDs: [41, 42]}
              responses:
                "200":
                  description: The jobs the agent still holds.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/AgentLeases"}
        \(agentBodyErrors)
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/agent/runs/{id}:
            parameters: [{$ref: "#/components/parameters/RunID"}]
            get:
              tags: [agents]
              operationId: getAgentRunContext
              summary: Read what an agent needs to run a job of a run
              description: |
                Role: agent (an agent token only). The run (with its cancellation request), its
                definition and its source; the credential is read from the agent's own environment
                variable `credential_env`. 404 unless the run is in the agent's tenant and its source
                has `runs_on: agent`.
              x-required-role: agent
              responses:
                "200":
                  description: The run, its definition and its source.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/AgentRunContext"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
        \(completionPaths)
        """

    /// The operations that end a job, one per result.
    private static let completionPaths = [
        completion(
            "enumeration",
            "completeAgentEnumeration",
            "Send an enumeration page",
            "AgentEnumeration",
            enumerationText
        ),
        completion("scan", "completeAgentScan", "Send an object's scan result", "AgentScan", scanText),
        completion("tool-run", "completeAgentToolRun", "Send an external tool's reports", "AgentToolRun", toolRunText),
        completion("fail", "failAgentJob", "Report a failed attempt", "AgentFailure", failText),
        completion("abandon", "abandonAgentJob", "Abandon a job of a cancelled run", nil, abandonText),
    ]
    .joined(separator: "\n")

    /// The answers every operation with an agent-protocol body may give besides its own.
    private static let agentBodyErrors = """
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "413":
                  description: The body is larger than 64 MiB.
                  headers: {X-Request-ID: {$ref: "#/components/headers/X-Request-ID"}}
                  content:
                    application/problem+json:
                      schema: {$ref: "#/components/schemas/Problem"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
        """

    private static let enumerationText = """
        Completes an enumeration job with one page of the scope: a scan job per object and,
        when the page has a next cursor, the next enumeration job. 422 for a job of another kind.
        """
    private static let scanText = """
        Completes a scan job with the object's result, its secrets already redacted and hashed on
        the agent; a finalize job on the server's workers stores it. 422 when the job is not a
        scan or the result is for another object than the job's.
        """
    private static let toolRunText = """
        Completes the enumeration job of a definition that runs an external tool with the tool's
        reports, one per tool, stored as an ingest would as part of the run. Each report's scope
        is replaced by the job's tenant and the run's definition. 422 when the job is not an
        enumeration or its definition runs no tool.
        """
    private static let failText = """
        Records a failed attempt: retried after `retryAfterSeconds` while the job has attempts
        left, else final (a final enumeration fails its run, a final scan is the object's
        failure).
        """
    private static let abandonText = """
        Ends a job of a cancelled run without its result, at an object boundary.
        """

    /// The answers of an operation whose caller must be an agent.
    private static let agentAuthErrors = """
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
        """

    /// `POST /api/v1/agent/jobs/{id}/<action>`, answering 204; `schema` is the body's, if any.
    private static func completion(
        _ action: String,
        _ operationID: String,
        _ summary: String,
        _ schema: String?,
        _ text: String
    ) -> String {
        var body = ""
        if let schema {
            body = """
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema: {$ref: "#/components/schemas/\(schema)"}
                """
        }
        let description = text.split(separator: "\n").map { "        \($0)" }.joined(separator: "\n")
        return """
              /api/v1/agent/jobs/{id}/\(action):
                parameters:
                  - name: id
                    in: path
                    required: true
                    description: The job id, as the claim gave it.
                    schema: {type: integer, format: int64}
                post:
                  tags: [agents]
                  operationId: \(operationID)
                  summary: \(summary)
                  description: |
                    Role: agent (an agent token only). The job is read from the queue, not taken from
                    the agent: 409 unless the calling agent holds its lease. Answers 204.
            \(description)
                  x-required-role: agent
            \(body)
                  responses:
                    "204": {description: Done.}
            \(schema == nil ? agentAuthErrors : agentBodyErrors)
                    "404": {$ref: "#/components/responses/NotFound"}
                    "409": {$ref: "#/components/responses/Conflict"}
                    "500": {$ref: "#/components/responses/InternalError"}
            """
    }
}
