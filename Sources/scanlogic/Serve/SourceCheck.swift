import Foundation
import Logging
import ScanConnectors
import ScanCore
import ScanServer

/// The connection check behind `POST /sources/{id}/test`: open the connector with the
/// source's credential and list one object.
enum SourceCheck {
    static func tester(environment: [String: String], logger: Logger) -> ServerEnvironment.SourceTester {
        { source in
            let clock = ContinuousClock()
            let started = clock.now
            let failure: ScanError?
            do {
                let connector = try ConnectorFactory.make(
                    for: source,
                    sampling: SamplingOptions(),
                    environment: environment,
                    logger: logger
                )
                do {
                    _ = try await connector.enumerate(cursor: nil, scope: ScopeFilter(), pageSize: 1)
                    failure = nil
                } catch {
                    failure = Self.scanError(error)
                }
                await connector.close()
            } catch {
                failure = Self.scanError(error)
            }
            let elapsed = clock.now - started
            return SourceHealth(
                ok: failure == nil,
                error: failure?.message,
                code: failure.map { "\($0.code)" },
                latencyMs: Int(elapsed / .milliseconds(1)),
                checkedAt: Date()
            )
        }
    }

    /// Connector errors are written not to contain credentials; anything else is reduced
    /// to its kind so no unexpected text reaches the API.
    private static func scanError(_ error: any Error) -> ScanError {
        (error as? ScanError) ?? ScanError(.internalError, "the check failed unexpectedly")
    }
}
