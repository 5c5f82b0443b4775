/// The input of a job, stored as JSON in the queue.
public enum JobPayload: Sendable, Codable, Hashable {
    /// List the page that starts at `cursor` (`nil` for the first page).
    case enumerate(cursor: String?)
    /// Scan one object.
    case scan(ObjectRef)
    /// Store the result of one object's scan.
    case finalize(ObjectResult)
    /// Apply policy to one object's stored outcome.
    case act(PolicyInput)
}
