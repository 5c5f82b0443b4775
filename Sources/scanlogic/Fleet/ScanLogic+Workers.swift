import ArgumentParser
import Foundation
import ScanCore

extension ScanLogic {
    /// `scanlogic workers`: the worker registry.
    struct Workers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the workers of a store: id, host, role, last heartbeat and jobs held.",
            discussion: "A worker whose heartbeat is older than three lease periods is shown as stale."
        )

        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Output format: text or json.") var format: ListFormat = .text
        @Flag(help: "Include workers that stopped.") var all = false

        enum ListFormat: String, ExpressibleByArgument {
            case text
            case json
        }

        func run() async throws {
            let opened = try await OpenedStore.open(storeOptions, logger: ProcessLogger.make())
            let workers = try await opened.store.workers().filter { all || $0.stoppedAt == nil }
            switch format {
            case .json: try WorkerTable.printJSON(workers)
            case .text: WorkerTable.print(workers, now: Date())
            }
        }
    }
}
