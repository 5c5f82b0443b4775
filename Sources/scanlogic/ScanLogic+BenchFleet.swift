import ArgumentParser
import Foundation
import Logging
import ScanConnectors
import ScanCore
import ScanEngine
import ScanRules
import ScanStorePostgres

extension ScanLogic {
    /// `scanlogic bench-fleet`: throughput of the shared PostgreSQL store with 1, 2, 4 workers.
    struct BenchFleet: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bench-fleet",
            abstract: "Measure the job queue and whole scans on a PostgreSQL store with several workers.",
            discussion: """
                Use a throwaway database: it is migrated and filled. Reports, for each worker \
                count: queue jobs/s (no-op jobs claimed with SKIP LOCKED in batches and \
                acknowledged), pipeline jobs/s with a no-op scanner (one transaction per job), \
                and end-to-end file scanning of the bench corpus. See docs/BENCHMARKS.md.
                """
        )

        @Option(help: "The PostgreSQL store URL (password from PGPASSWORD).") var store: String
        @Option(help: "Worker counts to measure, comma-separated.") var workers = "1,2,4"
        @Option(help: "No-op jobs for the queue figure.") var jobs = 50_000
        @Option(help: "Jobs claimed and acknowledged per round trip in the queue figure.") var batch = 64
        @Option(help: "Objects for the no-op pipeline figure.") var objects = 5_000
        @Option(help: "Jobs in flight per pipeline worker.") var concurrency = 4
        @Option(help: "The corpus folder (shared with `scanlogic bench`).") var dir = ".scanlogic/bench"
        @Option(help: "Corpus size in MiB for the end-to-end figure (0 skips it).") var megabytes = 16
        @Option(help: "Output format: table or json.") var format: OutputFormat = .table

        func run() async throws {
            let counts = try WorkerCounts.parse(workers)
            let logger = ProcessLogger.make()
            var configuration = try PostgresStoreConfiguration(url: store)
            configuration.maximumConnections = max(2, concurrency)
            try await PostgresScanStore.open(configuration, logger: logger).migrate()
            let runner = BenchRunner(
                folder: dir,
                seed: 2026,
                cores: ProcessInfo.processInfo.activeProcessorCount,
                logger: logger
            )
            var report = BenchReport(cores: runner.cores, corpusBytes: 0, corpusFiles: 0, seed: 2026)
            let fleet = FleetBenchRunner(configuration: configuration, runner: runner, logger: logger)
            for count in counts {
                report.figures.append(try await fleet.queueFigure(jobs: jobs, workers: count, batch: batch))
            }
            for count in counts {
                report.figures.append(
                    try await fleet.noopFigure(objects: objects, workers: count, concurrency: concurrency)
                )
            }
            if megabytes > 0 {
                let corpus = BenchCorpus(folder: dir, seed: 2026, megabytes: megabytes)
                let manifest = try corpus.prepare()
                (report.corpusBytes, report.corpusFiles) = (manifest.bytes, manifest.files)
                for count in counts {
                    report.figures += try await fleet.fileFigures(
                        corpus: corpus,
                        workers: count,
                        concurrency: concurrency
                    )
                }
            }
            report.peakMemoryMB = BenchReport.peakMemoryMegabytes()
            try report.print(format: format)
        }
    }
}

/// `--workers 1,2,4`.
enum WorkerCounts {
    static func parse(_ text: String) throws -> [Int] {
        let counts = text.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !counts.isEmpty, counts.allSatisfy({ (1...64).contains($0) }) else {
            throw ValidationError("--workers must list worker counts from 1 to 64, e.g. 1,2,4")
        }
        return counts
    }
}

/// The figures of `bench-fleet`.
struct FleetBenchRunner {
    let configuration: PostgresStoreConfiguration
    let runner: BenchRunner
    let logger: Logger

    func queueFigure(jobs: Int, workers: Int, batch: Int) async throws -> BenchFigure {
        runner.announce("queue on PostgreSQL, \(jobs) no-op jobs, \(workers) workers")
        let outcome = try await QueueBench(configuration: configuration, logger: logger)
            .measure(jobs: jobs, workers: workers, batch: batch)
        return BenchFigure(
            name: "queue, PostgreSQL, \(workers) workers, batches of \(batch)",
            value: Double(outcome.jobs) / outcome.seconds,
            unit: "jobs/s",
            detail: "\(outcome.jobs) jobs in \(BenchRunner.format(outcome.seconds)) s"
        )
    }

    func noopFigure(objects: Int, workers: Int, concurrency: Int) async throws -> BenchFigure {
        runner.announce("pipeline on PostgreSQL, no-op scanner, \(workers) workers")
        let source = DataSource(
            name: "bench-noop-\(UUID().uuidString.prefix(8))",
            kind: .filesystem,
            location: "/nonexistent",
            createdAt: Date()
        )
        let outcome = try await FleetPipelineBench(configuration: configuration, logger: logger).measure(
            source: source,
            rules: RuleProfile(engine: try RuleEngine(classifiers: [])),
            workers: workers,
            concurrency: concurrency
        ) { _, _ in NoopConnector(count: objects) }
        let counters = outcome.counters
        let pageSize = JobExecutor.Configuration().pageSize
        let jobs = (counters.enumerated + pageSize - 1) / pageSize + counters.scanned + counters.finalized
        return BenchFigure(
            name: "pipeline, PostgreSQL, no-op scanner, \(workers)×\(concurrency) jobs",
            value: Double(jobs) / outcome.seconds,
            unit: "jobs/s",
            detail:
                "\(jobs) jobs (\(counters.scanned) objects) in \(BenchRunner.format(outcome.seconds)) s, \(outcome.status)"
        )
    }

    func fileFigures(corpus: BenchCorpus, workers: Int, concurrency: Int) async throws -> [BenchFigure] {
        runner.announce("pipeline on PostgreSQL, files, \(workers) workers")
        let location = URL(fileURLWithPath: corpus.filesFolder).standardizedFileURL.path
        let source = DataSource(
            name: "bench-files-\(UUID().uuidString.prefix(8))",
            kind: .filesystem,
            location: location,
            createdAt: Date()
        )
        let logger = self.logger
        let outcome = try await FleetPipelineBench(configuration: configuration, logger: logger).measure(
            source: source,
            rules: try RuleProfile.compile(document: nil),
            workers: workers,
            concurrency: concurrency
        ) { source, sampling in
            try ConnectorFactory.make(for: source, sampling: sampling, environment: [:], logger: logger)
        }
        let counters = outcome.counters
        let detail =
            "\(counters.scanned) objects, \(counters.bytes) bytes, \(counters.findingsNew) findings in "
            + "\(BenchRunner.format(outcome.seconds)) s, \(outcome.status)"
        return [
            BenchFigure(
                name: "files, PostgreSQL, full catalog, \(workers)×\(concurrency) jobs",
                value: Double(counters.bytes) / 1_000_000 / outcome.seconds,
                unit: "MB/s",
                detail: detail
            ),
            BenchFigure(
                name: "files, PostgreSQL, objects, \(workers)×\(concurrency) jobs",
                value: Double(counters.scanned) / outcome.seconds,
                unit: "objects/s",
                detail: detail
            ),
        ]
    }
}
