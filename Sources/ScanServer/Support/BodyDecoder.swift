import Foundation
import Hummingbird
import NIOCore

/// Reads and decodes JSON request bodies with a size limit and field-level errors.
public enum BodyDecoder {
    /// The largest body accepted, in bytes.
    public static let maxBodySize = 1 << 20

    /// Decodes the body as `T`.
    /// - Throws: 413 for an oversized body, 415 for a non-JSON content type, 400 for
    ///   malformed JSON, 422 naming the field for unknown fields, wrong types or missing ones.
    static func decode<T: APIInput>(_ type: T.Type, from request: Request) async throws -> T {
        try requireJSON(request)
        let data = try await collect(request)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw APIProblem.badRequest("the body is not valid JSON")
        }
        guard let fields = object as? [String: Any] else {
            throw APIProblem.badRequest("the body must be a JSON object")
        }
        try checkFields(fields, of: T.self, path: "")
        do {
            return try jsonDecoder.decode(T.self, from: data)
        } catch let error as DecodingError {
            throw problem(for: error)
        }
    }

    /// - Throws: 415 when the request says its body is not JSON.
    static func requireJSON(_ request: Request) throws {
        if let contentType = request.headers[.contentType], !contentType.lowercased().contains("json") {
            throw APIProblem(
                status: .unsupportedMediaType,
                title: "Unsupported Media Type",
                detail: "send the body as application/json"
            )
        }
    }

    /// The decoder used for bodies: ISO 8601 dates, explicit snake_case keys.
    static let jsonDecoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    /// The whole body, refused with 413 past `limit` bytes: at once when `Content-Length`
    /// says so, else as soon as the bytes read pass it. `subject` names it in the answer.
    static func collect(
        _ request: Request,
        limit: Int = maxBodySize,
        subject: String = "the body"
    ) async throws
        -> Data
    {
        let tooLarge = APIProblem(
            status: .contentTooLarge,
            title: "Content Too Large",
            detail: "\(subject) is larger than \(limit) bytes"
        )
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit { throw tooLarge }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Data(buffer.readableBytesView)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw tooLarge
        } catch is NIOTooManyBytesError {
            throw tooLarge
        }
    }

    private static func checkFields(_ fields: [String: Any], of type: any APIInput.Type, path: String) throws {
        let known = type.fieldNames
        for key in fields.keys.sorted() {
            let fieldPath = path.isEmpty ? key : "\(path).\(key)"
            guard known.contains(key) else {
                throw APIProblem.invalid(fieldPath, "unknown field '\(fieldPath)'")
            }
            if let nested = type.nestedInputs[key], let object = fields[key] as? [String: Any] {
                try checkFields(object, of: nested, path: fieldPath)
            }
        }
    }

    static func problem(for error: DecodingError) -> APIProblem {
        switch error {
        case .typeMismatch(let type, let context):
            let field = path(context.codingPath)
            return .invalid(field, "field '\(field)' must be \(describe(type))")
        case .valueNotFound(let type, let context):
            let field = path(context.codingPath)
            return .invalid(field, "field '\(field)' must be \(describe(type)), not null")
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            return .invalid(field, "field '\(field)' is required")
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            return .invalid(field, "field '\(field)' is invalid: \(context.debugDescription)")
        @unknown default:
            return .badRequest("the body could not be decoded")
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? "body" : text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Int64.Type: return "an integer"
        case is Double.Type: return "a number"
        case is Bool.Type: return "a boolean"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return name
        }
    }
}
