import Foundation
import ScanCore
import ScanIngest

/// Another scanner's SARIF report stored through ``ReportIngestor``, timed phase by phase:
/// reading alone, a first ingest (every finding new), the same bytes again (every finding
/// unchanged) and the file with one result in ten removed (those fixed).
///
/// The results carry no `fingerprints` or `partialFingerprints`, so each identity is the
/// keyed hash of its code, the costliest path. Each ingest's run counters are checked; a
/// wrong count fails the benchmark.
struct IngestBench {
    /// One timed phase.
    struct Phase: Codable {
        var name: String
        var seconds: Double
        /// Results in the file the phase read.
        var findings: Int
        var findingsPerSecond: Double
        /// Size of that file.
        var bytes: Int
    }

    let store: any ScanStore
    let results: Int
    let files: Int
    /// Says what is being measured (on standard error).
    let announce: (String) -> Void

    /// Every phase, in order, on a source and definition of their own.
    func measure() async throws -> [Phase] {
        let log = BenchSARIF(results: results, files: files)
        let full = try log.data()
        let trimmed = try log.data(droppingEvery: 10)
        let removed = results / 10
        let ingestor = ReportIngestor(store: store, hasher: Self.hasher, limits: limits(for: full))
        let destination = try await makeDefinition()
        var phases = [try parse(full, ingestor: ingestor)]
        phases.append(
            try await ingest(full, "first ingest (all new)", ingestor, destination, expecting: (results, 0, 0, 0))
        )
        phases.append(
            try await ingest(full, "re-ingest (all unchanged)", ingestor, destination, expecting: (0, results, 0, 0))
        )
        phases.append(
            try await ingest(
                trimmed,
                "ingest with 10% removed (fixed)",
                ingestor,
                destination,
                expecting: (0, results - removed, removed, 0)
            )
        )
        return phases
    }

    /// A fixed key: the benchmark's code is made up, and equal keys give comparable runs.
    private static let hasher = ValueHasher(key: Array(repeating: 7, count: 32))

    private func limits(for data: Data) -> IngestLimits {
        let defaults = IngestLimits()
        return IngestLimits(
            maximumBytes: max(defaults.maximumBytes, data.count),
            maximumResults: max(defaults.maximumResults, results)
        )
    }

    private func makeDefinition() async throws -> IngestDestination {
        let name = "bench-ingest-\(UUID().uuidString.prefix(8).lowercased())"
        let source = DataSource(name: name, kind: .filesystem, location: BenchSARIF.root, createdAt: Date())
        try await store.save(source)
        let definition = ScanDefinition(name: name, sourceID: source.id, createdAt: Date())
        try await store.save(definition)
        return IngestDestination(tenantID: Tenant.defaultID, definitionID: definition.id)
    }

    private func parse(_ data: Data, ingestor: ReportIngestor) throws -> Phase {
        announce("parse only, \(results) results, \(data.count) bytes")
        let importer = SARIFImporter(hasher: Self.hasher, limits: ingestor.limits, root: BenchSARIF.root)
        let start = ContinuousClock.now
        let runs = try importer.runs(from: data)
        let seconds = (ContinuousClock.now - start).seconds
        let fingerprints = Set(runs.flatMap(\.findings).map(\.fingerprint))
        guard runs.count == 1, runs[0].findings.count == results, fingerprints.count == results else {
            throw ScanError(
                .internalError,
                "parse read \(runs.map(\.findings.count)) findings with \(fingerprints.count) distinct "
                    + "fingerprints; expected one run of \(results)"
            )
        }
        return phase("parse only (SARIFImporter)", seconds: seconds, findings: results, bytes: data.count)
    }

    private func ingest(
        _ data: Data,
        _ name: String,
        _ ingestor: ReportIngestor,
        _ destination: IngestDestination,
        expecting expected: (new: Int, unchanged: Int, fixed: Int, reopened: Int)
    ) async throws -> Phase {
        announce(name)
        let start = ContinuousClock.now
        let runs = try await ingestor.ingestSARIF(data, into: destination, root: BenchSARIF.root, at: Date())
        let seconds = (ContinuousClock.now - start).seconds
        let counters = runs.first?.counters ?? RunCounters()
        let counted = (
            counters.findingsNew, counters.findingsUnchanged, counters.findingsFixed, counters.findingsReopened
        )
        guard runs.count == 1, runs[0].status == .completed, counted == expected else {
            throw ScanError(
                .internalError,
                "\(name): \(runs.count) run(s), counted new/unchanged/fixed/reopened \(counted); expected \(expected)"
            )
        }
        return phase(name, seconds: seconds, findings: expected.new + expected.unchanged, bytes: data.count)
    }

    private func phase(_ name: String, seconds: Double, findings: Int, bytes: Int) -> Phase {
        Phase(
            name: name,
            seconds: seconds,
            findings: findings,
            findingsPerSecond: Double(findings) / seconds,
            bytes: bytes
        )
    }
}

