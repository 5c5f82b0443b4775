import ArgumentParser
import Foundation
import ScanClient
import ScanCore

/// The server side of `findings list`: the API's filters (`severity` is a minimum), pages
/// followed through `next_cursor` up to the limit.
struct RemoteFindingFilter {
    var scan: String?
    var run: String?
    var status: FindingStatus?
    var severity: Severity?
    var rule: String?
    var triage: String?

    var query: [URLQueryItem] {
        [
            URLQueryItem(name: "scan_id", value: scan), URLQueryItem(name: "run_id", value: run),
            URLQueryItem(name: "status", value: status?.rawValue),
            URLQueryItem(name: "severity", value: severity?.rawValue),
            URLQueryItem(name: "rule_id", value: rule), URLQueryItem(name: "triage", value: triage),
        ]
    }

    func findings(_ client: APIClient, limit: Int) async throws -> [Finding] {
        try await client.list(RemoteFinding.self, "/findings", query: query, cursorParameter: "after", limit: limit)
            .map(\.finding)
    }
}

/// The decisions `findings triage --state` accepts; `none` clears a decision.
enum TriageChoice: String, ExpressibleByArgument, CaseIterable {
    case falsePositive = "false_positive"
    case acceptedRisk = "accepted_risk"
    case ignored
    case none
}
