import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// JSON responses: snake_case keys, ISO 8601 dates, sorted keys for stable output.
enum JSONResponse {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try encoder.encode(value)
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The same output for types whose `CodingKeys` are already snake_case: no key
    /// conversion, which doubles the encoder's speed on large pages.
    static let plainEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func makePlain(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try plainEncoder.encode(value)
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func noContent() -> Response {
        Response(status: .noContent)
    }
}

/// A list with the cursor of the next page; `next_cursor` is absent on the last page and on
/// lists that are not paged.
struct Page<Item: Encodable>: Encodable {
    var items: [Item]
    var nextCursor: String?
}
