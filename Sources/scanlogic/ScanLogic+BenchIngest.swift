import ArgumentParser
import Foundation
import ScanCore
import ScanStorePostgres
import ScanStoreSQLite

extension ScanLogic {
    /// `scanlogic bench-ingest`: findings per second stored from another scanner's SARIF report.
    struct BenchIngest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench-ingest",
            abstract: "Measure how fast a generated SARIF report is read and stored, first and again.",
            discussion: """
                Generates a SARIF 2.1.0 log in memory (one tool, 20 rules, no tool fingerprints, \
                so identities come from the code) and times: reading it alone, a first ingest \
                (all new), the same bytes again (all unchanged) and the file with one result in \
                ten removed (those fixed). Each run's counters are checked. A PostgreSQL database \
                is migrated and written to: use a throwaway one. See docs/BENCHMARKS.md.
                """
        )

        @Option(
            help: ArgumentHelp(
                "A SQLite store file, or postgres://user@host:port/database (password from PGPASSWORD).",
                discussion: "Default: a fresh SQLite file in the temporary folder, removed afterwards."
            )
        )
        var store: String?
        @Option(help: "Results in the generated SARIF file.") var results = 50_000
        @Option(help: "Files the results are spread over (default: results / 25).") var files: Int?
        @Option(help: "Output format: table or json.") var format: OutputFormat = .table

        func validate() throws {
            guard results >= 10, (files ?? 1) > 0 else {
                throw ValidationError("--results must be at least 10 and --files positive")
            }
            guard format != .sarif else { throw ValidationError("bench-ingest prints table or json") }
        }

        func run() async throws {
            let (scanStore, engine, scratch) = try await openStore()
            defer { scratch.map(Self.removeStore(at:)) }
            let fileCount = files ?? max(1, results / 25)
            let bench = IngestBench(store: scanStore, results: results, files: fileCount) { phase in
                Terminal.printError("bench-ingest: \(phase)")
            }
            let phases = try await bench.measure()
            let report = Report(
                engine: engine,
                results: results,
                files: fileCount,
                cores: ProcessInfo.processInfo.activeProcessorCount,
                phases: phases,
                peakMemoryMB: BenchReport.peakMemoryMegabytes()
            )
            try report.print(format: format)
        }

        /// The store to write to, its engine, and the scratch file to remove afterwards.
        private func openStore() async throws -> (any ScanStore, String, String?) {
            guard let store, PostgresStoreConfiguration.isPostgresURL(store) else {
                let scratch = FileManager.default.temporaryDirectory
                    .appendingPathComponent("bench-ingest-\(UUID().uuidString.prefix(8)).sqlite").path
                let path = store ?? scratch
                return (try SQLiteScanStore(path: path), "SQLite", store == nil ? path : nil)
            }
            let configuration = try PostgresStoreConfiguration(url: store)
            let postgres = try await PostgresScanStore.open(configuration, logger: ProcessLogger.make())
            _ = try await postgres.migrate()
            return (postgres, "PostgreSQL", nil)
        }

        private static func removeStore(at path: String) {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }
}

extension ScanLogic.BenchIngest {
    /// What one `bench-ingest` invocation measured.
    struct Report: Codable {
        var engine: String
        var results: Int
        var files: Int
        var cores: Int
        var phases: [IngestBench.Phase]
        var peakMemoryMB: Double

        /// Prints the report as an aligned table or as JSON.
        func print(format: OutputFormat) throws {
            guard format != .json else { return try BenchReport.printJSON(self) }
            Swift.print("store: \(engine); SARIF: \(results) results over \(files) files; cores: \(cores)")
            let width = phases.map(\.name.count).max() ?? 0
            Swift.print(
                "phase".padding(toLength: width, withPad: " ", startingAt: 0)
                    + "    seconds  findings/s  findings  SARIF bytes"
            )
            for phase in phases {
                Swift.print(
                    phase.name.padding(toLength: width, withPad: " ", startingAt: 0)
                        + String(
                            format: "  %9.3f  %10.0f  %8d  %11d",
                            phase.seconds,
                            phase.findingsPerSecond,
                            phase.findings,
                            phase.bytes
                        )
                )
            }
            Swift.print("peak memory (ru_maxrss): \(String(format: "%.1f", peakMemoryMB)) MB")
        }
    }
}
