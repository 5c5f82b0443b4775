import ArgumentParser
import Foundation
import ScanClient

extension ScanLogic.Findings {
    /// `scanlogic findings triage <id>…`: record a decision about findings on a server.
    struct Triage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark findings as false positive, accepted risk or ignored (or clear that with none)."
        )
        @OptionGroup var server: ServerOptions
        @Argument(help: "The finding ids.") var ids: [Int64]
        @Option(help: "false_positive, accepted_risk, ignored or none.") var state: TriageChoice
        @Option(help: "Why (required unless --state none); kept in the audit trail.") var reason: String?

        func validate() throws {
            guard !ids.isEmpty else { throw ValidationError("give at least one finding id") }
            if state != .none, (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--reason is required")
            }
        }

        func run() async throws {
            let body = TriageBody(ids: ids, state: state.rawValue, reason: reason ?? "")
            let result = try await server.withClient { client in
                if ids.count == 1 {
                    let single = SingleTriage(state: body.state, reason: body.reason)
                    let path = APIClient.path("findings", String(ids[0]), "triage")
                    _ = try await client.send(.post, path, json: try APIJSON.makeEncoder().encode(single))
                    return ids
                }
                return try await client.send(BulkTriageResult.self, .post, "/findings/triage", body: body).updated
            }
            print("\(result.count) finding\(result.count == 1 ? "" : "s") triaged: \(state.rawValue)")
            let missing = Set(ids).subtracting(result).sorted()
            guard missing.isEmpty else {
                print("not found: \(missing.map(String.init).joined(separator: ", "))")
                throw ExitCode(1)
            }
        }
    }
}

/// The body of `POST /findings/{id}/triage`.
private struct SingleTriage: Encodable {
    var state: String
    var reason: String
}
