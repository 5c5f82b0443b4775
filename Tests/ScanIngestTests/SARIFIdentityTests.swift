import Foundation
import ScanCore
import ScanIngest
import Testing

/// Findings keep their identity across ingests when only their position changed.
struct SARIFIdentityTests {
    private let importer = SARIFImporter(hasher: ValueHasher(key: Array(repeating: 3, count: 32)))

    private func findings(_ results: [SARIFBuilder.Result]) throws -> [IngestedFinding] {
        try #require(try importer.runs(from: SARIFBuilder(results).data).first).findings
    }

    @Test func aLineShiftKeepsTheFingerprint() throws {
        var result = SARIFBuilder.Result()
        let before = try findings([result])
        result.line = 14
        result.snippet = "    subprocess.call(cmd,   shell=True)\n"
        let after = try findings([result])

        #expect(before[0].identity == .content)
        #expect(before[0].fingerprint == after[0].fingerprint)
        #expect(before[0].line == 10 && after[0].line == 14)
    }

    @Test func changedCodeIsANewFinding() throws {
        var result = SARIFBuilder.Result()
        let before = try findings([result])
        result.snippet = "subprocess.call(other, shell=True)\n"

        #expect(try findings([result])[0].fingerprint != before[0].fingerprint)
    }

    @Test func theSameCodeTwiceInAFileIsTwoFindingsThatSurviveAShift() throws {
        var first = SARIFBuilder.Result()
        var second = SARIFBuilder.Result()
        second.line = 30
        let before = try findings([second, first])
        #expect(before[0].fingerprint != before[1].fingerprint)

        first.line = 13
        second.line = 33
        let after = try findings([first, second])
        #expect(Set(after.map(\.fingerprint)) == Set(before.map(\.fingerprint)))
        // Each keeps its own identity: the one higher in the file stays the first.
        #expect(after.first { $0.line == 13 }?.fingerprint == before.first { $0.line == 10 }?.fingerprint)
    }

    @Test func withoutASnippetTheMessageWithoutNumbersIdentifies() throws {
        var result = SARIFBuilder.Result()
        result.snippet = nil
        result.message = "Possible SQL injection at line 10"
        let before = try findings([result])
        result.line = 12
        result.message = "Possible SQL injection at line 12"

        #expect(try findings([result])[0].fingerprint == before[0].fingerprint)
        #expect(before[0].preview.isEmpty && before[0].snippetHash.isEmpty)
    }

    @Test func theToolsFingerprintsWinEvenWhenTheFileMoves() throws {
        var result = SARIFBuilder.Result()
        result.fingerprints = ["stable/v1": "abc123"]
        let before = try findings([result])
        result.path = "lib/moved.py"
        result.snippet = "completely different code"

        let after = try findings([result])
        #expect(after[0].identity == .toolFingerprints)
        #expect(after[0].fingerprint == before[0].fingerprint)
    }

    @Test func partialFingerprintsCountWithTheRuleAndTheFile() throws {
        var result = SARIFBuilder.Result()
        result.partialFingerprints = ["primaryLocationLineHash": "39fa2ee980eb94b0:1"]
        let before = try findings([result])
        result.snippet = "changed, but the tool says it is the same"
        let same = try findings([result])
        result.path = "src/other.py"
        let moved = try findings([result])

        #expect(same[0].identity == .partialFingerprints)
        #expect(same[0].fingerprint == before[0].fingerprint)
        #expect(moved[0].fingerprint != before[0].fingerprint)
    }

    @Test func toolsAndRulesSeparateIdentities() throws {
        let result = SARIFBuilder.Result()
        let other = SARIFBuilder.Result(rule: "B603")
        let log = SARIFBuilder(runs: [.init(results: [result, other]), .init(tool: "Semgrep", results: [result])])
        let runs = try importer.runs(from: log.data)

        let fingerprints = runs.flatMap(\.findings).map(\.fingerprint)
        #expect(Set(fingerprints).count == 3)
    }

    @Test func theHashKeyIsPartOfTheIdentity() throws {
        let other = SARIFImporter(hasher: ValueHasher(key: Array(repeating: 4, count: 32)))
        let log = try SARIFBuilder([SARIFBuilder.Result()]).data
        let mine = try importer.runs(from: log)[0].findings[0]
        let theirs = try other.runs(from: log)[0].findings[0]

        #expect(mine.fingerprint != theirs.fingerprint)
        #expect(mine.snippetHash != theirs.snippetHash)
    }

    @Test func anAssetBoundReportPlacesPathsAndIdentitiesUnderItsAsset() throws {
        var result = SARIFBuilder.Result()
        result.fingerprints = ["stable/v1": "abc123"]
        let log = try SARIFBuilder([result]).data
        func read(asset: String?) throws -> IngestedFinding {
            let settings = IngestSettings(hasher: ValueHasher(key: Array(repeating: 3, count: 32)), assetPath: asset)
            return try SARIFImporter(settings: settings).runs(from: log)[0].findings[0]
        }

        let plain = try read(asset: nil)
        let one = try read(asset: "/one/")
        let two = try read(asset: "two")

        #expect(plain.fingerprint == (try findings([result]))[0].fingerprint)
        #expect(Set([plain.fingerprint, one.fingerprint, two.fingerprint]).count == 3)
        #expect(one.path == "one/" + plain.path && two.path == "two/" + plain.path)
    }
}
