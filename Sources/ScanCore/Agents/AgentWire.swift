public import Foundation

/// The bodies of the agent job protocol (`/api/v1/agent/jobs/…`, `/api/v1/agent/runs/…`).
///
/// Agents and the server are the same program, so these carry ScanLogic's own values as
/// their `Codable` forms, encoded by ``encoder()`` and read by ``decoder()``: default keys
/// and dates as numbers, so a date crosses exactly and option names such as
/// `max_file_size` are never rewritten. ``version`` changes when a form does.
public enum AgentWire {
    /// The protocol version; the server refuses an agent of another one.
    public static let version = 1

    /// The encoder of every body.
    public static func encoder() -> JSONEncoder { JSONEncoder() }

    /// The decoder of every body.
    public static func decoder() -> JSONDecoder { JSONDecoder() }

    /// `POST agent/jobs/claim`: how many jobs the agent takes and how long it waits for one.
    public struct Claim: Sendable, Codable, Hashable {
        /// The most jobs to hand out now (its free slots).
        public var limit: Int
        /// How long the server may hold the request open while no job is ready, in seconds.
        public var waitSeconds: Double
        /// The jobs the agent runs now; the server never hands out more than its
        /// `max_jobs` minus these.
        public var activeJobs: Int
        /// The agent's ``AgentWire/version``; the server refuses another one.
        public var protocolVersion: Int

        /// Creates a claim.
        public init(limit: Int, waitSeconds: Double, activeJobs: Int, protocolVersion: Int = AgentWire.version) {
            self.limit = limit
            self.waitSeconds = waitSeconds
            self.activeJobs = activeJobs
            self.protocolVersion = protocolVersion
        }
    }

    /// The answer to a claim.
    public struct Claimed: Sendable, Codable, Hashable {
        /// The leased jobs, highest priority first.
        public var jobs: [Job]
        /// How long their leases last; the agent extends them every third of it.
        public var leaseSeconds: Double
        /// The agent's status: a disabled agent is handed nothing.
        public var status: AgentStatus

        /// Creates an answer.
        public init(jobs: [Job], leaseSeconds: Double, status: AgentStatus) {
            self.jobs = jobs
            self.leaseSeconds = leaseSeconds
            self.status = status
        }
    }

    /// `GET agent/runs/{id}`: what an agent needs to run a job of the run.
    public typealias RunContext = ScanCore.RunContext

    /// `POST agent/jobs/extend`: the jobs whose leases to extend; the answer lists the ones
    /// the agent still holds.
    public struct Leases: Sendable, Codable, Hashable {
        /// The job ids.
        public var jobIDs: [Int64]

        /// Creates a list.
        public init(jobIDs: [Int64]) {
            self.jobIDs = jobIDs
        }
    }

    /// `POST agent/jobs/{id}/enumeration`: one page of the scope.
    public struct Enumeration: Sendable, Codable, Hashable {
        /// The page.
        public var page: EnumerationPage

        /// Creates a body.
        public init(page: EnumerationPage) {
            self.page = page
        }
    }

    /// `POST agent/jobs/{id}/scan`: one object's result, its secrets already redacted and
    /// hashed with the agent's key.
    public struct Scan: Sendable, Codable, Hashable {
        /// The result.
        public var result: ObjectResult

        /// Creates a body.
        public init(result: ObjectResult) {
            self.result = result
        }
    }

    /// `POST agent/jobs/{id}/tool-run`: an external tool's reports, one batch per tool.
    /// The server binds them to the job's run; their own scope is not trusted.
    public struct ToolRun: Sendable, Codable, Hashable {
        /// The batches.
        public var reports: [IngestBatch]

        /// Creates a body.
        public init(reports: [IngestBatch]) {
            self.reports = reports
        }
    }

    /// `POST agent/jobs/{id}/fail`: a failed attempt.
    public struct Failure: Sendable, Codable, Hashable {
        /// The error, as the run and the job show it.
        public var error: String
        /// Retry after this many seconds; `nil` when the failure is final.
        public var retryAfterSeconds: Double?

        /// Creates a body.
        public init(error: String, retryAfterSeconds: Double?) {
            self.error = error
            self.retryAfterSeconds = retryAfterSeconds
        }
    }
}
