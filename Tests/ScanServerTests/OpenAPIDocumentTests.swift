import Foundation
import HTTPTypes
import Hummingbird
import ScanCore
import ScanServer
import Testing

@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    /// One operation of the document.
    struct Operation: CustomStringConvertible {
        var method: String
        var path: String
        var object: [String: Any]

        var description: String { "\(method) \(path)" }
        var isPublic: Bool { !path.hasPrefix("/api/v1/") }
        var role: String? { object["x-required-role"] as? String }
        var responses: [String: Any] { object["responses"] as? [String: Any] ?? [:] }
        var hasBody: Bool { object["requestBody"] != nil }
        var isStream: Bool { path.hasSuffix("/events") }
        /// Whether an agent token may call it too (`x-agent-allowed`), whatever its least role.
        var allowsAgents: Bool { object["x-agent-allowed"] as? Bool == true }
    }

    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    static func document() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8))
        return try #require(object as? [String: Any])
    }

    static func operations() throws -> [Operation] {
        let paths = try #require(try document()["paths"] as? [String: [String: Any]])
        return paths.flatMap { path, item in
            methods.compactMap { method in
                (item[method] as? [String: Any]).map { Operation(method: method.uppercased(), path: path, object: $0) }
            }
        }
    }

    @Test func isOpenAPI31JSON() throws {
        let document = try Self.document()
        let version = try #require(document["openapi"] as? String)
        #expect(version.hasPrefix("3.1."))
        #expect((document["info"] as? [String: Any])?["version"] as? String == "1")
    }

    @Test func documentsExactlyTheRegisteredRoutes() async throws {
        // Given the router the server runs
        let api = try await APIHarness()
        let router = APIServer.router(api.environment)
        // When its routes and the document's operations are listed as "METHOD /path"
        let registered = Set(router.routes.map { "\($0.method.rawValue) \($0.path)" })
        let documented = Set(try Self.operations().map(\.description))
        // Then they are the same
        #expect(registered.subtracting(documented).sorted() == [], "registered but not documented")
        #expect(documented.subtracting(registered).sorted() == [], "documented but not registered")
    }

    @Test func everyOperationIsComplete() throws {
        let document = try Self.document()
        let operations = try Self.operations()
        let ids = operations.compactMap { $0.object["operationId"] as? String }
        #expect(ids.count == operations.count, "an operation has no operationId")
        #expect(Set(ids).count == ids.count, "operationIds repeat")
        let globalSecurity = document["security"] as? [[String: [String]]]
        for operation in operations {
            #expect((operation.object["summary"] as? String)?.isEmpty == false, "\(operation): no summary")
            #expect(operation.responses.keys.contains { $0.hasPrefix("2") }, "\(operation): no 2xx response")
            let security = operation.object["security"] as? [[String: [String]]] ?? globalSecurity ?? []
            if operation.isPublic {
                #expect(security.isEmpty || security.contains { $0.isEmpty }, "\(operation): not public")
                continue
            }
            #expect(security.contains { $0["bearerAuth"] != nil }, "\(operation): no bearer security")
            #expect(operation.responses["401"] != nil, "\(operation): no 401")
            #expect(operation.responses["403"] != nil, "\(operation): no 403")
            let role = try #require(operation.role, "\(operation): no x-required-role")
            #expect(["viewer", "operator", "admin", "agent"].contains(role))
            #expect(role != "agent" || !operation.allowsAgents, "\(operation): agent-only and x-agent-allowed")
            let description = operation.object["description"] as? String ?? ""
            #expect(description.contains("Role: \(role)"), "\(operation): the description does not name \(role)")
        }
    }

    @Test func everyReferenceResolves() throws {
        let document = try Self.document()
        var references: Set<String> = []
        Self.collectReferences(document, into: &references)
        #expect(!references.isEmpty)
        for reference in references.sorted() {
            var node: Any? = document
            for key in reference.dropFirst(2).split(separator: "/") {
                node = (node as? [String: Any])?[String(key)]
            }
            #expect(node != nil, "\(reference) does not resolve")
        }
    }

    private static func collectReferences(_ node: Any, into references: inout Set<String>) {
        if let object = node as? [String: Any] {
            if let reference = object["$ref"] as? String { references.insert(reference) }
            for value in object.values { collectReferences(value, into: &references) }
        } else if let list = node as? [Any] {
            for value in list { collectReferences(value, into: &references) }
        }
    }

    /// The role one step below each documented role, which must get 403.
    static let roleBelow = ["viewer": "agent", "operator": "viewer", "admin": "operator"]

    /// The roles of people, every one of which an agent-only operation must refuse with 403.
    static let peopleRoles = ["viewer", "operator", "admin"]

    @Test func requiredRolesHoldOnTheServer() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            for operation in try Self.operations() where !operation.isPublic {
                let role = try #require(operation.role)
                if role == "agent" {
                    try await Self.checkAgentOnly(operation, client)
                    continue
                }
                let roleBelow = try #require(Self.roleBelow[role])
                if roleBelow != "agent" || !operation.allowsAgents {
                    let below = try await Self.probe(operation, as: roleBelow, client)
                    #expect(below == .forbidden, "\(operation) as the role below \(role): \(below)")
                }
                let allowed = try await Self.probe(operation, as: role, client)
                #expect(![.unauthorized, .forbidden].contains(allowed), "\(operation) as \(role): \(allowed)")
                let agent = try await Self.probe(operation, as: "agent", client)
                let agentAllowed = ![.unauthorized, .forbidden].contains(agent)
                #expect(agentAllowed == operation.allowsAgents, "\(operation) as agent: \(agent)")
            }
        }
    }

    /// An agent-only operation (`x-required-role: agent`): an agent token passes, every other role gets 403.
    private static func checkAgentOnly(_ operation: Operation, _ client: APIHarness.Client) async throws {
        let agent = try await probe(operation, as: "agent", client)
        #expect(![.unauthorized, .forbidden].contains(agent), "\(operation) as agent: \(agent)")
        for role in peopleRoles {
            let refused = try await probe(operation, as: role, client)
            #expect(refused == .forbidden, "\(operation) as \(role): \(refused)")
        }
    }

    /// Calls `operation` on made-up ids; streams are cut short.
    private static func probe(
        _ operation: Operation,
        as token: String,
        _ client: APIHarness.Client
    ) async throws -> HTTPResponse.Status {
        let path = operation.path.replacingOccurrences(of: "{version}", with: "1")
            .replacingOccurrences(of: "{id}", with: "1").replacingOccurrences(of: "{rule_id}", with: "probe")
        let query = operation.isStream ? "?max_duration=0.05" : ""
        let method = HTTPRequest.Method(operation.method)!
        // `id` is the one field every body-first handler accepts, so no handler stops at the body.
        let body: [String: Any]? = operation.hasBody ? ["id": "probe"] : nil
        return try await client.send(method, path + query, as: token, json: body).status
    }

    @Test func isServedAtOpenAPIJSON() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            let reply = try await client.send(.get, "/openapi.json", as: nil)
            #expect(reply.status == .ok)
            #expect(reply.headers[.contentType] == "application/json")
            #expect(reply.text == OpenAPIDocument.json)
        }
    }

    /// `SCANLOGIC_OPENAPI_OUT=FILE swift test --filter OpenAPIDocumentTests` writes the document
    /// to FILE, for validators that run without a server.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SCANLOGIC_OPENAPI_OUT"] != nil))
    func writesTheDocumentWhenAsked() throws {
        let path = try #require(ProcessInfo.processInfo.environment["SCANLOGIC_OPENAPI_OUT"])
        try Data(OpenAPIDocument.json.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func schemaCheckReportsDepartures() throws {
        let check = SchemaCheck(document: try Self.document())
        let schema = ["$ref": "#/components/schemas/Token"]
        let token: [String: Any] = ["id": "t", "name": "ci", "role": "root", "prefix": 3, "extra": true]
        #expect(
            check.problems(token, against: schema).sorted() == [
                "$.created_at: required but absent", "$.extra: not documented", "$.prefix: not a string",
                "$.role: root is not one of admin, operator, viewer, agent",
            ]
        )
    }

    @Test func responsesMatchTheirSchemas() async throws {
        let api = try await APIHarness()
        let objects = [
            "dir/a.txt": [CatalogFixtures.detection("pii.email", path: "dir/a.txt", value: "a@example.com")],
            "dir/b.txt": [], "top.txt": [],
        ]
        let seed = try await CatalogFixtures.scan(api.store, objects: objects, assets: CatalogFixtures.tree)
        let exercised = try await api.test { client async throws in
            let exchange = try Exchange(client: client)
            try await ResponseTour(exchange: exchange, seed: seed).run()
            try await IngestTour(exchange: exchange, seed: seed).run()
            // It revokes the harness's agent token: only tours with their own token come after it.
            try await AgentTour(exchange: exchange).run()
            try await AgentJobTour(exchange: exchange, store: api.store).run()
            return await exchange.exercised
        }
        let documented = Set(try Self.operations().filter { !$0.isPublic }.map(\.description))
        #expect(documented.subtracting(exercised).sorted() == [], "operations the tour does not call")
    }
}

