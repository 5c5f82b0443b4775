import ArgumentParser
import Foundation

/// Where the store lives: a SQLite file (the embedded default) or a PostgreSQL URL.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite store file, or postgres://user@host:port/database for a shared store.",
            discussion: "Default: $SCANLOGIC_STORE, else $XDG_DATA_HOME/scanlogic/store.sqlite, "
                + "else ~/.local/share/scanlogic/store.sqlite. A PostgreSQL password comes from $PGPASSWORD."
        )
    )
    var store: String?

    /// The resolved store file path or URL.
    func location(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let store { return store }
        if let fromEnv = environment["SCANLOGIC_STORE"], !fromEnv.isEmpty { return fromEnv }
        let base =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return base + "/scanlogic/store.sqlite"
    }
}
