import ArgumentParser
import Foundation
import ScanCore
import ScanStorePostgres

extension ScanLogic {
    /// `scanlogic migrate`: bring a store's schema up to date.
    struct Migrate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the schema migrations a store lacks.",
            discussion: """
                A PostgreSQL store is migrated explicitly, once per upgrade, before servers \
                and workers of the new version start (they refuse an outdated schema). \
                Concurrent runs are safe: an advisory lock lets one apply each step. The \
                embedded SQLite store migrates itself when opened; this command does it \
                ahead of time.
                """
        )

        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            let location = storeOptions.location(environment: environment)
            guard PostgresStoreConfiguration.isPostgresURL(location) else {
                _ = try await OpenedStore.open(storeOptions, logger: ProcessLogger.make(environment: environment))
                return print("store \(location) is up to date")
            }
            let configuration = try PostgresStoreConfiguration(url: location, environment: environment)
            let store = try await PostgresScanStore.open(
                configuration,
                logger: ProcessLogger.make(environment: environment)
            )
            let applied = try await store.migrate()
            for name in applied { print("applied \(name)") }
            print("store \(configuration) is up to date (\(applied.count) migration(s) applied)")
        }
    }
}
