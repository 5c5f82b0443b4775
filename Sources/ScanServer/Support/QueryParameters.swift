import Hummingbird

/// Typed access to query parameters, with 400 answers that name the parameter.
struct QueryParameters {
    /// The largest page a list accepts.
    static let maxPageSize = 500

    let request: Request

    init(_ request: Request) {
        self.request = request
    }

    func string(_ name: String) -> String? {
        request.uri.queryParameters[Substring(name)].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
    }

    func int(_ name: String) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text) else { throw APIProblem.badRequest("'\(name)' must be an integer", field: name) }
        return value
    }

    func int64(_ name: String) throws -> Int64? {
        guard let text = string(name) else { return nil }
        guard let value = Int64(text) else {
            throw APIProblem.badRequest("'\(name)' must be an integer", field: name)
        }
        return value
    }

    func value<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws -> T?
    where T.RawValue == String {
        guard let text = string(name) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIProblem.badRequest("'\(name)' must be one of \(allowed)", field: name)
        }
        return value
    }

    /// The page size: `default` when absent, 400 when outside `1...maxPageSize`.
    func limit(default defaultValue: Int = 100) throws -> Int {
        guard let value = try int("limit") else { return defaultValue }
        guard (1...Self.maxPageSize).contains(value) else {
            throw APIProblem.badRequest("'limit' must be between 1 and \(Self.maxPageSize)", field: "limit")
        }
        return value
    }
}
