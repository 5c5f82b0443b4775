import Foundation
import Yams

/// The OpenAPI 3.1 document of API v1, served at `/openapi.json`.
///
/// The document is written as YAML in fragments, one file per resource group, and
/// converted to JSON once. `OpenAPIDocumentTests` checks that it lists exactly the routes
/// the router registers, and `scripts/smoke.sh` validates it with `openapi-spec-validator`.
///
/// ```swift
/// let document = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8))
/// ```
public enum OpenAPIDocument {
    /// The document as YAML.
    public static let yaml = [
        header,
        operationsPaths,
        sourcePaths,
        scanPaths,
        runPaths,
        ruleSetPaths,
        rulePaths,
        findingPaths,
        accessPaths,
        limitPaths,
        ingestPaths,
        agentPaths,
        agentJobPaths,
        components,
        schemas,
        resourceSchemas,
        catalogSchemas,
        ingestSchemas,
        agentJobSchemas,
    ]
    .joined(separator: "\n")

    /// The document as JSON with sorted keys, converted from ``yaml`` once.
    ///
    /// - Important: A fragment that is not valid YAML, or a value YAML reads as something
    ///   other than JSON (an unquoted date, a numeric key), stops the process the first time
    ///   this is read; the tests read it.
    public static let json: String = {
        do {
            return try makeJSON(from: yaml)
        } catch {
            preconditionFailure("the OpenAPI document does not convert to JSON: \(error)")
        }
    }()

    /// Converts a YAML document into JSON with sorted keys and unescaped slashes.
    /// - Throws: When the YAML does not parse or holds a value JSON cannot represent.
    static func makeJSON(from yaml: String) throws -> String {
        let object = try jsonValue(Yams.load(yaml: yaml) as Any, path: "")
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// `value` with every mapping keyed by strings, as JSONSerialization needs.
    private static func jsonValue(_ value: Any, path: String) throws -> Any {
        switch value {
        case let mapping as [AnyHashable: Any]:
            var object: [String: Any] = [:]
            for (key, item) in mapping {
                guard let name = key.base as? String else { throw ConversionError(path: "\(path).\(key)") }
                object[name] = try jsonValue(item, path: "\(path).\(name)")
            }
            return object
        case let list as [Any]:
            return try list.enumerated().map { try jsonValue($0.element, path: "\(path)[\($0.offset)]") }
        case is String, is Bool, is Int, is Double, is NSNull:
            return value
        default:
            throw ConversionError(path: path)
        }
    }

    /// A YAML value with no JSON form: a non-string key, a date or binary data.
    struct ConversionError: Error, CustomStringConvertible {
        var path: String
        var description: String { "no JSON form for the value at \(path); quote it" }
    }
}
