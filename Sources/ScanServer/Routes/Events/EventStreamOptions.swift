import HTTPTypes
import Hummingbird

/// The resume point and limits of a live stream.
struct EventStreamOptions {
    /// The longest `max_duration`, in seconds.
    static let maxDurationSeconds = 86_400.0

    var lastEventID: Int64?
    var limits: EventStream.Limits

    /// Reads `Last-Event-ID` (or `last_event_id`), `max_events` and `max_duration`.
    /// - Throws: 400 naming the parameter when one is malformed.
    init(_ request: Request) throws {
        let parameters = QueryParameters(request)
        if let header = request.headers[.lastEventID], !header.isEmpty {
            guard let id = Int64(header), id >= 0 else {
                throw APIProblem.badRequest("'Last-Event-ID' must be an event id", field: "Last-Event-ID")
            }
            lastEventID = id
        } else {
            lastEventID = try parameters.int64("last_event_id")
        }
        limits = EventStream.Limits()
        if let maxEvents = try parameters.int("max_events") {
            guard maxEvents > 0 else {
                throw APIProblem.badRequest("'max_events' must be positive", field: "max_events")
            }
            limits.maxEvents = maxEvents
        }
        if let text = parameters.string("max_duration") {
            guard let seconds = Double(text), seconds > 0, seconds <= Self.maxDurationSeconds else {
                throw APIProblem.badRequest(
                    "'max_duration' must be seconds between 0 and \(Int(Self.maxDurationSeconds))",
                    field: "max_duration"
                )
            }
            limits.maxDuration = .milliseconds(Int64(seconds * 1000))
        }
    }
}

extension HTTPField.Name {
    /// `Last-Event-ID`, sent by an `EventSource` that reconnects.
    fileprivate static var lastEventID: Self { Self("Last-Event-ID")! }
}
