import HTTPTypes
public import Hummingbird
public import Logging
import NIOCore

/// The HTTP endpoint of a process that serves nothing but its metrics, such as
/// `scanlogic worker --metrics-address`: `GET /metrics` and `GET /healthz`.
///
/// ```swift
/// let metrics = ServerMetrics()
/// let app = MetricsEndpoint.buildApplication(metrics: metrics, host: "127.0.0.1", port: 9464, logger: logger)
/// ```
public enum MetricsEndpoint {
    /// The Prometheus text exposition format's content type.
    public static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// `GET /metrics` renders `metrics`; `GET /healthz` answers `ok`.
    public static func buildRouter(metrics: ServerMetrics) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.get("healthz") { _, _ in "ok" }
        router.get("metrics") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = contentType
            let body = ResponseBody(byteBuffer: ByteBuffer(string: metrics.render()))
            return Response(status: .ok, headers: headers, body: body)
        }
        return router
    }

    /// An application serving ``buildRouter(metrics:)`` on `host:port`, a service to run in
    /// the process's service group.
    /// - Parameter onListening: called with the port listened on, the real one when `port` is 0.
    public static func buildApplication(
        metrics: ServerMetrics,
        host: String,
        port: Int,
        logger: Logger,
        onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> Application<RouterResponder<BasicRequestContext>> {
        Application(
            router: buildRouter(metrics: metrics),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }
}
