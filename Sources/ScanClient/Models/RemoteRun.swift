public import Foundation
public import ScanCore

/// A run as the API returns it, read leniently: only `id` and `status` are required.
public struct RemoteRun: Decodable, Sendable, Hashable {
    /// The run id.
    public var id: String
    /// The status as sent, even one this client does not know.
    public var status: String
    /// The scan definition it executes.
    public var definitionID: String?
    /// The scan's name, when the server includes it.
    public var scanName: String?
    /// Progress and result counts (zeros for missing members).
    public var counters: RunCounters
    /// Whether enumeration has finished.
    public var enumerationDone: Bool
    /// Whether a cancel was requested.
    public var cancelRequested: Bool
    /// Why the run failed.
    public var error: String?
    /// When it was requested, started and finished.
    public var createdAt: Date?
    public var startedAt: Date?
    public var finishedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, status, counters, error
        case definitionID = "definition_id"
        case scanID = "scan_id"
        case scanName = "scan_name"
        case definitionName = "definition_name"
        case enumerationDone = "enumeration_done"
        case cancelRequested = "cancel_requested"
        case createdAt = "created_at"
        case startedAt = "started_at"
        case finishedAt = "finished_at"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        status = try container.decode(String.self, forKey: .status)
        definitionID = container.lenient(.definitionID) ?? container.lenient(.scanID)
        scanName = container.lenient(.scanName) ?? container.lenient(.definitionName)
        counters = container.lenient(.counters, as: LenientCounters.self)?.counters ?? RunCounters()
        enumerationDone = container.lenient(.enumerationDone) ?? false
        cancelRequested = container.lenient(.cancelRequested) ?? false
        error = container.lenient(.error)
        createdAt = container.lenient(.createdAt)
        startedAt = container.lenient(.startedAt)
        finishedAt = container.lenient(.finishedAt)
    }

    /// The status, if this client knows it.
    public var runStatus: RunStatus? { RunStatus(rawValue: status) }

    /// Whether the run has ended (completed, failed or cancelled).
    public var isTerminal: Bool { runStatus?.isTerminal ?? false }

    /// The run as a domain value, for the printers the local commands use.
    public var scanRun: ScanRun {
        ScanRun(
            id: Identifier(id),
            definitionID: Identifier(definitionID ?? ""),
            status: runStatus ?? .pending,
            enumerationDone: enumerationDone,
            cancelRequested: cancelRequested,
            counters: counters,
            error: error,
            createdAt: createdAt ?? Date(timeIntervalSince1970: 0),
            startedAt: startedAt,
            finishedAt: finishedAt
        )
    }
}

/// Run counters with every member optional.
private struct LenientCounters: Decodable {
    var counters = RunCounters()

    enum CodingKeys: String, CodingKey {
        case enumerated, scanned, finalized, failed, bytes
        case findingsNew = "findings_new"
        case findingsUnchanged = "findings_unchanged"
        case findingsFixed = "findings_fixed"
        case findingsReopened = "findings_reopened"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        counters.enumerated = container.lenient(.enumerated) ?? 0
        counters.scanned = container.lenient(.scanned) ?? 0
        counters.finalized = container.lenient(.finalized) ?? 0
        counters.failed = container.lenient(.failed) ?? 0
        counters.bytes = container.lenient(.bytes) ?? 0
        counters.findingsNew = container.lenient(.findingsNew) ?? 0
        counters.findingsUnchanged = container.lenient(.findingsUnchanged) ?? 0
        counters.findingsFixed = container.lenient(.findingsFixed) ?? 0
        counters.findingsReopened = container.lenient(.findingsReopened) ?? 0
    }
}
