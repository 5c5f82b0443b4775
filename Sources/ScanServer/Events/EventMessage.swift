import Foundation
import NIOCore
import ScanCore

/// One Server-Sent Events message: `id`, `event` and a one-line JSON `data`.
///
/// Stored events carry their own id; a synthetic `run.snapshot` carries the id of the last
/// stored event it already reflects, so a client that reconnects with it as
/// `Last-Event-ID` misses nothing.
struct EventMessage: Encodable {
    /// The kind of a synthetic message with a run's current state.
    static let snapshotKind = "run.snapshot"

    var id: Int64
    var kind: String
    var at: Date
    var runID: Identifier<ScanRun>
    var run: RunView

    init(_ event: RunEvent) {
        self.id = event.id
        self.kind = event.kind.rawValue
        self.at = event.at
        self.runID = event.runID
        self.run = RunView(event.run)
    }

    init(snapshotOf run: ScanRun, cursor: Int64, at now: Date) {
        self.id = cursor
        self.kind = Self.snapshotKind
        self.at = now
        self.runID = run.id
        self.run = RunView(run)
    }

    /// Whether the run it shows has ended.
    var isTerminal: Bool { run.run.status.isTerminal }

    /// The message in the `text/event-stream` format.
    func buffer() throws -> ByteBuffer {
        let data = try JSONResponse.encoder.encode(self)
        var buffer = ByteBuffer(string: "id: \(id)\nevent: \(kind)\ndata: ")
        buffer.writeBytes(data)
        buffer.writeString("\n\n")
        return buffer
    }

    /// A comment line that keeps proxies from closing an idle stream.
    static let keepAlive = ByteBuffer(string: ": keep-alive\n\n")
}
