import ArgumentParser
import Foundation
import ScanCore
import ScanStoreSQLite

extension ScanLogic {
    /// `scanlogic admin`: local administration of the embedded store.
    struct Admin: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Administer the store directly (no server needed).",
            subcommands: [Token.self, Limits.self]
        )

        struct Token: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Create, list and revoke API tokens.",
                subcommands: [Create.self, List.self, Revoke.self]
            )
        }
    }
}

extension ScanLogic.Admin.Token {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an API token and print its secret once.",
            discussion: "The secret is printed on standard output and never again; only its hash is stored."
        )

        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "A name for the token, recorded as the actor in the audit log.") var name: String
        @Option(help: "admin, operator, viewer or agent.", transform: ArgumentValue.role) var role: Role = .admin
        @Option(help: "The tenant the token acts in.") var tenant = Tenant.defaultID.rawValue
        @Option(help: "Days until the token expires (default: never).") var expiresInDays: Int?

        func run() async throws {
            let opened = try await OpenedStore.open(storeOptions, logger: ProcessLogger.make())
            let secret = TokenSecret.generate()
            let now = Date()
            let token = APIToken(
                tenantID: TenantID(tenant),
                name: name,
                role: role,
                secretHash: TokenSecret.hash(secret),
                prefix: TokenSecret.displayPrefix(secret),
                createdAt: now,
                expiresAt: expiresInDays.map { now.addingTimeInterval(Double($0) * 86_400) }
            )
            try await opened.store.save(token)
            try await opened.store.appendAudit(
                AuditEvent(
                    tenantID: token.tenantID,
                    at: now,
                    actor: "local:\(NSUserName())",
                    action: "token.created",
                    target: token.id.rawValue,
                    detail: "role \(role.rawValue)"
                )
            )
            Terminal.printError("token \(token.id) (\(role.rawValue), tenant \(tenant)); keep the secret safe:")
            print(secret)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the tokens of a tenant (never their secrets).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The tenant.") var tenant = Tenant.defaultID.rawValue

        func run() async throws {
            let opened = try await OpenedStore.open(storeOptions, logger: ProcessLogger.make())
            for token in try await opened.store.tokens(tenant: TenantID(tenant)) {
                let state = token.revokedAt == nil ? "active" : "revoked"
                print("\(token.id)  \(token.prefix)…  \(token.role.rawValue)  \(state)  \(token.name)")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "The tenant.") var tenant = Tenant.defaultID.rawValue
        @Argument(help: "The token id.") var id: String

        func run() async throws {
            let opened = try await OpenedStore.open(storeOptions, logger: ProcessLogger.make())
            let token = try await opened.store.revokeToken(Identifier(id), tenant: TenantID(tenant), at: Date())
            try await opened.store.appendAudit(
                AuditEvent(
                    tenantID: token.tenantID,
                    at: Date(),
                    actor: "local:\(NSUserName())",
                    action: "token.revoked",
                    target: token.id.rawValue
                )
            )
            print("revoked \(token.id)")
        }
    }
}
