import ScanClient
import Testing

struct ServerSentEventParserTests {
    private func events(_ text: String, chunk: Int = .max) -> [ServerSentEvent] {
        var parser = ServerSentEventParser()
        let bytes = Array(text.utf8)
        var result: [ServerSentEvent] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            result += parser.feed(bytes[start..<end])
            start = end
        }
        return result
    }

    @Test func messageWithIDEventAndData() {
        let parsed = events("id: 7\nevent: run.progress\ndata: {\"a\":1}\n\n")
        #expect(parsed == [ServerSentEvent(id: "7", event: "run.progress", data: "{\"a\":1}")])
    }

    @Test func dataLinesAreJoinedWithNewlines() {
        #expect(events("data: one\ndata:two\ndata\n\n").map(\.data) == ["one\ntwo\n"])
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineEndingWorks(_ ending: String) {
        let text = ["id: 1", "data: x", "", "data: y", "", ""].joined(separator: ending)
        #expect(events(text).map(\.data) == ["x", "y"])
    }

    @Test(arguments: [1, 2, 3, 5])
    func chunkBoundariesDoNotMatter(_ size: Int) {
        // CRLF split across chunks must not produce an extra blank line (and a dispatch).
        let text = "id: 9\r\nevent: run.status\r\ndata: {}\r\n\r\n: keep-alive\r\n\r\ndata: z\r\n\r\n"
        let parsed = events(text, chunk: size)
        #expect(
            parsed == [ServerSentEvent(id: "9", event: "run.status", data: "{}"), ServerSentEvent(id: "9", data: "z")]
        )
    }

    @Test func commentsAndEmptyMessagesDispatchNothing() {
        #expect(events(": hello\n\nevent: ping\n\n").isEmpty)
    }

    @Test func onlyOneLeadingSpaceIsDropped() {
        #expect(events("data:  two spaces\n\n").map(\.data) == [" two spaces"])
    }

    @Test func lastEventIDPersistsAndRetryIsRead() {
        // Given a stream with an id, then a message without one
        var parser = ServerSentEventParser()
        _ = parser.feed(Array("id: 41\nretry: 2500\ndata: a\n\ndata: b\n\n".utf8))
        // Then the id carries over and the retry delay is kept
        #expect(parser.lastEventID == "41")
        #expect(parser.retryMilliseconds == 2500)
        // When a bad retry and an id with NUL arrive, they are ignored
        _ = parser.feed(Array("retry: soon\nid: a\u{0}b\n\n".utf8))
        #expect(parser.retryMilliseconds == 2500)
        #expect(parser.lastEventID == "41")
    }

    @Test func incompleteMessageIsDroppedOnReset() {
        var parser = ServerSentEventParser(lastEventID: "3")
        #expect(parser.feed(Array("data: half".utf8)).isEmpty)
        parser.reset()
        #expect(parser.feed(Array("data: whole\n\n".utf8)) == [ServerSentEvent(id: "3", data: "whole")])
    }

    @Test func leadingByteOrderMarkIsSkipped() {
        #expect(events("\u{FEFF}data: x\n\n").map(\.data) == ["x"])
    }

    @Test func unknownFieldsAreIgnored() {
        #expect(events("foo: bar\ndata: x\n\n").map(\.data) == ["x"])
    }
}