/// Sends requests and checks each answer against the response the document gives for its status.
actor Exchange {
    let client: APIHarness.Client
    let check: SchemaCheck
    private(set) var exercised: Set<String> = []

    init(client: APIHarness.Client) throws {
        self.client = client
        self.check = SchemaCheck(document: try OpenAPIDocumentTests.document())
    }

    /// Calls `path`, an instance of `template`, and returns the parsed answer.
    @discardableResult
    func call(
        _ method: HTTPRequest.Method,
        _ template: String,
        _ path: String? = nil,
        as token: String = "admin",
        json: [String: any Sendable]? = nil,
        rawBody: String? = nil
    ) async throws -> APIHarness.Reply {
        let reply = try await client.send(method, path ?? template, as: token, json: json, rawBody: rawBody)
        let name = "\(method.rawValue) \(template)"
        exercised.insert(name)
        let documented = check.response(method: method.rawValue, path: template, status: reply.status.code)
        guard let documented else {
            Issue.record("\(name) answered \(reply.status.code), which is not documented: \(reply.text)")
            return reply
        }
        let contentType = reply.headers[.contentType] ?? ""
        #expect(contentType == (documented.mediaType ?? ""), "\(name): content type \(contentType)")
        if let schema = documented.schema, documented.mediaType?.hasSuffix("json") == true {
            let body = try JSONSerialization.jsonObject(with: reply.body)
            let problems = check.problems(body, against: schema)
            #expect(problems == [], "\(name) \(reply.status.code)")
        }
        if contentType == "text/event-stream" {
            let messages = reply.text.split(separator: "\n").filter { $0.hasPrefix("data: ") }
            for message in messages {
                let event = try JSONSerialization.jsonObject(with: Data(message.dropFirst(6).utf8))
                let problems = check.problems(event, against: ["$ref": "#/components/schemas/EventMessage"])
                #expect(problems == [], "\(name) event")
            }
        }
        return reply
    }
}

