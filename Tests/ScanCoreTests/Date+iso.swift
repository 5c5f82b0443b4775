import Foundation

extension Date {
    /// An instant from an ISO 8601 text with an offset, such as `2026-03-29T03:00:00+02:00`.
    init(iso text: String) {
        self = ISO8601DateFormatter().date(from: text)!
    }
}

extension TimeZone {
    /// A zone the tests know exists.
    static func named(_ identifier: String) -> TimeZone {
        TimeZone(identifier: identifier)!
    }
}
