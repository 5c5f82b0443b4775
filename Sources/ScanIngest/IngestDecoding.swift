import Foundation
import ScanCore

/// JSON decoding of an ingested file whose errors name the member at fault
/// (`invalid SARIF: runs[0].results[3].message: required member missing`).
enum IngestDecoding {
    /// Decodes `data` as `T`; `format` names the kind of file in errors.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, format: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw ScanError(.invalidInput, "invalid \(format): " + describe(error))
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): required member missing"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(name(of: type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(name(of: type)), found null"
        case .dataCorrupted(let context):
            let at = context.codingPath.isEmpty ? "" : path(context.codingPath) + ": "
            return at + "not valid JSON"
        @unknown default:
            return "unreadable"
        }
    }

    /// `runs[0].results[3].message`, or `the document` for the root.
    private static func path(_ keys: [any CodingKey]) -> String {
        guard !keys.isEmpty else { return "the document" }
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }
}
