public import Foundation
public import ScanCore
import Synchronization

extension AgentJobStore {
    /// The body of `POST agent/register`, in the API's snake_case JSON.
    private struct RegisterBody: Encodable {
        var name: String
        var capabilities: [String]
        var tools: [String]
        var labels: [String]
        var maxJobs: Int
        var host: String
        var version: String
    }

    /// The body of `POST agent/heartbeat`.
    private struct HeartbeatBody: Encodable {
        var activeJobs: Int
    }

    /// Registers the agent (the token is its identity, so a restart updates the same
    /// agent); the worker's own record is not sent: the agent's configuration says more.
    public func registerWorker(_ worker: WorkerRecord) async throws {
        let body = RegisterBody(
            name: configuration.name,
            capabilities: configuration.capabilities.map(\.rawValue),
            tools: configuration.tools,
            labels: configuration.labels,
            maxJobs: configuration.maxJobs,
            host: configuration.host,
            version: configuration.version
        )
        try await send(.post, "agent/register", json: try APIJSON.makeEncoder().encode(body))
        onRegistered()
    }

    /// Tells the server the agent is alive and how many jobs it runs.
    public func workerHeartbeat(_ id: String, at: Date) async throws {
        let body = HeartbeatBody(activeJobs: activeJobs.withLock { $0 })
        try await send(.post, "agent/heartbeat", json: try APIJSON.makeEncoder().encode(body))
    }

    /// Does nothing: an agent that stops is seen offline when its heartbeats stop, and the
    /// API has no call to deregister.
    public func deregisterWorker(_ id: String, at: Date) async throws {}
}
