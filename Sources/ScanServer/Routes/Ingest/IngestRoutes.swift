import Foundation
import Hummingbird
import ScanCore
import ScanIngest

/// `/api/v1/ingest`: other scanners' reports (SARIF 2.1.0 or the native format) stored as
/// runs of a definition, and a check of which fingerprints are already known.
///
/// A report is the tool's complete result for its scope: its findings are new, unchanged
/// or reopened, and the scope's findings of that tool it leaves out are fixed.
struct IngestRoutes: APIRoutes {
    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.post("ingest/sarif") { request, context in try await ingest(request, context, format: .sarif) }
        group.post("ingest") { request, context in try await ingest(request, context, format: .native) }
        group.post("ingest/check") { request, context in try await check(request, context) }
    }

    enum Format: String {
        case sarif
        case native
    }

    private func ingest(_ request: Request, _ context: APIContext, format: Format) async throws -> Response {
        let principal = try context.require(anyOf: [.operate, .agent])
        let ingestor = try makeIngestor()
        // The body first: one over the limit is refused before anything is looked up or made.
        let body = try await BodyDecoder.collect(request, limit: ingestor.limits.maximumBytes, subject: "the report")
        let parameters = QueryParameters(request)
        let now = environment.now()
        let binding = IngestBinding(store: environment.store, tenant: principal.tenantID, now: now)
        guard let destination = try await binding.destination(parameters) else {
            throw APIProblem.notFound("ingest definition")
        }
        let root = parameters.string("root")
        let runs =
            switch format {
            case .sarif: try await ingestor.ingestSARIF(body, into: destination, root: root, at: now)
            case .native: try await ingestor.ingestNative(body, into: destination, root: root, at: now)
            }
        try await environment.audit(
            context,
            principal,
            action: "ingest.\(format.rawValue)",
            targets: runs.map(\.id.rawValue),
            detail: runs.compactMap(\.tool).joined(separator: ",")
        )
        return try JSONResponse.make(IngestView(runs: runs), status: .created)
    }

    private func check(_ request: Request, _ context: APIContext) async throws -> Response {
        let principal = try context.require(anyOf: [.read, .agent])
        let binding = IngestBinding(store: environment.store, tenant: principal.tenantID, now: environment.now())
        // A check only reads: it never makes a source's ingest definition.
        let destination = try await binding.destination(QueryParameters(request), creating: false)
        let fingerprints = try await BodyDecoder.decode(IngestCheckInput.self, from: request).validated()
        var known: [KnownFinding] = []
        if let destination {
            known = try await environment.store.knownFindings(
                definitionID: destination.definitionID,
                tenant: principal.tenantID,
                fingerprints: fingerprints
            )
        }
        let found = Set(known.map(\.fingerprint))
        return try JSONResponse.make(
            IngestCheckView(known: known, unknown: fingerprints.filter { !found.contains($0) })
        )
    }

    private func makeIngestor() throws -> ReportIngestor {
        guard let hasher = environment.hasher else {
            throw APIProblem(
                status: .serviceUnavailable,
                title: "Service Unavailable",
                detail: "this server has no hash key, which ingest needs to hash reported code"
            )
        }
        return ReportIngestor(store: environment.store, hasher: hasher, limits: environment.ingestLimits)
    }
}
