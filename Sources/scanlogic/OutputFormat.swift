import ArgumentParser
import ScanCore

/// How findings are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
    case sarif
}

/// Parsers for domain values given as options (conformances to ArgumentParser's protocols
/// would be retroactive, so options use these transforms instead).
enum ArgumentValue {
    static func severity(_ text: String) throws -> Severity {
        guard let value = Severity(rawValue: text.lowercased()) else {
            throw ValidationError(
                "unknown severity '\(text)'; use one of \(Severity.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return value
    }

    static func role(_ text: String) throws -> Role {
        guard let value = Role(rawValue: text.lowercased()) else {
            throw ValidationError(
                "unknown role '\(text)'; use one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return value
    }

    static func status(_ text: String) throws -> FindingStatus {
        guard let value = FindingStatus(rawValue: text.lowercased()) else {
            throw ValidationError("unknown status '\(text)'; use open or fixed")
        }
        return value
    }
}
