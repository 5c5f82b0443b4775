import AsyncHTTPClient
public import Foundation
import NIOCore

/// A client of a ScanLogic server's `/api/v1` API.
///
/// It owns an `HTTPClient`, so every client must be shut down; ``withClient(_:_:)`` does it
/// whatever the body throws.
///
/// ```swift
/// let configuration = try APIClient.Configuration(server: "https://scan.example", token: token)
/// let sources = try await APIClient.withClient(configuration) { client in
///     try await client.get([RemoteSource].self, "/sources")
/// }
/// ```
public struct APIClient: Sendable {
    /// Where the server is, how to authenticate and how long to wait.
    public struct Configuration: Sendable {
        /// The API root, ending in `/api/v1`.
        public var baseURL: URL
        /// The bearer token; sent only in the `Authorization` header.
        public var token: String?
        /// The deadline of one ordinary request. Default: 30 seconds.
        public var requestTimeout: Duration
        /// How long an event stream may stay silent before it is reopened. Default: 90 seconds.
        public var streamIdleTimeout: Duration

        /// Creates a configuration from a server address such as `http://localhost:8080`.
        ///
        /// - Throws: ``APIClientError/Code/invalidInput`` if `server` is not an http(s) URL or
        ///   carries a user name or password (credentials belong in the token variable).
        public init(
            server: String,
            token: String?,
            requestTimeout: Duration = .seconds(30),
            streamIdleTimeout: Duration = .seconds(90)
        ) throws {
            self.baseURL = try Self.apiRoot(server)
            self.token = token
            self.requestTimeout = requestTimeout
            self.streamIdleTimeout = streamIdleTimeout
        }

        static func apiRoot(_ server: String) throws -> URL {
            guard var components = URLComponents(string: server), let scheme = components.scheme?.lowercased(),
                scheme == "http" || scheme == "https", components.host?.isEmpty == false
            else {
                throw APIClientError(.invalidInput, "the server address must be an http:// or https:// URL")
            }
            guard components.user == nil, components.password == nil else {
                throw APIClientError(.invalidInput, "the server address must not hold credentials; use SCANLOGIC_TOKEN")
            }
            var path = components.path
            while path.hasSuffix("/") { path.removeLast() }
            if !path.hasSuffix("/api/v1") { path += "/api/v1" }
            components.path = path
            components.query = nil
            components.fragment = nil
            guard let url = components.url else {
                throw APIClientError(.invalidInput, "the server address is not a valid URL")
            }
            return url
        }
    }

    // MARK: Member variables

    /// The configuration.
    public let configuration: Configuration
    let http: HTTPClient

    // MARK: Initialization

    /// Creates a client and its HTTP connection pool.
    /// - Important: Call ``shutdown()`` when done, or use ``withClient(_:_:)``.
    public init(configuration: Configuration) {
        self.configuration = configuration
        var http = HTTPClient.Configuration(
            // A redirect to another host would carry the bearer token there.
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(10), read: .seconds(configuration.streamIdleTimeout.components.seconds))
        )
        http.httpVersion = .automatic
        self.http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: http)
    }

    // MARK: Methods

    /// Runs `body` with a new client and shuts the client down afterwards, also on error.
    public static func withClient<Result>(
        _ configuration: Configuration,
        _ body: (APIClient) async throws -> Result
    ) async throws -> Result {
        let client = APIClient(configuration: configuration)
        do {
            let result = try await body(client)
            try await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    /// Closes the client's connections.
    public func shutdown() async throws {
        try await http.shutdown()
    }
}
