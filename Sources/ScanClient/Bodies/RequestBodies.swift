/// The body of `POST /sources`.
public struct SourceBody: Encodable, Sendable {
    /// The source's name.
    public var name: String
    /// `filesystem`, `sqlite` or `postgres`.
    public var kind: String
    /// A path or a URL without password.
    public var location: String
    /// Connector options.
    public var options: [String: String]
    /// The variable the server reads the credential from; never the credential itself.
    public var credentialEnv: String?
    /// The labels worker roles select the source by.
    public var labels: [String]
    /// The most jobs touching the source that run at once across every worker; `nil` for no cap.
    public var maxConcurrency: Int?
    /// `server` or `agent`; `nil` leaves the server's default (`server`).
    public var runsOn: String?

    /// Creates a body.
    public init(
        name: String,
        kind: String,
        location: String,
        options: [String: String],
        credentialEnv: String?,
        labels: [String] = [],
        maxConcurrency: Int? = nil,
        runsOn: String? = nil
    ) {
        self.runsOn = runsOn
        self.name = name
        self.kind = kind
        self.location = location
        self.options = options
        self.credentialEnv = credentialEnv
        self.labels = labels
        self.maxConcurrency = maxConcurrency
    }
}

/// The body of `POST /rulesets`.
public struct RuleSetBody: Encodable, Sendable {
    /// The rule set's name.
    public var name: String
    /// What it is for.
    public var description: String?
    /// The YAML document.
    public var document: String

    /// Creates a body.
    public init(name: String, description: String?, document: String) {
        self.name = name
        self.description = description
        self.document = document
    }
}

/// The body of `POST /rulesets/{id}/versions` and `POST /rulesets/validate`.
public struct DocumentBody: Encodable, Sendable {
    /// The YAML document.
    public var document: String

    /// Creates a body.
    public init(document: String) {
        self.document = document
    }
}

/// The body of `POST /findings/triage`; state `none` clears a triage.
public struct TriageBody: Encodable, Sendable {
    /// The finding ids.
    public var ids: [Int64]
    /// `false_positive`, `accepted_risk`, `ignored` or `none`.
    public var state: String
    /// Why.
    public var reason: String

    /// Creates a body.
    public init(ids: [Int64], state: String, reason: String) {
        self.ids = ids
        self.state = state
        self.reason = reason
    }
}
