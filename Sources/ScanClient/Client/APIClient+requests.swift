import AsyncHTTPClient
public import Foundation
import NIOCore
import NIOHTTP1

/// The HTTP methods the API uses.
public enum APIMethod: String, Sendable {
    case get = "GET"
    case post = "POST"
    case patch = "PATCH"
    case delete = "DELETE"
}

extension APIClient {
    /// An answer: its status and body.
    public struct Answer: Sendable {
        /// The HTTP status code.
        public var status: Int
        /// The body.
        public var body: Data
    }

    /// `GET path` decoded as `type`.
    public func get<T: Decodable>(_ type: T.Type, _ path: String, query: [URLQueryItem] = []) async throws -> T {
        try decode(type, try await send(.get, path, query: query))
    }

    /// `method path` with the JSON `body`, decoded as `type`.
    public func send<T: Decodable>(
        _ type: T.Type,
        _ method: APIMethod,
        _ path: String,
        body: some Encodable
    ) async throws -> T {
        try decode(type, try await send(method, path, json: try APIJSON.makeEncoder().encode(body)))
    }

    /// `method path` without a body, decoded as `type`.
    public func send<T: Decodable>(_ type: T.Type, _ method: APIMethod, _ path: String) async throws -> T {
        try decode(type, try await send(method, path))
    }

    /// `method path` with an optional JSON body; any status below 400 is returned.
    /// - Throws: ``APIClientError`` with the problem's detail for a 4xx or 5xx answer.
    public func send(
        _ method: APIMethod,
        _ path: String,
        query: [URLQueryItem] = [],
        json: Data? = nil
    ) async throws -> Answer {
        var request = makeRequest(method, path, query: query, accept: "application/json")
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: json))
        }
        let answer = try await transport {
            let response = try await http.execute(
                request,
                timeout: .nanoseconds(Self.nanoseconds(configuration.requestTimeout))
            )
            let bytes = try await response.body.collect(upTo: 64 << 20)
            return (response, Answer(status: Int(response.status.code), body: Data(bytes.readableBytesView)))
        }
        guard answer.1.status < 400 else {
            throw APIClientError.problem(
                status: answer.1.status,
                body: answer.1.body,
                requestID: answer.0.headers.first(name: "X-Request-ID")
            )
        }
        return answer.1
    }

    /// Decodes an answer's body.
    public func decode<T: Decodable>(_ type: T.Type, _ answer: Answer) throws -> T {
        do {
            return try APIJSON.makeDecoder().decode(type, from: answer.body)
        } catch {
            throw APIClientError(
                .invalidResponse,
                "the server's answer could not be read (\(error))",
                status: answer.status
            )
        }
    }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
    }

    func makeRequest(_ method: APIMethod, _ path: String, query: [URLQueryItem], accept: String) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url(path, query: query).absoluteString)
        request.method = HTTPMethod(rawValue: method.rawValue)
        request.headers.add(name: "Accept", value: accept)
        request.headers.add(name: "User-Agent", value: "scanlogic")
        if let token = configuration.token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        return request
    }

    /// The URL of `path` (relative to `/api/v1`) with `query`; `+` is escaped so servers do not read a space.
    func url(_ path: String, query: [URLQueryItem]) -> URL {
        var components = URLComponents(url: configuration.baseURL, resolvingAgainstBaseURL: false)!
        components.path += path.hasPrefix("/") ? path : "/" + path
        let items = query.filter { $0.value != nil }
        if !items.isEmpty {
            components.queryItems = items
            components.percentEncodedQuery = components.percentEncodedQuery?.replacingOccurrences(of: "+", with: "%2B")
        }
        return components.url!
    }

    /// Runs `operation`, turning transport failures into ``APIClientError``s that name the host only.
    func transport<T>(_ operation: () async throws -> T) async throws -> T {
        do {
            return try await operation()
        } catch let error as APIClientError {
            throw error
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw APIClientError(.timeout, "the server at \(host) did not answer in time")
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw APIClientError(.unreachable, "cannot reach the server at \(host) (\(error))")
        }
    }

    var host: String {
        let components = URLComponents(url: configuration.baseURL, resolvingAgainstBaseURL: false)
        return (components?.host ?? "?") + (components?.port.map { ":\($0)" } ?? "")
    }
}