/// Calls the ingest operations over the seeded definition and source, then reads what they stored,
/// checking each answer.
struct IngestTour {
    let exchange: Exchange
    let seed: CatalogFixtures.Seed

    func run() async throws {
        let scan = "scan=\(seed.definition.id)"
        let sarif = try Self.sarif()
        let first = try await exchange.call(.post, Self.sarifPath, "\(Self.sarifPath)?\(scan)&root=/ci", rawBody: sarif)
        let again = try await exchange.call(
            .post,
            Self.sarifPath,
            "\(Self.sarifPath)?\(scan)&root=/ci",
            as: "agent",
            rawBody: sarif
        )
        #expect(first.status == .created && again.status == .created)
        let native = try await exchange.call(
            .post,
            Self.nativePath,
            "\(Self.nativePath)?\(scan)",
            rawBody: Self.native()
        )
        #expect(native.status == .created)
        let source = seed.definition.sourceID.rawValue
        let bound = "\(Self.sarifPath)?source=\(source)&asset=dir&root=/ci"
        #expect(
            try await exchange.call(.post, Self.sarifPath, bound, as: "operator", rawBody: sarif).status == .created
        )
        try await problems()
        try await stored(scan)
    }

    /// Refusals: no binding, an unknown scan, a report that is not SARIF.
    private func problems() async throws {
        #expect(try await exchange.call(.post, Self.sarifPath, rawBody: "{}").status == .badRequest)
        let unknown = try await exchange.call(.post, Self.nativePath, Self.nativePath + "?scan=nope", rawBody: "{}")
        #expect(unknown.status == .notFound)
        let invalid = "\(Self.sarifPath)?scan=\(seed.definition.id)"
        #expect(try await exchange.call(.post, Self.sarifPath, invalid, rawBody: "{}").status == .unprocessableContent)
        let unbound = try await exchange.call(.post, Self.checkPath, as: "viewer", json: ["fingerprints": [String]()])
        #expect(unbound.status == .badRequest)
    }

    /// The runs and findings the ingests stored, and the check of their fingerprints.
    private func stored(_ scan: String) async throws {
        let runs = try await exchange.call(.get, "/api/v1/runs", "/api/v1/runs?scan_id=\(seed.definition.id)")
        #expect(runs.items.contains { $0["origin"] as? String == "ingest" && $0["tool_version"] as? String == "1.4" })
        let page = try await exchange.call(
            .get,
            "/api/v1/findings",
            "/api/v1/findings?category=code&scan_id=\(seed.definition.id)"
        )
        let first = try #require(page.items.first?["id"] as? Int)
        let triage: [String: any Sendable] = ["state": "false_positive", "reason": "test data"]
        let path = "/api/v1/findings/\(first)/triage"
        try await exchange.call(.post, "/api/v1/findings/{id}/triage", path, as: "operator", json: triage)
        let fingerprints = page.items.compactMap { ($0["detection"] as? [String: Any])?["fingerprint"] as? String }
        let check = try await exchange.call(
            .post,
            Self.checkPath,
            "\(Self.checkPath)?\(scan)",
            as: "viewer",
            json: ["fingerprints": fingerprints + ["not-a-known-one"]]
        )
        #expect((check.object["known"] as? [[String: Any]])?.count == fingerprints.count)
        #expect((check.object["known"] as? [[String: Any]])?.contains { $0["triage"] != nil } == true)
        #expect(check.object["unknown"] as? [String] == ["not-a-known-one"])
        // One more than the 10,000 a check takes.
        let tooMany = ["fingerprints": (0...10_000).map { "f\($0)" }]
        let refused = try await exchange.call(.post, Self.checkPath, "\(Self.checkPath)?\(scan)", json: tooMany)
        #expect(refused.status == .unprocessableContent)
    }

    static let sarifPath = "/api/v1/ingest/sarif"
    static let nativePath = "/api/v1/ingest"
    static let checkPath = "/api/v1/ingest/check"

    /// A SARIF log of one tool with two results, one with an end line and tags.
    static func sarif() throws -> String {
        let location: (String, Int) -> [String: Any] = { file, line in
            [
                "physicalLocation": [
                    "artifactLocation": ["uri": "file:///ci/\(file)"],
                    "region": ["startLine": line, "endLine": line + 2, "snippet": ["text": "eval(x) # \(line)"]],
                ]
            ]
        }
        let results: [[String: Any]] = [
            [
                "ruleId": "B307", "level": "warning", "message": ["text": "Use of eval"],
                "locations": [location("app/run.py", 3)], "properties": ["tags": ["external/cwe/cwe-78"]],
            ],
            [
                "ruleId": "B105", "level": "error", "message": ["text": "Hard-coded password"],
                "locations": [location("app/db.py", 7)],
            ],
        ]
        let log: [String: Any] = [
            "version": "2.1.0",
            "runs": [["tool": ["driver": ["name": "bandit", "version": "1.4"]], "results": results]],
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: log), as: UTF8.self)
    }

    /// A native report of one finding and one dependency.
    static func native() throws -> String {
        let report: [String: Any] = [
            "version": "1",
            "tool": ["name": "trivy"],
            "findings": [
                [
                    "rule_id": "CVE-2021-23337", "message": "lodash command injection", "cvss_score": 7.2,
                    "path": "package-lock.json", "cve_id": "CVE-2021-23337",
                ]
            ],
            "dependencies": [["name": "lodash", "version": "4.17.20", "ecosystem": "npm"]],
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: report), as: UTF8.self)
    }
}

