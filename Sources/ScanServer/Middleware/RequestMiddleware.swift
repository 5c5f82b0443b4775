import Foundation
import HTTPTypes
public import Hummingbird
import Logging
import ScanCore

/// The outermost middleware: gives every request an id, logs it, records its metrics and
/// turns every error into an `application/problem+json` response.
///
/// Internal errors are logged with their detail and answered with a generic 500 that
/// carries only the request id, so nothing internal or secret reaches the caller.
public struct RequestMiddleware: RouterMiddleware {
    public typealias Context = APIContext

    let metrics: ServerMetrics?

    /// Creates the middleware.
    public init(metrics: ServerMetrics?) {
        self.metrics = metrics
    }

    @concurrent public func handle(
        _ request: Request,
        context: APIContext,
        next: @concurrent (Request, APIContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.requestID = Self.requestID(for: request)
        context.logger[metadataKey: "request_id"] = .string(context.requestID)
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = try ErrorMapping.problem(for: error, logger: context.logger)
                .response(from: request, context: context)
        }
        response.headers[.requestID] = context.requestID
        finish(request, response: response, context: context, elapsed: ContinuousClock.now - started)
        return response
    }

    private func finish(_ request: Request, response: Response, context: APIContext, elapsed: Duration) {
        let route = context.endpointPath ?? "unmatched"
        context.logger.info(
            "request",
            metadata: [
                "method": .string(request.method.rawValue),
                "path": .string(request.uri.path),
                "status": .stringConvertible(response.status.code),
                "duration_ms": .stringConvertible(Int(elapsed / .milliseconds(1))),
            ]
        )
        metrics?.recordRequest(
            method: request.method.rawValue,
            route: route,
            status: response.status.code,
            duration: elapsed
        )
    }

    /// The caller's `X-Request-ID` when it is short and plain, else a fresh one.
    static func requestID(for request: Request) -> String {
        if let given = request.headers[.requestID], (1...64).contains(given.count),
            given.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), given.isASCII
        {
            return given
        }
        return UUID().uuidString.lowercased()
    }
}

extension String {
    fileprivate var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
