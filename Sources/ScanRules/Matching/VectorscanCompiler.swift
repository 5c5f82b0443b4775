internal import CVectorscan
internal import ScanCore

#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

/// Turns ``VectorscanPattern`` lists into a block-mode database.
enum VectorscanCompiler {
    /// The outcome of one `hs_compile_multi` call.
    private enum Attempt {
        case compiled(OpaquePointer)
        case failed(message: String, expression: Int)
    }

    /// Compiles `patterns`, dropping start tracking for the patterns that cannot have it.
    ///
    /// Leftmost start tracking is asked for where `exactStarts` is `true` (the shared
    /// database of ``VectorscanDatabase`` asks for none). When the compiler rejects one
    /// pattern and that pattern compiles without it, its flag in `exactStarts` turns
    /// `false` and compilation is retried; any other failure names the pattern's owner.
    /// - Throws: ``ScanError`` with `.invalidRule`.
    static func compile(_ patterns: [VectorscanPattern], exactStarts: inout [Bool]) throws -> OpaquePointer {
        while true {
            switch attempt(patterns, exactStarts: exactStarts) {
            case .compiled(let database):
                return database
            case .failed(let message, let index) where patterns.indices.contains(index):
                let pattern = patterns[index]
                if exactStarts[index], compiles(pattern, exactStart: false) {
                    exactStarts[index] = false
                    continue
                }
                throw ScanError(.invalidRule, "rule '\(pattern.owner)' has an invalid pattern", detail: message)
            case .failed(let message, _):
                throw ScanError(.invalidRule, "the rule patterns could not be compiled", detail: message)
            }
        }
    }

    /// Compiles `pattern` alone with leftmost start tracking, or returns `nil` when
    /// Vectorscan cannot track its starts.
    static func compileWithStarts(_ pattern: VectorscanPattern) -> OpaquePointer? {
        if case .compiled(let database) = attempt([pattern], exactStarts: [true]) { return database }
        return nil
    }

    /// The longest match `pattern` can produce, or `nil` when it is unbounded or unknown.
    static func maxWidth(of pattern: VectorscanPattern) -> Int? {
        var info: UnsafeMutablePointer<hs_expr_info_t>?
        var error: UnsafeMutablePointer<hs_compile_error_t>?
        let status = hs_expression_info(pattern.expression, flags(for: pattern, exactStart: false), &info, &error)
        defer {
            free(info)
            if let error { hs_free_compile_error(error) }
        }
        guard status == HS_SUCCESS, let width = info?.pointee.max_width, width != UInt32.max else { return nil }
        return Int(width)
    }

    /// The compile flags: multi-line anchors, raw bytes (no UTF-8 mode), `.` stops at newlines.
    static func flags(for pattern: VectorscanPattern, exactStart: Bool) -> UInt32 {
        var flags = UInt32(HS_FLAG_MULTILINE)
        if pattern.caseInsensitive { flags |= UInt32(HS_FLAG_CASELESS) }
        if exactStart { flags |= UInt32(HS_FLAG_SOM_LEFTMOST) }
        return flags
    }

    private static func compiles(_ pattern: VectorscanPattern, exactStart: Bool) -> Bool {
        if case .compiled(let database) = attempt([pattern], exactStarts: [exactStart]) {
            hs_free_database(database)
            return true
        }
        return false
    }

    private static func attempt(_ patterns: [VectorscanPattern], exactStarts: [Bool]) -> Attempt {
        let expressions = patterns.map { strdup($0.expression) }
        defer { for expression in expressions { free(expression) } }
        let flagList = zip(patterns, exactStarts).map { flags(for: $0, exactStart: $1) }
        let ids = patterns.indices.map { UInt32($0) }
        var database: OpaquePointer?
        var error: UnsafeMutablePointer<hs_compile_error_t>?
        let status = expressions.map { UnsafePointer($0) }.withUnsafeBufferPointer { pointers in
            hs_compile_multi(
                pointers.baseAddress,
                flagList,
                ids,
                UInt32(patterns.count),
                UInt32(HS_MODE_BLOCK),
                nil,
                &database,
                &error
            )
        }
        if status == HS_SUCCESS, let database { return .compiled(database) }
        defer { if let error { hs_free_compile_error(error) } }
        let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "error \(status)"
        return .failed(message: message, expression: Int(error?.pointee.expression ?? -1))
    }
}
