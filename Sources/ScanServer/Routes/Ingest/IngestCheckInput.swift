import ScanCore

/// The body of `POST /ingest/check`: `{"fingerprints": ["…", …]}`, up to 10,000.
struct IngestCheckInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case fingerprints
    }

    static let maxFingerprints = 10_000

    var fingerprints: [String]

    func validated() throws -> [String] {
        guard fingerprints.count <= Self.maxFingerprints else {
            throw APIProblem.invalid(
                "fingerprints",
                "field 'fingerprints' lists \(fingerprints.count) values; at most \(Self.maxFingerprints) per request"
            )
        }
        return Array(Set(fingerprints)).sorted()
    }
}

/// The answer of `POST /ingest/check`: what the definition knows of each fingerprint.
struct IngestCheckView: Encodable {
    var known: [KnownFinding]
    var unknown: [String]
}

/// The answer of an ingest: one run per tool, and the changes summed over them.
struct IngestView: Encodable {
    struct Totals: Encodable {
        var new = 0
        var unchanged = 0
        var fixed = 0
        var reopened = 0
    }

    var runs: [RunView]
    var findings: Totals

    init(runs: [ScanRun]) {
        self.runs = runs.map(RunView.init)
        var totals = Totals()
        for counters in runs.map(\.counters) {
            totals.new += counters.findingsNew
            totals.unchanged += counters.findingsUnchanged
            totals.fixed += counters.findingsFixed
            totals.reopened += counters.findingsReopened
        }
        findings = totals
    }
}
