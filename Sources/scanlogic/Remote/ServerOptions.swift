import ArgumentParser
import Foundation
import ScanClient

/// Which ScanLogic server to talk to, and where the bearer token comes from.
///
/// The token is read from an environment variable only, never from a flag, so it stays out
/// of shell history and `ps`; `--token-env` names another variable to read it from.
struct ServerOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The ScanLogic server, e.g. https://scanlogic.example:8080.",
            discussion: "Default: $SCANLOGIC_SERVER. The token is read from $SCANLOGIC_TOKEN.",
            valueName: "url"
        )
    )
    var server: String?

    @Option(help: ArgumentHelp("The environment variable that holds the bearer token.", valueName: "name"))
    var tokenEnv = "SCANLOGIC_TOKEN"

    @Option(help: "Seconds to wait for each request.")
    var timeout = 30

    /// The server address from `--server` or `SCANLOGIC_SERVER`, if any.
    func address(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let server, !server.isEmpty { return server }
        return environment["SCANLOGIC_SERVER"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The client configuration, or `nil` when no server is given (local mode).
    func configuration(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> APIClient.Configuration? {
        guard let address = address(environment: environment) else { return nil }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
        // The variable's name is not echoed: a token pasted by mistake into --token-env
        // would otherwise be printed.
        guard let token = environment[tokenEnv], !token.isEmpty else {
            throw APIClientError(
                .notConfigured,
                tokenEnv == "SCANLOGIC_TOKEN"
                    ? "no API token: set SCANLOGIC_TOKEN" : "no API token: the variable named by --token-env is empty"
            )
        }
        return try APIClient.Configuration(server: address, token: token, requestTimeout: .seconds(timeout))
    }

    /// Runs `body` with a client of the server; for commands that only work against a server.
    func withClient<Result>(_ body: (APIClient) async throws -> Result) async throws -> Result {
        guard let configuration = try configuration() else {
            throw APIClientError(
                .notConfigured,
                "this command needs a server: give --server URL or set SCANLOGIC_SERVER"
            )
        }
        return try await APIClient.withClient(configuration, body)
    }
}
