import Foundation
import Logging
import PostgresNIO
import ScanCore
import ScanStoreSQL

/// What finalizing needs to know about the run being finalized.
struct FinalizeContext {
    var run: Identifier<ScanRun>
    var tenant: TenantID
    var definition: Identifier<ScanDefinition>
    var source: Identifier<DataSource>
}

/// The finalize step's writes: the object's outcome, its assets and its findings.
extension PostgresConnection {
    /// Records the object's outcome once per run and counts it in `tally`; returns `false`
    /// when it was already recorded, so a redelivered finalize job changes nothing.
    func recordObject(
        _ result: ObjectResult,
        run: Identifier<ScanRun>,
        at: Date,
        tally: inout RunDelta,
        logger: Logger
    ) async throws -> Bool {
        let recorded = try await count(
            RecordObjectStatement(
                run: run.rawValue,
                path: result.object.path,
                outcome: result.outcome.name,
                reason: result.outcome.reason,
                bytesRead: result.bytesRead,
                findingCount: result.detections.count,
                at: at
            ),
            logger: logger
        )
        guard recorded == 1 else { return false }
        tally.finalized += 1
        tally.failed += result.outcome.isFailure ? 1 : 0
        return true
    }

    func finalizeContext(_ run: Identifier<ScanRun>, logger: Logger) async throws -> FinalizeContext {
        guard
            let row = try await rows(FinalizeContextStatement(run: run.rawValue), logger: logger).first
        else { throw ScanError(.notFound, "run \(run) not found") }
        return FinalizeContext(
            run: run,
            tenant: TenantID(try row.value("tenant_id")),
            definition: Identifier(try row.value("definition_id")),
            source: Identifier(try row.value("source_id"))
        )
    }

    /// Upserts the object's assets in one statement. Only the scanned object carries the
    /// outcome; its ancestors are just "seen", and an ancestor already seen by this run is
    /// left alone: every object of a folder would otherwise queue on the folder's row.
    func mergeAssets(_ result: ObjectResult, context: FinalizeContext, at: Date, logger: Logger) async throws {
        // One statement cannot upsert a row twice; the last mention of a path wins.
        var latest: [String: AssetObservation] = [:]
        for asset in result.assets { latest[asset.path] = asset }
        let assets = latest.values.sorted { $0.path < $1.path }
        guard !assets.isEmpty else { return }
        let outcomes = assets.map { asset in
            asset.path == result.object.path || asset.parentPath == result.object.path ? result.outcome.name : ""
        }
        try await run(
            UpsertAssetsStatement(
                tenant: context.tenant.rawValue,
                source: context.source.rawValue,
                run: context.run.rawValue,
                at: at,
                paths: assets.map(\.path),
                parentPaths: assets.map { $0.parentPath ?? "" },
                kinds: assets.map(\.kind.rawValue),
                sizes: assets.map { $0.size ?? -1 },
                dataTypes: assets.map { $0.dataType ?? "" },
                classifications: try assets.map { try JSONColumn.encode($0.classifications) },
                outcomes: outcomes
            ),
            logger: logger
        )
    }
}
