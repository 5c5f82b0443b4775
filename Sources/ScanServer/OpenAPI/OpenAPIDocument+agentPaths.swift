extension OpenAPIDocument {
    /// `/api/v1/agent/**` for agents themselves (register, heartbeat) and `/api/v1/agents/**`
    /// for people: the registry with health and load, disabling and revoking.
    static let agentPaths = """
          /api/v1/agent/register:
            post:
              tags: [agents]
              operationId: registerAgent
              summary: Register the calling agent
              description: |
                Role: agent (an agent token only; admin, operator and viewer tokens get 403). The
                token is the agent: the first call registers it, and a later call with the same token
                (after a restart) updates what it says about itself (name, capabilities, tools,
                labels, `max_jobs`, host, version) while its id, status and `registered_at` stay.
                Its health is `unknown` until its first heartbeat. 409 when another agent of the
                tenant has the name. Audited as `agent.registered`. It then claims jobs with
                `POST /agent/jobs/claim`.
              x-required-role: agent
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/AgentRegistration"}
                    example:
                      name: edge-eu
                      capabilities: [filesystem, sqlite]
                      tools: [bandit]
                      labels: [dc-eu]
                      max_jobs: 3
                      host: "edge-1:4242"
                      version: "0.1.0"
              responses:
                "200":
                  description: The agent as registered now.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Agent"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "409": {$ref: "#/components/responses/Conflict"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/agent/heartbeat:
            post:
              tags: [agents]
              operationId: sendAgentHeartbeat
              summary: Report that the calling agent is alive
              description: |
                Role: agent (an agent token only; admin, operator and viewer tokens get 403). Send it
                every `heartbeat_interval_seconds` (10) with the jobs the agent runs now; an agent is
                `online` while a heartbeat came within the last 30 seconds (three missed beats) and
                `offline` after. The answer is the agent: a disabled one sees `status: disabled` and
                takes no work until it is enabled. 404 until the agent registered; after its revoke
                the token gets 401.
              x-required-role: agent
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: "#/components/schemas/AgentHeartbeat"}
                    example: {active_jobs: 2}
              responses:
                "200":
                  description: The agent with its new heartbeat.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Agent"}
                "400": {$ref: "#/components/responses/BadRequest"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "413": {$ref: "#/components/responses/ContentTooLarge"}
                "415": {$ref: "#/components/responses/UnsupportedMediaType"}
                "422": {$ref: "#/components/responses/UnprocessableContent"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/agents:
            get:
              tags: [agents]
              operationId: listAgents
              summary: List agents
              description: |
                Role: viewer or above. Every agent of the tenant by name, in one page, with its
                health and free slots now.
              x-required-role: viewer
              responses:
                "200":
                  description: The agents.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/AgentPage"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/agents/{id}:
            parameters:
              - name: id
                in: path
                required: true
                description: The agent id.
                schema: {type: string}
            get:
              tags: [agents]
              operationId: getAgent
              summary: Read an agent
              description: "Role: viewer or above. The agent with its health and free slots now."
              x-required-role: viewer
              responses:
                "200":
                  description: The agent.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Agent"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/agents/{id}/disable:
            parameters:
              - name: id
                in: path
                required: true
                description: The agent id.
                schema: {type: string}
            post:
              tags: [agents]
              operationId: disableAgent
              summary: Disable an agent
              description: |
                Role: admin. The agent stays registered and keeps sending heartbeats, which answer
                `status: disabled`, but takes no work until it is enabled. Disabling twice is
                harmless. 409 when the agent is revoked. Audited as `agent.disabled`.
              x-required-role: admin
              responses:
                "200":
                  description: The disabled agent.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Agent"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/agents/{id}/enable:
            parameters:
              - name: id
                in: path
                required: true
                description: The agent id.
                schema: {type: string}
            post:
              tags: [agents]
              operationId: enableAgent
              summary: Enable an agent
              description: |
                Role: admin. Makes a disabled agent `active` again. 409 when the agent is revoked: a
                revoked agent cannot come back. Audited as `agent.enabled`.
              x-required-role: admin
              responses:
                "200":
                  description: The active agent.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Agent"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "409": {$ref: "#/components/responses/Conflict"}
                "500": {$ref: "#/components/responses/InternalError"}
          /api/v1/agents/{id}/revoke:
            parameters:
              - name: id
                in: path
                required: true
                description: The agent id.
                schema: {type: string}
            post:
              tags: [agents]
              operationId: revokeAgent
              summary: Revoke an agent and its token
              description: |
                Role: admin. Sets the agent `revoked` and revokes its token too, so the agent gets
                401 from then on; it stays listed and cannot be enabled again. Revoking twice is
                harmless. Audited as `agent.revoked`.
              x-required-role: admin
              responses:
                "200":
                  description: The revoked agent.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/Agent"}
                "401": {$ref: "#/components/responses/Unauthorized"}
                "403": {$ref: "#/components/responses/Forbidden"}
                "404": {$ref: "#/components/responses/NotFound"}
                "500": {$ref: "#/components/responses/InternalError"}
        """
}
