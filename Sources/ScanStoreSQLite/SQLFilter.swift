import GRDB

/// A `WHERE` clause built from the filters a query actually sets.
///
/// Writing `(? IS NULL OR column = ?)` for every optional filter hides the real
/// conditions from SQLite's planner; listing only the set ones lets it pick an index.
struct SQLFilter {
    private(set) var conditions: [String] = []
    private(set) var arguments = StatementArguments()

    /// Adds `condition` with the values of its placeholders.
    mutating func add(_ condition: String, _ values: (any DatabaseValueConvertible)?...) {
        add(condition, arguments: values)
    }

    /// Adds `condition` with the values of its placeholders, as an array.
    mutating func add(_ condition: String, arguments values: [(any DatabaseValueConvertible)?]) {
        conditions.append(condition)
        arguments += StatementArguments(values)
    }

    /// Adds `condition` only when `value` is set.
    mutating func add(_ condition: String, ifSet value: (any DatabaseValueConvertible)?) {
        guard let value else { return }
        add(condition, value)
    }

    /// `WHERE …` joining the conditions with `AND`, or nothing.
    var clause: String {
        conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
    }
}

/// Prefix matching that treats every character of the prefix literally.
///
/// `LIKE` ignores ASCII case in SQLite, which is wrong for paths and actions, so the
/// prefix becomes a `GLOB` pattern with its wildcards (`*`, `?`, `[`) bracketed.
enum GlobPattern {
    static func prefix(_ prefix: String) -> String {
        var pattern = ""
        for character in prefix {
            switch character {
            case "*", "?", "[": pattern += "[\(character)]"
            default: pattern.append(character)
            }
        }
        return pattern + "*"
    }
}
