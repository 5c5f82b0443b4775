import Foundation
import ScanCore
import ScanIngest
import Testing

/// A file that is not acceptable is refused whole, with the reason and the place.
struct SARIFRejectionTests {
    private let importer = SARIFImporter(hasher: ValueHasher(key: Array(repeating: 3, count: 32)))

    private func rejection(_ data: Data, importer: SARIFImporter? = nil) throws -> ScanError {
        try #require(throws: ScanError.self) { try (importer ?? self.importer).runs(from: data) }
    }

    @Test func aMissingMemberIsNamedWithItsPath() throws {
        let log: [String: Any] = [
            "version": "2.1.0",
            "runs": [["tool": ["driver": ["name": "Bandit"]], "results": [["ruleId": "B1"]]]],
        ]
        let error = try rejection(try JSONSerialization.data(withJSONObject: log))

        #expect(error.code == .invalidInput)
        #expect(error.message == "invalid SARIF: runs[0].results[0].message: required member missing")
    }

    @Test func aWrongTypeIsNamedWithItsPath() throws {
        let log: [String: Any] = ["version": "2.1.0", "runs": [["tool": ["driver": ["name": 7]]]]]
        let error = try rejection(try JSONSerialization.data(withJSONObject: log))

        #expect(error.message == "invalid SARIF: runs[0].tool.driver.name: expected a string")
    }

    @Test func notJSONIsSaidSo() throws {
        let error = try rejection(Data("{\"version\": \"2.1.0\", \"runs\": [".utf8))

        #expect(error.code == .invalidInput)
        #expect(error.message.hasSuffix("not valid JSON"))
    }

    @Test func anotherVersionIsRefused() throws {
        let error = try rejection(try SARIFBuilder(version: "2.0.0", runs: []).data)

        #expect(error.message == "unsupported SARIF version '2.0.0'; expected 2.1.0")
    }

    @Test func aResultWithoutARuleIsNamed() throws {
        let log = SARIFBuilder(runs: [
            .init(), .init(results: [SARIFBuilder.Result(), SARIFBuilder.Result(rule: nil)]),
        ])
        let error = try rejection(try log.data)

        #expect(error.message.contains("runs[1].results[1] names no rule"))
    }

    @Test func aFileOverTheSizeLimitIsRefusedBeforeReading() throws {
        let data = try SARIFBuilder([SARIFBuilder.Result()]).data
        let small = SARIFImporter(
            hasher: ValueHasher(key: Array(repeating: 3, count: 32)),
            limits: IngestLimits(maximumBytes: data.count - 1)
        )
        let error = try rejection(data, importer: small)

        #expect(error.code == .tooLarge)
        #expect(error.message == "the file is \(data.count) bytes; the limit is \(data.count - 1)")
    }

    @Test func tooManyResultsAcrossRunsAreRefused() throws {
        let log = SARIFBuilder(runs: [
            .init(results: [SARIFBuilder.Result(), SARIFBuilder.Result()]),
            .init(results: [SARIFBuilder.Result()]),
        ])
        let limited = SARIFImporter(
            hasher: ValueHasher(key: Array(repeating: 3, count: 32)),
            limits: IngestLimits(maximumResults: 2)
        )
        let error = try rejection(try log.data, importer: limited)

        #expect(error.code == .tooLarge)
        #expect(error.message == "the file has 3 results; the limit is 2")
        #expect(try limited.runs(from: SARIFBuilder(runs: [log.runs[0]]).data).count == 1)
    }
}
