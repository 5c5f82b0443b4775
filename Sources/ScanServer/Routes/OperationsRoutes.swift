import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ScanCore

/// Unauthenticated operational routes: liveness, readiness, metrics and the API document.
struct OperationsRoutes: Sendable {
    let environment: ServerEnvironment

    func register(on router: Router<APIContext>) {
        router.get("healthz") { _, _ in try JSONResponse.make(["status": "ok"]) }
        router.get("readyz") { _, _ in try await readiness() }
        router.get("metrics") { _, _ in try await metrics() }
        router.get("openapi.json") { _, _ in openAPIDocument() }
    }

    /// Ready when not draining and the store answers.
    private func readiness() async throws -> Response {
        guard environment.isReady() else {
            throw APIProblem(status: .serviceUnavailable, title: "Service Unavailable", detail: "draining")
        }
        do {
            _ = try await environment.store.queueCounts()
        } catch {
            throw APIProblem(
                status: .serviceUnavailable,
                title: "Service Unavailable",
                detail: "the store is unavailable"
            )
        }
        return try JSONResponse.make(["status": "ready"])
    }

    private func metrics() async throws -> Response {
        // Queue gauges are sampled on scrape so they are never staler than the scraper.
        if let queue = try? await environment.store.queueCounts() {
            environment.metrics.recordQueue(queue)
        }
        if let open = try? await environment.store.openFindingsBySeverity() {
            environment.metrics.recordOpenFindings(open)
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(
            status: .ok,
            headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: environment.metrics.render()))
        )
    }

    private func openAPIDocument() -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(
            status: .ok,
            headers: headers,
            body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json))
        )
    }
}
