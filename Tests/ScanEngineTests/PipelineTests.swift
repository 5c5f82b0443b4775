import Foundation
import ScanCore
import ScanEngine
import ScanStoreSQLite
import ScanTestSupport
import Testing

/// The pipeline end to end on the real store, with an in-memory source.
struct PipelineTests {
    private static func files(count: Int, tokenEvery: Int = 3) -> [String: String] {
        var files: [String: String] = [:]
        for index in 0..<count {
            let token = index % tokenEvery == 0 ? "key: tok_\(String(format: "%012d", index))\n" : ""
            files[String(format: "dir%02d/file%03d.txt", index % 4, index)] = "line one\n" + token + "the end\n"
        }
        return files
    }

    @Test func aRunScansEveryObjectAndCompletes() async throws {
        let harness = try await PipelineHarness(connector: MemoryConnector(files: Self.files(count: 20)))

        let run = try await harness.runToEnd()

        #expect(run.status == .completed)
        #expect(run.enumerationDone)
        #expect(run.counters.enumerated == 20)
        #expect(run.counters.scanned == 20)
        #expect(run.counters.finalized == 20)
        #expect(run.counters.findingsNew == 7)
        let findings = try await harness.openFindings()
        #expect(findings.count == 7)
        #expect(findings.allSatisfy { $0.detection.line == 2 && $0.detection.column == 6 })
        #expect(findings.allSatisfy { !$0.detection.preview.contains("tok_0000") })
    }

    @Test func aSecondRunOverUnchangedDataFindsTheSame() async throws {
        let harness = try await PipelineHarness(connector: MemoryConnector(files: Self.files(count: 9)))
        let first = try await harness.runToEnd()

        let second = try await harness.runToEnd()

        #expect(second.id != first.id)
        #expect(second.counters.findingsNew == 0)
        #expect(second.counters.findingsUnchanged == first.counters.findingsNew)
        #expect(second.counters.findingsFixed == 0)
    }

    @Test func shiftingLinesKeepsTheFindingAndRemovingItFixesIt() async throws {
        let store = try SQLiteScanStore.inMemory()
        let before = ["a.txt": "tok_aaaaaaaaaaaa\n", "b.txt": "tok_bbbbbbbbbbbb\n"]
        let shifted = ["a.txt": "new header\n\n\ntok_aaaaaaaaaaaa\n", "b.txt": "nothing here\n"]
        _ = try await PipelineHarness(connector: MemoryConnector(files: before), store: store).runToEnd()

        let after = try await PipelineHarness(connector: MemoryConnector(files: shifted), store: store)
        let run = try await after.runToEnd()

        #expect(run.counters.findingsUnchanged == 1)
        #expect(run.counters.findingsFixed == 1)
        #expect(run.counters.findingsNew == 0)
        let open = try await after.openFindings()
        #expect(open.map(\.detection.assetPath) == ["a.txt"])
        #expect(open.first?.detection.line == 4)
    }

    @Test func transientFailuresAreRetriedAndPermanentOnesRecorded() async throws {
        let connector = MemoryConnector(
            files: ["flaky.txt": "tok_cccccccccccc", "locked.txt": "tok_dddddddddddd", "ok.txt": "fine"],
            failures: ["flaky.txt": .transient(times: 2), "locked.txt": .denied]
        )
        let harness = try await PipelineHarness(connector: connector)

        let run = try await harness.runToEnd()

        #expect(run.status == .completed)
        #expect(connector.fetchCount("flaky.txt") == 3)
        #expect(connector.fetchCount("locked.txt") == 1)
        #expect(run.counters.failed == 1)
        let records = try await harness.store.objectRecords(run: run.id, tenant: Tenant.defaultID)
        #expect(records.map(\.outcome) == [.findings, .fetchFailed(reason: "permission denied"), .clean])
    }

    @Test func aMatchAcrossAChunkBorderIsFoundOnce() async throws {
        // The token straddles the 64-byte chunk border and also lies in the overlap.
        let text = String(repeating: "x", count: 58) + " tok_eeeeeeeeeeee " + String(repeating: "y", count: 100)
        let connector = MemoryConnector(files: ["big.txt": text], chunkSize: 64, overlap: 24)
        let harness = try await PipelineHarness(connector: connector)

        let run = try await harness.runToEnd()

        #expect(run.counters.findingsNew == 1)
        #expect(try await harness.openFindings().first?.detection.column == 60)
        #expect(run.counters.bytes == Int64(text.utf8.count))
    }

    @Test func policyRaisesAlertsForHighSeverityFindings() async throws {
        let harness = try await PipelineHarness(connector: MemoryConnector(files: ["s.txt": "tok_ffffffffffff"]))

        _ = try await harness.runToEnd()

        let events = try await harness.store.auditEvents(tenant: Tenant.defaultID, limit: 50)
        let alerts = events.filter { $0.action == "policy.alert" }
        #expect(alerts.count == 1)
        #expect(alerts.first?.target.hasSuffix(":s.txt") == true)
        #expect(events.contains { $0.action == "run.completed" })
    }
}
