import Foundation

/// Follows a run's live events until it ends, reconnecting with `Last-Event-ID`.
///
/// After a dropped connection or a stream the server closed, it reads the run once: if the
/// run has ended that is the answer, otherwise it reconnects after the server's `retry:`
/// delay (1 second by default, doubling per consecutive failure up to 30 seconds).
/// Error statuses other than 5xx (an unknown run, a bad token) end it at once.
public struct RunFollower: Sendable {
    /// The client.
    public let client: APIClient
    /// The run id.
    public let runID: String
    /// Consecutive failed connections tolerated before giving up. Default: 10.
    public var maxFailures = 10

    /// Creates a follower.
    public init(client: APIClient, runID: String) {
        self.client = client
        self.runID = runID
    }

    /// Follows the run, calling `onUpdate` with each state, and returns the final state.
    public func follow(onUpdate: (RemoteRun) -> Void) async throws -> RemoteRun {
        var parser = ServerSentEventParser()
        var failures = 0
        let path = APIClient.path("runs", runID)
        while true {
            var final: RemoteRun?
            do {
                try await client.stream(path + "/events", lastEventID: parser.lastEventID) { chunk in
                    for event in parser.feed(chunk) {
                        guard let run = RunEventData.run(from: event) else { continue }
                        failures = 0
                        onUpdate(run)
                        if run.isTerminal {
                            final = run
                            return .stop
                        }
                    }
                    return .more
                }
                if let final { return final }
                // The server closed the stream: ask for the run, which may have ended.
                let run = try await client.get(RemoteRun.self, path)
                if run.isTerminal {
                    onUpdate(run)
                    return run
                }
            } catch let error as APIClientError {
                try tolerate(error, failures: &failures)
            }
            parser.reset()
            let base = parser.retryMilliseconds ?? 1000
            try await Task.sleep(for: .milliseconds(min(30_000, base << min(failures, 5))))
        }
    }

    /// Counts a transport failure or 5xx answer; rethrows other answers and the last failure.
    private func tolerate(_ error: APIClientError, failures: inout Int) throws {
        if error.code == .rejected && (error.status ?? 500) < 500 { throw error }
        failures += 1
        if failures >= maxFailures { throw error }
    }
}

/// Reads the run out of an event's `data`.
public enum RunEventData {
    private struct Envelope: Decodable {
        var run: RemoteRun
    }

    /// The run in `event`'s data: a run event `{"run": {...}}` or a bare run; `nil` for
    /// other data (heartbeats, unknown shapes).
    public static func run(from event: ServerSentEvent) -> RemoteRun? {
        let data = Data(event.data.utf8)
        let decoder = APIJSON.makeDecoder()
        if let envelope = try? decoder.decode(Envelope.self, from: data) { return envelope.run }
        return try? decoder.decode(RemoteRun.self, from: data)
    }
}
