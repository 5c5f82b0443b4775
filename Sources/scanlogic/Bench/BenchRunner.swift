import Foundation
import Logging
import ScanConnectors
import ScanCore
import ScanEngine
import ScanRules

/// Runs the benchmark's phases one after another and collects their figures.
struct BenchRunner {
    let folder: String
    let seed: UInt64
    let cores: Int
    let logger: Logger

    /// Says what is being measured, on standard error, so a long run shows progress.
    func announce(_ phase: String) {
        Terminal.printError("bench: \(phase)")
    }

    /// Engine-only file scanning: full catalog and secrets only, one task and all cores.
    func engineFigures(corpus: BenchCorpus) async throws -> [BenchFigure] {
        let bench = try EngineBench(folder: corpus.filesFolder)
        let full = BuiltinClassifiers.all
        let secrets = full.filter { $0.category == .credential }
        var figures: [BenchFigure] = []
        for (label, classifiers) in [("full catalog", full), ("secrets only", secrets)] {
            for tasks in Set([1, cores]).sorted() {
                announce("engine, \(label), \(tasks) task(s)")
                let (seconds, detections) = try await bench.measure(classifiers: classifiers, tasks: tasks)
                figures.append(
                    BenchFigure(
                        name: "files, engine, \(label) (\(classifiers.count) rules), \(tasks) task(s)",
                        value: Double(bench.bytes) / 1_000_000 / seconds,
                        unit: "MB/s",
                        detail: "\(bench.files.count) files in \(Self.format(seconds)) s, \(detections) detections"
                    )
                )
            }
        }
        return figures
    }

    /// A real pipeline run over the corpus with the built-in rules and `cores` jobs in flight.
    func pipelineFileFigures(corpus: BenchCorpus) async throws -> [BenchFigure] {
        announce("pipeline, files, \(cores) jobs in flight")
        let location = URL(fileURLWithPath: corpus.filesFolder).standardizedFileURL.path
        let source = DataSource(name: "bench-files", kind: .filesystem, location: location, createdAt: Date())
        let logger = self.logger
        let outcome = try await pipeline.measure(
            source: source,
            rules: try RuleProfile.compile(document: nil),
            concurrency: cores
        ) { source, sampling in
            try ConnectorFactory.make(for: source, sampling: sampling, environment: [:], logger: logger)
        }
        let counters = outcome.counters
        let detail =
            "\(counters.scanned) objects, \(counters.bytes) bytes in \(Self.format(outcome.seconds)) s, \(outcome.status)"
        return [
            BenchFigure(
                name: "files, pipeline, full catalog, \(cores) jobs",
                value: Double(counters.bytes) / 1_000_000 / outcome.seconds,
                unit: "MB/s",
                detail: detail
            ),
            BenchFigure(
                name: "files, pipeline, objects",
                value: Double(counters.scanned) / outcome.seconds,
                unit: "objects/s",
                detail: detail
            ),
        ]
    }

    /// The pipeline with a connector that reads nothing and no rules: jobs per second.
    func noopFigure(objects: Int) async throws -> BenchFigure {
        announce("pipeline, no-op scanner, \(objects) objects")
        let source = DataSource(name: "bench-noop", kind: .filesystem, location: "/nonexistent", createdAt: Date())
        let rules = RuleProfile(engine: try RuleEngine(classifiers: []))
        let outcome = try await pipeline.measure(source: source, rules: rules, concurrency: cores) { _, _ in
            NoopConnector(count: objects)
        }
        let counters = outcome.counters
        let pageSize = JobExecutor.Configuration().pageSize
        let jobs = (counters.enumerated + pageSize - 1) / pageSize + counters.scanned + counters.finalized
        return BenchFigure(
            name: "pipeline, no-op scanner, \(cores) jobs",
            value: Double(jobs) / outcome.seconds,
            unit: "jobs/s",
            detail: "\(jobs) jobs (\(counters.scanned) objects) in \(Self.format(outcome.seconds)) s, \(outcome.status)"
        )
    }

    var pipeline: PipelineBench { PipelineBench(scratchFolder: folder, logger: logger) }

    static func format(_ seconds: Double) -> String { String(format: "%.2f", seconds) }
}