/// A SARIF 2.1.0 log shaped like a SAST tool's: one run of "bench-sast" with 20 rules,
/// results spread round-robin over `files` files under a fake checkout, each with a
/// location, a one- or two-line snippet and a message. Generated from indices alone, so
/// the same sizes give the same bytes; every snippet names its result, so no two results
/// share an identity.
private struct BenchSARIF {
    static let root = "/home/bench/checkout"

    let results: Int
    let files: Int

    /// The log as JSON, without every `droppingEvery`-th result (the last of each group) when given.
    func data(droppingEvery stride: Int? = nil) throws -> Data {
        let kept = (0..<results).filter { index in stride.map { index % $0 != $0 - 1 } ?? true }
        let driver = Driver(
            name: "bench-sast",
            version: "3.2.1",
            informationUri: "https://example.com/bench-sast",
            rules: Self.rules.enumerated().map { Self.rule($1, index: $0) }
        )
        let run = Run(tool: Tool(driver: driver), columnKind: "utf16CodeUnits", results: kept.map(result))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Log(runs: [run]))
    }

    private static let rules = [
        ("sql-injection", 89), ("command-injection", 78), ("path-traversal", 22), ("reflected-xss", 79),
        ("hardcoded-password", 798), ("weak-hash", 328), ("weak-cipher", 327), ("insecure-random", 330),
        ("xxe", 611), ("open-redirect", 601), ("ssrf", 918), ("unsafe-deserialization", 502),
        ("ldap-injection", 90), ("xpath-injection", 643), ("log-injection", 117), ("insecure-cookie", 614),
        ("tls-verification-disabled", 295), ("eval-injection", 95), ("regex-dos", 1333), ("debug-enabled", 489),
    ]
    private static let levels = ["error", "warning", "note"]
    private static let folders = ["src/api", "src/core", "src/db", "src/web", "lib/util", "services/billing"]
    private static let extensions = ["java", "py", "ts", "go", "swift"]
    private static let sinks = [
        ("let rows = try db.query(\"SELECT * FROM orders WHERE id = \" + ", ")"),
        ("subprocess.call(\"convert \" + ", ", shell=True)"), ("res.send(\"<p>\" + ", " + \"</p>\")"),
        ("digest = hashlib.md5(", ").hexdigest()"), ("const target = path.join(uploads, ", ")"),
    ]

    private static func rule(_ rule: (name: String, cwe: Int), index: Int) -> Rule {
        Rule(
            id: "BS\(1001 + index)",
            name: rule.name,
            shortDescription: Text(text: "Possible \(rule.name.replacingOccurrences(of: "-", with: " "))"),
            defaultConfiguration: ["level": levels[index % levels.count]],
            properties: Properties(tags: ["security", "external/cwe/cwe-\(rule.cwe)"], precision: "high")
        )
    }

    private func result(_ index: Int) -> ResultEntry {
        let ruleIndex = (index / 3) % Self.rules.count
        let file = index % files
        let folder = Self.folders[file % Self.folders.count]
        let uri = "file://\(Self.root)/\(folder)/module\(file / 40)/Handler\(file).\(Self.extensions[file % 5])"
        let line = 12 + (index / files) * 17 + index % 7
        let (prefix, suffix) = Self.sinks[index % Self.sinks.count]
        var snippet = "        " + prefix + "request.param(\"field\(index)\")" + suffix
        if index % 4 == 0 { snippet = "    // handler \(file)\n" + snippet }
        let region = Region(
            startLine: line,
            startColumn: 9 + index % 23,
            endLine: index % 4 == 0 ? line + 1 : nil,
            snippet: Text(text: snippet)
        )
        let location = Location(
            physicalLocation: PhysicalLocation(artifactLocation: Artifact(uri: uri), region: region)
        )
        return ResultEntry(
            ruleId: "BS\(1001 + ruleIndex)",
            ruleIndex: ruleIndex,
            level: Self.levels[ruleIndex % 3],
            message: Text(
                text: "Untrusted data from request.param reaches a \(Self.rules[ruleIndex].0) sink at line \(line)"
            ),
            locations: [location]
        )
    }

    // MARK: SARIF members written (§3.13 onwards)

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var columnKind: String
        var results: [ResultEntry]
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var defaultConfiguration: [String: String]
        var properties: Properties
    }

    struct Properties: Encodable {
        var tags: [String]
        var precision: String
    }

    struct Text: Encodable { var text: String }

    struct ResultEntry: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
    }

    struct Location: Encodable { var physicalLocation: PhysicalLocation }

    struct PhysicalLocation: Encodable {
        var artifactLocation: Artifact
        var region: Region
    }

    struct Artifact: Encodable { var uri: String }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int?
        var snippet: Text
    }
}
