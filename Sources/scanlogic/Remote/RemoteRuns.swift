import ArgumentParser
import Foundation
import ScanClient
import ScanCore

/// The server side of `runs list|show|cancel`: same output as the local commands.
enum RemoteRuns {
    static func list(_ client: APIClient, status: RunStatus?, scan: String?, limit: Int) async throws -> [ScanRun] {
        let query = [
            URLQueryItem(name: "status", value: status?.rawValue), URLQueryItem(name: "scan_id", value: scan),
        ]
        let runs = try await client.list(RemoteRun.self, "/runs", query: query, cursorParameter: "before", limit: limit)
        return runs.map(\.scanRun)
    }

    /// The names of the server's scans, to label runs; empty if they cannot be read.
    static func scanNames(_ client: APIClient) async -> [String: String] {
        let scans = (try? await client.list(RemoteScan.self, "/scans", limit: 10_000)) ?? []
        return Dictionary(scans.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    static func show(_ client: APIClient, id: String) async throws -> ScanRun {
        try await client.get(RemoteRun.self, APIClient.path("runs", id)).scanRun
    }

    static func cancel(_ client: APIClient, id: String) async throws -> ScanRun {
        try await client.send(RemoteRun.self, .post, APIClient.path("runs", id, "cancel")).scanRun
    }
}

/// The `runs list` output shared by both modes.
enum RunsOutput {
    static func print(_ runs: [ScanRun], names: [String: String], format: OutputFormat) throws {
        switch format {
        case .table:
            for run in runs {
                let when = ISO8601DateFormatter().string(from: run.createdAt)
                Swift.print(
                    "\(run.id)  \(run.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0))  \(when)  "
                        + "\(run.counters.finalized) objects, \(run.counters.findingsOpen) findings  "
                        + (names[run.definitionID.rawValue] ?? "")
                )
            }
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            Swift.print(String(decoding: try encoder.encode(runs), as: UTF8.self))
        case .sarif:
            throw ValidationError("runs list prints table or json")
        }
    }
}

/// Parsers for the server commands' options.
enum RemoteArgument {
    static func runStatus(_ text: String) throws -> RunStatus {
        guard let value = RunStatus(rawValue: text.lowercased()) else {
            throw ValidationError(
                "unknown run status '\(text)'; use one of \(RunStatus.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        return value
    }
}
