/// One message of a `text/event-stream`.
public struct ServerSentEvent: Sendable, Hashable {
    /// The last event id seen on the stream when this message was dispatched.
    public var id: String?
    /// The `event:` field, `message` when the message has none.
    public var event: String
    /// The `data:` lines joined with newlines.
    public var data: String

    /// Creates an event.
    public init(id: String?, event: String = "message", data: String) {
        self.id = id
        self.event = event
        self.data = data
    }
}
