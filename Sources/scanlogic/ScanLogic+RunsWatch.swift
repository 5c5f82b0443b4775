import ArgumentParser
import ScanClient

extension ScanLogic.Runs {
    /// `scanlogic runs watch <id>`: follow a server's run until it ends.
    struct Watch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Follow a run on a server until it ends.",
            discussion: """
                Shows a progress bar on a terminal and plain progress lines otherwise, reconnecting \
                (with Last-Event-ID) if the connection drops. Exits 0 when the run completed, 1 when it \
                failed or was cancelled.
                """
        )
        @OptionGroup var server: ServerOptions
        @Argument(help: "The run id.") var id: String
        @Flag(help: "Do not show progress, only the final summary.") var quiet = false

        func run() async throws {
            try await server.withClient { client in try await RunWatch.follow(id, client: client, quiet: quiet) }
        }
    }
}
