import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ScanCore

/// Reads and writes the bodies of the agent job protocol in ``AgentWire``'s own encoding.
///
/// They carry ScanLogic's values as their `Codable` forms (default keys, numeric dates),
/// not the API's snake_case, so they skip ``BodyDecoder``'s field check but keep its size
/// limit and its 4xx answers for bodies that do not decode.
enum AgentWireBody {
    /// The largest body accepted: a tool's reports can be as large as an ingested report.
    static let maxBytes = 64 << 20

    /// The body decoded as `T`.
    /// - Throws: 413 past ``maxBytes``, 415 for a non-JSON content type, 400 for malformed
    ///   JSON, 422 naming the field that does not decode.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        try BodyDecoder.requireJSON(request)
        let data = try await BodyDecoder.collect(request, limit: maxBytes)
        do {
            return try AgentWire.decoder().decode(T.self, from: data)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            throw APIProblem.badRequest("the body is not valid JSON")
        } catch let error as DecodingError {
            throw BodyDecoder.problem(for: error)
        }
    }

    /// A 200 answer holding `value`.
    static func response(_ value: some Encodable) throws -> Response {
        let data = try AgentWire.encoder().encode(value)
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