/// Calls the agent operations, checking each answer: registers and beats as the harness's agent,
/// reads as a viewer, disables and enables as an admin, and revokes last, since revoking the agent
/// also revokes the harness's agent token.
struct AgentTour {
    let exchange: Exchange

    func run() async throws {
        let early = try await exchange.call(.post, Self.heartbeatPath, as: "agent", json: ["active_jobs": 0])
        #expect(early.status == .notFound)
        let registered = try await exchange.call(.post, Self.registerPath, as: "agent", json: Self.registration)
        let id = try #require(registered.string("id"))
        #expect(registered.string("health") == "unknown")
        var restarted = Self.registration
        restarted["max_jobs"] = 4
        let again = try await exchange.call(.post, Self.registerPath, as: "agent", json: restarted)
        #expect(again.string("id") == id && again.object["max_jobs"] as? Int == 4)
        let beat = try await exchange.call(.post, Self.heartbeatPath, as: "agent", json: ["active_jobs": 1])
        #expect(beat.string("health") == "online" && beat.object["free_slots"] as? Int == 3)
        try await refusals()
        let list = try await exchange.call(.get, "/api/v1/agents", as: "viewer")
        #expect(list.items.count == 1)
        try await exchange.call(.get, "/api/v1/agents/{id}", "/api/v1/agents/\(id)", as: "viewer")
        let missing = try await exchange.call(.get, "/api/v1/agents/{id}", "/api/v1/agents/nope", as: "viewer")
        #expect(missing.status == .notFound)
        try await statuses("/api/v1/agents/\(id)")
    }

