/// Where the jobs that touch a source (its enumerations and scans) run.
///
/// Finalizing and policy always run on the server's workers: only reaching the data
/// moves to an agent.
public enum SourcePlacement: String, Sendable, Codable, CaseIterable {
    /// On the server's workers, which reach the source themselves.
    case server
    /// On agents: processes inside the source's network that claim the jobs over the API.
    case agent
}
