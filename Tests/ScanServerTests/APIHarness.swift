import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import ScanCore
import ScanIngest
import ScanServer
import ScanStoreSQLite

/// A server over a fresh in-memory store with a token of every role in tenant `acme`
/// and an admin token in tenant `globex`, driven through HummingbirdTesting.
struct APIHarness {
    let store: SQLiteScanStore
    let environment: ServerEnvironment
    /// Secrets by name: `admin`, `operator`, `viewer`, `agent` (tenant acme), `other` (tenant globex).
    let tokens: [String: String]

    static let tenant = TenantID("acme")
    static let otherTenant = TenantID("globex")

    init(
        testSource: @escaping ServerEnvironment.SourceTester = Self.healthyTester,
        ingestLimits: IngestLimits = IngestLimits()
    ) async throws {
        store = try SQLiteScanStore.inMemory()
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        environment = ServerEnvironment(
            store: store,
            testSource: testSource,
            eventPollInterval: .milliseconds(20),
            logger: logger,
            hasher: ValueHasher(key: Array(repeating: 9, count: 32)),
            ingestLimits: ingestLimits
        )
        var tokens: [String: String] = [:]
        for role in Role.allCases {
            tokens[role.rawValue] = try await Self.issue(role, named: role.rawValue, tenant: Self.tenant, in: store)
        }
        tokens["other"] = try await Self.issue(.admin, named: "other", tenant: Self.otherTenant, in: store)
        self.tokens = tokens
    }

    static func issue(
        _ role: Role,
        named name: String,
        tenant: TenantID,
        in store: SQLiteScanStore
    ) async throws
        -> String
    {
        let secret = TokenSecret.generate()
        try await store.save(
            APIToken(
                tenantID: tenant,
                name: name,
                role: role,
                secretHash: TokenSecret.hash(secret),
                prefix: TokenSecret.displayPrefix(secret),
                createdAt: Date()
            )
        )
        return secret
    }

    static let healthyTester: ServerEnvironment.SourceTester = { _ in
        SourceHealth(ok: true, latencyMs: 1, checkedAt: Date())
    }

    /// Runs `body` against the router.
    func test<T: Sendable>(_ body: @Sendable (Client) async throws -> T) async throws -> T {
        let app = Application(router: APIServer.router(environment), logger: environment.logger)
        return try await app.test(.router) { client in try await body(Client(client: client, tokens: tokens)) }
    }

    /// A client that sends JSON as a named token and parses the answer.
    struct Client: Sendable {
        let client: any TestClientProtocol
        let tokens: [String: String]

        @discardableResult
        func send(
            _ method: HTTPRequest.Method,
            _ path: String,
            as token: String? = "admin",
            json: Any? = nil,
            rawBody: String? = nil,
            headers extra: HTTPFields = [:]
        ) async throws -> Reply {
            var headers = extra
            if let token { headers[.authorization] = "Bearer \(tokens[token] ?? token)" }
            var body: ByteBuffer?
            if let json {
                headers[.contentType] = "application/json"
                body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
            } else if let rawBody {
                headers[.contentType] = "application/json"
                body = ByteBuffer(string: rawBody)
            }
            return try await client.execute(uri: path, method: method, headers: headers, body: body) { response in
                Reply(status: response.status, headers: response.headers, body: Data(response.body.readableBytesView))
            }
        }
    }

    /// A parsed response.
    struct Reply: Sendable {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: Data

        var text: String { String(decoding: body, as: UTF8.self) }

        /// The body as a JSON object (empty when it is not one).
        var object: [String: Any] {
            (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        }

        /// The `items` of a page.
        var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }

        func string(_ key: String) -> String? { object[key] as? String }
    }
}
