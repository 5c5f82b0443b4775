/// Splits a `text/event-stream` into messages, following the WHATWG HTML rules.
///
/// Lines end with CR, LF or CRLF, even when a chunk boundary falls between CR and LF.
/// `:` starts a comment, the first space after a field's colon is dropped, `data:` lines
/// accumulate and a blank line dispatches the message (nothing if it had no data). The
/// `id:` value persists across messages so a reconnection can send it as `Last-Event-ID`.
///
/// ```swift
/// var parser = ServerSentEventParser()
/// for event in parser.feed(Array("id: 7\ndata: {}\n\n".utf8)) { print(event.data) }
/// ```
public struct ServerSentEventParser: Sendable {
    // MARK: Member variables

    /// The last `id:` received; send it as `Last-Event-ID` when reconnecting.
    public private(set) var lastEventID: String?
    /// The reconnection delay the server asked for with `retry:`, in milliseconds.
    public private(set) var retryMilliseconds: Int?
    private var line: [UInt8] = []
    private var afterCR = false
    private var isFirstLine = true
    private var eventType = ""
    private var dataLines: [String] = []
    private var hasData = false

    // MARK: Initialization

    /// Creates a parser, resuming after `lastEventID` if given.
    public init(lastEventID: String? = nil) {
        self.lastEventID = lastEventID
    }

    // MARK: Methods

    /// Consumes a chunk of the stream and returns the messages it completes.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [ServerSentEvent] {
        var events: [ServerSentEvent] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n") && afterCR {
                afterCR = false
                continue
            }
            afterCR = byte == UInt8(ascii: "\r")
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if let event = process(line: String(decoding: line, as: UTF8.self)) { events.append(event) }
                line.removeAll(keepingCapacity: true)
            } else {
                line.append(byte)
            }
        }
        return events
    }

    /// Processes one complete line (without its terminator).
    public mutating func process(line rawLine: String) -> ServerSentEvent? {
        var text = Substring(rawLine)
        if isFirstLine {
            isFirstLine = false
            if text.first == "\u{FEFF}" { text = text.dropFirst() }
        }
        if text.isEmpty { return dispatch() }
        if text.first == ":" { return nil }
        let field: Substring
        var value: Substring = ""
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            value = text[text.index(after: colon)...]
            if value.first == " " { value = value.dropFirst() }
        } else {
            field = text
        }
        apply(field: field, value: value)
        return nil
    }

    /// Forgets a partly received message, as at the end of a connection.
    public mutating func reset() {
        line.removeAll()
        afterCR = false
        isFirstLine = true
        eventType = ""
        dataLines.removeAll()
        hasData = false
    }

    private mutating func apply(field: Substring, value: Substring) {
        switch field {
        case "event": eventType = String(value)
        case "data":
            dataLines.append(String(value))
            hasData = true
        case "id" where !value.contains("\u{0}"): lastEventID = String(value)
        case "retry" where !value.isEmpty && value.allSatisfy(\.isASCIIDigit): retryMilliseconds = Int(value)
        default: break
        }
    }

    private mutating func dispatch() -> ServerSentEvent? {
        defer {
            eventType = ""
            dataLines.removeAll()
            hasData = false
        }
        guard hasData else { return nil }
        return ServerSentEvent(
            id: lastEventID,
            event: eventType.isEmpty ? "message" : eventType,
            data: dataLines.joined(separator: "\n")
        )
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
