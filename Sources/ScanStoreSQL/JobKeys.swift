public import ScanCore

/// Idempotency keys and priorities of pipeline jobs.
///
/// A key names the step and the object inside the run, so a redelivered job that spawns
/// its children again hits the unique key and spawns nothing twice.
public enum JobKeys {
    public static func enumerate(run: Identifier<ScanRun>, cursor: String?) -> String {
        "\(run.rawValue)/enumerate/\(cursor.map { "@" + $0 } ?? "^")"
    }

    public static func scan(run: Identifier<ScanRun>, path: String) -> String {
        "\(run.rawValue)/scan/\(path)"
    }

    public static func finalize(run: Identifier<ScanRun>, path: String) -> String {
        "\(run.rawValue)/finalize/\(path)"
    }

    /// The effective priority: the definition's priority, then later pipeline steps first,
    /// so work in flight drains before enumeration adds more (this bounds the queue).
    public static func priority(base: Int, kind: JobKind) -> Int {
        base * 10 + rank(kind)
    }

    /// The definition priority a job's own priority was derived from.
    public static func base(of priority: Int) -> Int {
        Int((Double(priority) / 10).rounded(.down))
    }

    public static func maxAttempts(_ kind: JobKind) -> Int {
        kind == .scan ? 3 : 5
    }

    private static func rank(_ kind: JobKind) -> Int {
        switch kind {
        case .enumerate: 1
        case .scan: 2
        case .finalize: 3
        case .act: 4
        }
    }
}
