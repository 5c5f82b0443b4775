import ArgumentParser
import Foundation

extension ScanLogic {
    /// `scanlogic bench`: measure scanning throughput on a generated corpus.
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure file and database scanning throughput on a generated, deterministic corpus.",
            discussion: """
                Generates the corpus under --dir (reused when its seed and size match), then reports \
                engine-only and end-to-end file scanning MB/s, database sampled values/s, pipeline jobs/s \
                with a no-op scanner, and peak memory. scripts/bench.sh wraps it with a throwaway \
                PostgreSQL server and a detect-secrets comparison; see docs/BENCHMARKS.md.
                """
        )

        @Option(help: "The corpus folder.") var dir = ".scanlogic/bench"
        @Option(help: "Corpus size in MiB.") var megabytes = 64
        @Option(help: "The generator seed.") var seed: UInt64 = 2026
        @Option(help: "Rows per benchmark database table.") var rows = 5000
        @Option(help: "Tables in the benchmark database.") var tables = 8
        @Option(help: "Objects for the no-op pipeline run.") var objects = 10_000
        @Option(help: "A PostgreSQL URL without password, e.g. postgres://bench@127.0.0.1:5433/bench.")
        var postgres: String?
        @Option(help: "The environment variable holding the PostgreSQL password.") var credentialEnv = "PGPASSWORD"
        @Option(help: "Jobs in flight and engine tasks for the all-cores figures (default: the cores).")
        var concurrency: Int?
        @Option(help: "Output format: table or json.") var format: OutputFormat = .table

        func validate() throws {
            guard megabytes > 0, rows > 0, tables > 0, objects > 0 else {
                throw ValidationError("--megabytes, --rows, --tables and --objects must be positive")
            }
            guard format != .sarif else { throw ValidationError("bench prints table or json") }
        }

        func run() async throws {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let cores = concurrency ?? ProcessInfo.processInfo.activeProcessorCount
            let runner = BenchRunner(folder: dir, seed: seed, cores: cores, logger: ProcessLogger.make())
            let corpus = BenchCorpus(folder: dir, seed: seed, megabytes: megabytes)
            runner.announce("corpus, \(megabytes) MiB under \(corpus.filesFolder)")
            let manifest = try corpus.prepare()
            var report = BenchReport(cores: cores, corpusBytes: manifest.bytes, corpusFiles: manifest.files, seed: seed)
            report.figures += try await runner.engineFigures(corpus: corpus)
            report.figures += try await runner.pipelineFileFigures(corpus: corpus)
            let database = BenchDatabase(tables: tables, rows: rows, seed: seed &+ 1)
            report.figures += try await runner.databaseFigures(
                database: database,
                postgres: postgres,
                passwordEnv: credentialEnv
            )
            report.figures.append(try await runner.noopFigure(objects: objects))
            report.peakMemoryMB = BenchReport.peakMemoryMegabytes()
            try report.print(format: format)
        }
    }
}
