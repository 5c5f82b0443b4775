import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

extension APIClient {
    /// What to do after a chunk of an event stream.
    public enum StreamDecision: Sendable {
        /// Keep reading.
        case more
        /// Close the stream.
        case stop
    }

    /// Opens the `text/event-stream` at `path` and passes each received chunk to `onChunk`
    /// until the server closes it or `onChunk` returns ``StreamDecision/stop``.
    ///
    /// The connection is reopened by the caller; a silent connection fails after
    /// ``Configuration/streamIdleTimeout``.
    /// - Parameters:
    ///   - path: The stream's path, relative to `/api/v1`.
    ///   - lastEventID: Sent as `Last-Event-ID` to resume after that event.
    ///   - onChunk: Receives the bytes as they arrive.
    /// - Throws: ``APIClientError`` for an error status or a transport failure.
    public func stream(
        _ path: String,
        lastEventID: String?,
        onChunk: ([UInt8]) async throws -> StreamDecision
    ) async throws {
        var request = makeRequest(.get, path, query: [], accept: "text/event-stream")
        if let lastEventID { request.headers.add(name: "Last-Event-ID", value: lastEventID) }
        try await transport {
            // No overall deadline: the stream lives as long as the run; the read timeout
            // catches a dead connection.
            let response = try await http.execute(request, deadline: .distantFuture)
            let status = Int(response.status.code)
            guard status < 400 else {
                let body = try await response.body.collect(upTo: 1 << 20)
                throw APIClientError.problem(
                    status: status,
                    body: Data(body.readableBytesView),
                    requestID: response.headers.first(name: "X-Request-ID")
                )
            }
            for try await buffer in response.body {
                if try await onChunk(Array(buffer.readableBytesView)) == .stop { return }
            }
        }
    }
}
