import Foundation
import Hummingbird
import ScanCore

/// `/api/v1/sources/{id}/assets` and `/asset`: the catalog of what scans saw in a source.
struct AssetRoutes: APIRoutes {
    let environment: ServerEnvironment

    func register(on group: RouterGroup<APIContext>) {
        group.get("sources/{id}/assets") { request, context in try await children(request, context) }
        group.get("sources/{id}/asset") { request, context in try await asset(request, context) }
    }

    /// The direct children of `parent`, or the top level without it.
    private func children(_ request: Request, _ context: APIContext) async throws -> Response {
        let (principal, source) = try await load(context)
        let parent = QueryParameters(request).string("parent")
        let assets = try await environment.store.assets(source: source, tenant: principal.tenantID, parentPath: parent)
        return try JSONResponse.make(Page(items: assets.map(AssetView.init)))
    }

    private func asset(_ request: Request, _ context: APIContext) async throws -> Response {
        let (principal, source) = try await load(context)
        guard let path = QueryParameters(request).string("path") else {
            throw APIProblem.badRequest("'path' is required", field: "path")
        }
        guard let asset = try await environment.store.asset(source: source, tenant: principal.tenantID, path: path)
        else { throw APIProblem.notFound("asset") }
        return try JSONResponse.make(AssetView(asset))
    }

    /// The caller and the `{id}` source, which must be in the caller's tenant.
    private func load(_ context: APIContext) async throws -> (Principal, Identifier<DataSource>) {
        let principal = try context.require(.read)
        let id = Identifier<DataSource>(try context.parameters.require("id"))
        guard try await environment.store.source(id, tenant: principal.tenantID) != nil else {
            throw APIProblem.notFound("source \(id)")
        }
        return (principal, id)
    }
}

/// An asset with `has_children`, a hint from its kind: sources, directories, schemas and
/// tables contain other assets; files and columns do not.
struct AssetView: Encodable, Sendable {
    var sourceID: String
    var path: String
    var parentPath: String?
    var kind: AssetKind
    var hasChildren: Bool
    var size: Int64?
    var dataType: String?
    var classifications: [Classification]
    var firstSeenRun: String
    var lastSeenRun: String
    var firstSeenAt: Date
    var lastSeenAt: Date
    var lastOutcome: String?

    init(_ asset: Asset) {
        sourceID = asset.sourceID.rawValue
        path = asset.path
        parentPath = asset.parentPath
        kind = asset.kind
        hasChildren = [.source, .directory, .schema, .table].contains(asset.kind)
        size = asset.size
        dataType = asset.dataType
        classifications = asset.classifications
        firstSeenRun = asset.firstSeenRun.rawValue
        lastSeenRun = asset.lastSeenRun.rawValue
        firstSeenAt = asset.firstSeenAt
        lastSeenAt = asset.lastSeenAt
        lastOutcome = asset.lastOutcome
    }
}