    /// Bad bodies, a role that is not an agent, and a name another agent of the tenant has.
    private func refusals() async throws {
        var unknownKind = Self.registration
        unknownKind["capabilities"] = ["filesystem", "mainframe"]
        let kind = try await exchange.call(.post, Self.registerPath, as: "agent", json: unknownKind)
        #expect(kind.status == .unprocessableContent && kind.string("field") == "capabilities[1]")
        let negative = try await exchange.call(.post, Self.heartbeatPath, as: "agent", json: ["active_jobs": -1])
        #expect(negative.status == .unprocessableContent)
        let byOperator = try await exchange.call(.post, Self.registerPath, as: "operator", json: Self.registration)
        #expect(byOperator.status == .forbidden)
        let token = try await exchange.call(.post, "/api/v1/tokens", json: ["name": "edge-2", "role": "agent"])
        let secret = try #require(token.string("secret"))
        let taken = try await exchange.call(.post, Self.registerPath, as: secret, json: Self.registration)
        #expect(taken.status == .conflict)
    }

    /// Disable, enable and, last, revoke the agent at `path`.
    private func statuses(_ path: String) async throws {
        let template = "/api/v1/agents/{id}"
        let disabled = try await exchange.call(.post, template + "/disable", path + "/disable")
        #expect(disabled.string("status") == "disabled")
        let told = try await exchange.call(.post, Self.heartbeatPath, as: "agent", json: [:])
        #expect(told.string("status") == "disabled")
        let enabled = try await exchange.call(.post, template + "/enable", path + "/enable")
        #expect(enabled.string("status") == "active")
        let unknown = try await exchange.call(.post, template + "/revoke", "/api/v1/agents/nope/revoke")
        #expect(unknown.status == .notFound)
        let revoked = try await exchange.call(.post, template + "/revoke", path + "/revoke")
        #expect(revoked.string("status") == "revoked")
        #expect(try await exchange.call(.post, template + "/enable", path + "/enable").status == .conflict)
        #expect(try await exchange.call(.post, template + "/disable", path + "/disable").status == .conflict)
        let afterRevoke = try await exchange.call(.post, Self.heartbeatPath, as: "agent", json: [:])
        #expect(afterRevoke.status == .unauthorized)
    }

    static let registerPath = "/api/v1/agent/register"
    static let heartbeatPath = "/api/v1/agent/heartbeat"

    static let registration: [String: any Sendable] = [
        "name": "edge-eu", "capabilities": ["filesystem", "sqlite"], "tools": ["bandit"], "labels": ["dc-eu"],
        "max_jobs": 3, "host": "edge-1:4242", "version": "0.1.0",
    ]
}
