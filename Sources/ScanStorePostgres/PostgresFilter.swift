import PostgresNIO

/// A `WHERE` clause built from the filters a query actually sets, with PostgreSQL's
/// numbered placeholders.
///
/// Conditions are written with `?` for each value, as in the SQLite store; the filter
/// numbers them (`$1`, `$2`, …) in the order they are added and keeps the values as
/// bindings, so no value is ever spliced into the SQL.
///
/// ```swift
/// var filter = PostgresFilter()
/// try filter.add("r.tenant_id = ?", tenant.rawValue)
/// try filter.add("r.status = ANY(?)", ifSet: names)
/// let query = try filter.query("SELECT r.* FROM scan_runs r \(filter.clause) LIMIT \(filter.bind(limit))")
/// ```
struct PostgresFilter {
    // MARK: Member variables

    private var conditions: [String] = []
    private var bindings = PostgresBindings()

    // MARK: Methods

    /// Adds `condition`, numbering its `?` placeholders for `values` in order.
    mutating func add(_ condition: String, _ values: any PostgresThrowingDynamicTypeEncodable...) throws {
        var remaining = values[...]
        var numbered = ""
        for character in condition {
            guard character == "?", let value = remaining.popFirst() else {
                numbered.append(character)
                continue
            }
            numbered += try bind(value)
        }
        conditions.append(numbered)
    }

    /// Adds `condition` only when `value` is set.
    mutating func add(_ condition: String, ifSet value: (any PostgresThrowingDynamicTypeEncodable)?) throws {
        guard let value else { return }
        try add(condition, value)
    }

    /// Binds `value` and returns its placeholder, for values outside the `WHERE` clause
    /// such as `LIMIT`.
    mutating func bind(_ value: some PostgresThrowingDynamicTypeEncodable) throws -> String {
        try bindings.append(value)
        return "$\(bindings.count)"
    }

    /// `WHERE …` joining the conditions with `AND`, or nothing.
    var clause: String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }

    /// `sql`, whose placeholders came from this filter, with the filter's values.
    func query(_ sql: String) -> PostgresQuery {
        PostgresQuery(unsafeSQL: sql, binds: bindings)
    }
}
