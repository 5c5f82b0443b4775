import ArgumentParser
import Foundation
import ScanCore

extension ScanLogic.Admin {
    /// `scanlogic admin limits …`: a tenant's cap on jobs running at once across every worker.
    struct Limits: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show and set a tenant's limits.",
            discussion: """
                The tenant's max concurrency caps the jobs touching its sources (enumerations and \
                scans) that run at once across every worker, on top of each source's own cap.
                """,
            subcommands: [Show.self, Update.self]
        )
    }
}

extension ScanLogic.Admin.Limits {
    /// The largest cap, as the API accepts.
    static let maxLimit = 10_000

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a tenant's limits.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The tenant.") var tenant = Tenant.defaultID.rawValue

        func run() async throws {
            let opened = try await OpenedStore.open(storeOptions, logger: ProcessLogger.make())
            let limit = try await opened.store.tenantConcurrency(TenantID(tenant))
            print("tenant \(tenant): max concurrency \(limit.map(String.init) ?? "none (no cap)")")
        }
    }

    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set or clear a tenant's cap on jobs running at once across every worker."
        )
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The tenant.") var tenant = Tenant.defaultID.rawValue
        @Option(help: "The most jobs of the tenant running at once (1 to 10000).") var maxConcurrency: Int?
        @Flag(help: "Remove the cap.") var clear = false

        func validate() throws {
            switch (maxConcurrency, clear) {
            case (nil, false): throw ValidationError("pass --max-concurrency N or --clear")
            case (.some, true): throw ValidationError("pass either --max-concurrency or --clear, not both")
            case (let limit?, false) where !(1...ScanLogic.Admin.Limits.maxLimit).contains(limit):
                throw ValidationError("--max-concurrency must be from 1 to \(ScanLogic.Admin.Limits.maxLimit)")
            default: break
            }
        }

        func run() async throws {
            let opened = try await OpenedStore.open(storeOptions, logger: ProcessLogger.make())
            let tenantID = TenantID(tenant)
            let limit = clear ? nil : maxConcurrency
            try await opened.store.setTenantConcurrency(tenantID, limit: limit)
            try await opened.store.appendAudit(
                AuditEvent(
                    tenantID: tenantID,
                    at: Date(),
                    actor: "local:\(NSUserName())",
                    action: "limits.updated",
                    target: tenantID.rawValue,
                    detail: "max_concurrency=\(limit.map(String.init) ?? "none")"
                )
            )
            print("tenant \(tenant): max concurrency \(limit.map(String.init) ?? "none (no cap)")")
        }
    }
}
