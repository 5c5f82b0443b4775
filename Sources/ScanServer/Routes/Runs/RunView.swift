import Foundation
import ScanCore

/// A run as the API shows it: every field of the run plus a computed `progress`.
struct RunView: Encodable {
    /// How far a run is: objects finalized out of those enumerated so far.
    struct Progress: Encodable {
        var finalized: Int
        var enumerated: Int
        var enumerationDone: Bool
        /// Percent finalized, one decimal; `nil` until enumeration is done, since the total is unknown.
        var percent: Double?
    }

    var run: ScanRun

    init(_ run: ScanRun) {
        self.run = run
    }

    var progress: Progress {
        let counters = run.counters
        var percent: Double?
        if run.enumerationDone {
            let ratio = counters.enumerated == 0 ? 1 : Double(counters.finalized) / Double(counters.enumerated)
            percent = (min(ratio, 1) * 1000).rounded() / 10
        }
        return Progress(
            finalized: counters.finalized,
            enumerated: counters.enumerated,
            enumerationDone: run.enumerationDone,
            percent: percent
        )
    }

    private enum CodingKeys: String, CodingKey {
        case progress
    }

    func encode(to encoder: any Encoder) throws {
        try run.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(progress, forKey: .progress)
    }
}
