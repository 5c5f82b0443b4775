import Foundation
import ScanClient
import ScanCore
import Testing

struct RemoteModelTests {
    private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try APIJSON.makeDecoder().decode(type, from: Data(json.utf8))
    }

    @Test func runEventDataYieldsTheRun() throws {
        let data = #"""
            {"id":12,"kind":"run.progress","at":"2026-11-24T01:00:00Z","run":{"id":"r1","status":"running",
             "definition_id":"d1","enumeration_done":true,"started_at":"2026-11-24T00:59:00.250Z",
             "counters":{"enumerated":10,"finalized":4,"bytes":2048,"findings_new":3,"future_counter":1}}}
            """#
        let run = try #require(RunEventData.run(from: ServerSentEvent(id: "12", event: "run.progress", data: data)))
        #expect(run.id == "r1")
        #expect(run.runStatus == .running)
        #expect(run.counters == RunCounters(enumerated: 10, finalized: 4, bytes: 2048, findingsNew: 3))
        #expect(run.startedAt != nil)
        #expect(!run.isTerminal)
    }

    @Test func heartbeatDataIsNotARun() {
        #expect(RunEventData.run(from: ServerSentEvent(id: nil, data: "{}")) == nil)
    }

    @Test(arguments: [
        ("completed", true), ("failed", true), ("cancelled", true), ("pending", false), ("paused", false),
    ])
    func terminalStatuses(_ status: String, _ terminal: Bool) throws {
        #expect(try decode(RemoteRun.self, #"{"id":"r","status":"\#(status)"}"#).isTerminal == terminal)
    }

    @Test func pageFollowsNextCursorShape() throws {
        let page = try decode(Page<RemoteSource>.self, #"{"items":[{"id":"s1","name":"docs"}],"next_cursor":null}"#)
        #expect(page.items.map(\.name) == ["docs"])
        #expect(page.nextCursor == nil)
    }

    @Test func sourceCarriesLabelsAndItsCap() throws {
        let json = #"{"id":"s1","name":"eu","labels":["eu","prod"],"max_concurrency":2}"#
        let capped = try decode(RemoteSource.self, json)
        #expect(capped.labels == ["eu", "prod"])
        #expect(capped.maxConcurrency == 2)
        let plain = try decode(RemoteSource.self, #"{"id":"s2","name":"docs"}"#)
        #expect(plain.labels == [])
        #expect(plain.maxConcurrency == nil)
    }

    @Test func sourceBodySendsLabelsAndItsCap() throws {
        let body = SourceBody(
            name: "eu",
            kind: "filesystem",
            location: "/srv/eu",
            options: [:],
            credentialEnv: nil,
            labels: ["eu"],
            maxConcurrency: 2
        )
        let json = String(decoding: try APIJSON.makeEncoder().encode(body), as: UTF8.self)
        #expect(json.contains(#""labels":["eu"]"#))
        #expect(json.contains(#""max_concurrency":2"#))
    }

    @Test func findingWithNestedDetectionAndTriage() throws {
        let json = #"""
            {"id":7,"definition_id":"d1","status":"open","last_change":"new","detection":{"rule_id":"aws-key",
             "severity":"high","category":"credential","asset_path":"a/.env","line":3,"column":1,"preview":"AKIA…"},
             "triage":{"state":"false_positive","reason":"test key","actor":"ci","at":"2026-11-24T01:00:00Z"}}
            """#
        let finding = try decode(RemoteFinding.self, json).finding
        #expect(finding.id == 7)
        #expect(finding.detection.ruleID == "aws-key")
        #expect(finding.detection.severity == .high)
        #expect(finding.lastChange == .new)
        #expect(finding.triage?.state == .falsePositive)
    }

    @Test func scanDecodesScopeAndSchedule() throws {
        let json = #"""
            {"id":"sc1","name":"nightly","source_id":"s1","scope":{"include":["**"],"exclude":[]},
             "schedule":{"kind":"daily","time":"02:00","time_zone":"Europe/Paris"},"paused":false,"priority":2}
            """#
        let scan = try decode(RemoteScan.self, json)
        #expect(scan.include == ["**"])
        #expect(scan.schedule.summary == "daily 02:00 Europe/Paris")
        #expect(!scan.hasInlineRules)
    }
}
