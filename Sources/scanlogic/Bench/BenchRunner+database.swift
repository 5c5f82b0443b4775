import Foundation
import ScanConnectors
import ScanCore
import ScanEngine

extension BenchRunner {
    /// Scans the benchmark database in SQLite, and in PostgreSQL when `postgres` is set.
    func databaseFigures(
        database: BenchDatabase,
        postgres: String?,
        passwordEnv: String
    ) async throws -> [BenchFigure] {
        announce("database, generating \(database.tables) tables x \(database.rows) rows")
        let values = database.generate()
        let path = folder + "/bench.sqlite"
        try database.writeSQLite(path: path, values: values)
        let sqlite = DataSource(name: "bench-sqlite", kind: .sqlite, location: path, createdAt: Date())
        var figures = [try await databaseFigure(source: sqlite, label: "SQLite", rows: database.rows)]
        if let postgres {
            let password = ProcessInfo.processInfo.environment[passwordEnv]
            announce("database, loading PostgreSQL")
            try PostgresLoader(url: postgres, password: password).load(database.postgresScript(values: values))
            let source = DataSource(
                name: "bench-postgres",
                kind: .postgres,
                location: postgres,
                credentialEnv: passwordEnv,
                createdAt: Date()
            )
            figures.append(try await databaseFigure(source: source, label: "PostgreSQL", rows: database.rows))
        }
        return figures
    }

    /// One pipeline run over a database, sampling every row, counting the values read.
    private func databaseFigure(source: DataSource, label: String, rows: Int) async throws -> BenchFigure {
        announce("database, scanning \(label)")
        let counter = ValueCounter()
        let logger = self.logger
        let environment = ProcessInfo.processInfo.environment
        let outcome = try await pipeline.measure(
            source: source,
            rules: try RuleProfile.compile(document: nil),
            concurrency: cores
        ) { source, _ in
            // Sample every row, so the figure is about classification, not the sampler's limit.
            let sampling = SamplingOptions(rows: rows)
            let base = try ConnectorFactory.make(
                for: source,
                sampling: sampling,
                environment: environment,
                logger: logger
            )
            return CountingConnector(base: base, counter: counter)
        }
        return BenchFigure(
            name: "database, \(label), full catalog, \(cores) jobs",
            value: Double(counter.value) / outcome.seconds,
            unit: "values/s",
            detail: "\(counter.value) values in \(outcome.counters.scanned) tables, "
                + "\(Self.format(outcome.seconds)) s, \(outcome.status)"
        )
    }
}
