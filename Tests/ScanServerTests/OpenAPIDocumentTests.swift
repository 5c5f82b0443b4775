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
            #expect(["viewer", "operator", "admin"].contains(role))
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

    @Test func requiredRolesHoldOnTheServer() async throws {
        let api = try await APIHarness()
        try await api.test { client async throws in
            for operation in try Self.operations() where !operation.isPublic {
                let role = try #require(operation.role)
                let below = try await Self.probe(operation, as: try #require(Self.roleBelow[role]), client)
                #expect(below == .forbidden, "\(operation) as the role below \(role): \(below)")
                let allowed = try await Self.probe(operation, as: role, client)
                #expect(![.unauthorized, .forbidden].contains(allowed), "\(operation) as \(role): \(allowed)")
            }
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
        json: [String: any Sendable]? = nil
    ) async throws -> APIHarness.Reply {
        let reply = try await client.send(method, path ?? template, as: token, json: json)
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
