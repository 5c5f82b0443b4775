import Foundation
import HTTPTypes
import Hummingbird
import ScanCore
import ScanServer
import Testing

/// A subset of JSON Schema, enough for the document's schemas: `$ref`, `allOf`, `type`,
/// `properties`, `required`, `additionalProperties`, `items` and `enum`. Objects may hold
/// only declared keys, so an undocumented field in a response is reported.
struct SchemaCheck {
    let document: [String: Any]

    /// The media type and schema documented for an answer, or `nil` when the status is not documented.
    func response(method: String, path: String, status: Int) -> (mediaType: String?, schema: [String: Any]?)? {
        let paths = document["paths"] as? [String: Any]
        let operation = (paths?[path] as? [String: Any])?[method.lowercased()] as? [String: Any]
        guard let responses = operation?["responses"] as? [String: Any], let found = responses[String(status)] else {
            return nil
        }
        let response = resolve(found as? [String: Any] ?? [:])
        guard let (mediaType, media) = (response["content"] as? [String: Any])?.first else { return (nil, nil) }
        return (mediaType, (media as? [String: Any])?["schema"] as? [String: Any])
    }

    /// Where `value` departs from `schema`, as `$.path: problem` lines.
    func problems(_ value: Any, against schema: [String: Any]) -> [String] {
        var found: [String] = []
        check(value, schema, "$", &found)
        return found
    }

    private func check(_ value: Any, _ schema: [String: Any], _ path: String, _ found: inout [String]) {
        let schema = flattened(resolve(schema))
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { "\($0)" == "\(value)" }) {
            found.append("\(path): \(value) is not one of \(allowed.map { "\($0)" }.joined(separator: ", "))")
        }
        switch schema["type"] as? String {
        case "object": checkObject(value, schema, path, &found)
        case "array":
            guard let list = value as? [Any] else { return found.append("\(path): not an array") }
            let items = schema["items"] as? [String: Any] ?? [:]
            for (index, item) in list.enumerated() { check(item, items, "\(path)[\(index)]", &found) }
        case "string" where !(value is String): found.append("\(path): not a string")
        case "integer" where !(value is NSNumber) || value is String: found.append("\(path): not an integer")
        case "number" where !(value is NSNumber) || value is String: found.append("\(path): not a number")
        case "boolean" where !(value is Bool): found.append("\(path): not a boolean")
        default: break
        }
    }

    private func checkObject(_ value: Any, _ schema: [String: Any], _ path: String, _ found: inout [String]) {
        guard let object = value as? [String: Any] else { return found.append("\(path): not an object") }
        let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
        for key in schema["required"] as? [String] ?? [] where object[key] == nil {
            found.append("\(path).\(key): required but absent")
        }
        for (key, item) in object {
            if let property = properties[key] {
                check(item, property, "\(path).\(key)", &found)
            } else if let additional = schema["additionalProperties"] as? [String: Any] {
                check(item, additional, "\(path).\(key)", &found)
            } else {
                found.append("\(path).\(key): not documented")
            }
        }
    }

    /// `schema` with `allOf` merged into one object schema.
    private func flattened(_ schema: [String: Any]) -> [String: Any] {
        guard let parts = schema["allOf"] as? [[String: Any]] else { return schema }
        var properties: [String: Any] = [:]
        var required: [String] = []
        for part in parts.map({ flattened(resolve($0)) }) {
            properties.merge(part["properties"] as? [String: Any] ?? [:]) { first, _ in first }
            required += part["required"] as? [String] ?? []
        }
        return ["type": "object", "properties": properties, "required": required]
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String else { return schema }
        var node: Any? = document
        for key in reference.dropFirst(2).split(separator: "/") { node = (node as? [String: Any])?[String(key)] }
        return resolve(node as? [String: Any] ?? [:])
    }
}

/// Calls every authenticated operation once over a seeded tenant, checking each answer.
struct ResponseTour {
    let exchange: Exchange
    let seed: CatalogFixtures.Seed

    func run() async throws {
        try await sources()
        try await scansAndRuns()
        try await findings()
        try await ruleSets()
        try await catalogAndAccess()
        try await limits()
    }

    private func sources() async throws {
        let id = seed.definition.sourceID.rawValue
        let path = "/api/v1/sources/\(id)"
        try await exchange.call(.get, "/api/v1/sources")
        try await exchange.call(.get, "/api/v1/sources/{id}", path)
        try await exchange.call(.patch, "/api/v1/sources/{id}", path, json: ["credential_env": "DOCS_TOKEN"])
        try await exchange.call(.post, "/api/v1/sources/{id}/test", path + "/test", as: "operator")
        try await exchange.call(.get, "/api/v1/sources/{id}/health", path + "/health")
        try await exchange.call(.get, "/api/v1/sources/{id}/assets", path + "/assets?parent=dir")
        try await exchange.call(.get, "/api/v1/sources/{id}/asset", path + "/asset?path=dir/a.txt")
        try await exchange.call(.get, "/api/v1/sources/{id}/asset", path + "/asset")
        try await exchange.call(.patch, "/api/v1/sources/{id}", path, json: ["labels": ["eu"], "max_concurrency": 2])
        let body: [String: any Sendable] = [
            "name": "spare", "kind": "filesystem", "location": "/srv/spare", "labels": ["eu", "prod"],
            "max_concurrency": 4,
        ]
        let spare = try #require(try await exchange.call(.post, "/api/v1/sources", json: body).string("id"))
        try await exchange.call(.post, "/api/v1/sources", json: body)
        try await exchange.call(.delete, "/api/v1/sources/{id}", "/api/v1/sources/\(spare)")
    }

    private func scansAndRuns() async throws {
        let schedule: [String: any Sendable] = ["kind": "daily", "time": "02:30", "time_zone": "Europe/Paris"]
        let body: [String: any Sendable] = [
            "name": "nightly", "source_id": seed.definition.sourceID.rawValue, "schedule": schedule,
        ]
        let created = try await exchange.call(.post, "/api/v1/scans", json: body)
        let path = "/api/v1/scans/\(try #require(created.string("id")))"
        try await exchange.call(.get, "/api/v1/scans")
        try await exchange.call(.get, "/api/v1/scans/{id}", path)
        try await exchange.call(.patch, "/api/v1/scans/{id}", path, json: ["schedule": ["kind": "cron"]])
        try await exchange.call(.post, "/api/v1/scans/{id}/pause", path + "/pause", as: "operator")
        try await exchange.call(.post, "/api/v1/scans/{id}/trigger", path + "/trigger", as: "operator")
        try await exchange.call(.post, "/api/v1/scans/{id}/activate", path + "/activate", as: "operator")
        let run = try await exchange.call(.post, "/api/v1/scans/{id}/trigger", path + "/trigger", as: "operator")
        try await exchange.call(.post, "/api/v1/scans/{id}/trigger", path + "/trigger", as: "operator")
        try await exchange.call(.get, "/api/v1/scans/{id}/fires", path + "/fires")
        let runPath = "/api/v1/runs/\(try #require(run.string("id")))"
        try await exchange.call(.get, "/api/v1/runs", "/api/v1/runs?limit=1&status=pending,completed")
        try await exchange.call(.get, "/api/v1/runs", "/api/v1/runs?limit=0")
        try await exchange.call(.get, "/api/v1/runs/{id}", "/api/v1/runs/\(seed.run.id)")
        try await exchange.call(.get, "/api/v1/runs/{id}/objects", "/api/v1/runs/\(seed.run.id)/objects?limit=2")
        try await exchange.call(.post, "/api/v1/runs/{id}/cancel", runPath + "/cancel", as: "operator")
        try await exchange.call(.post, "/api/v1/runs/{id}/cancel", runPath + "/cancel", as: "operator")
        let stream = try await exchange.call(.get, "/api/v1/runs/{id}/events", runPath + "/events?max_events=1")
        #expect(stream.text.contains("event: run.snapshot"))
        try await exchange.call(.get, "/api/v1/events", "/api/v1/events?max_duration=0.05")
        try await exchange.call(.delete, "/api/v1/scans/{id}", path)
    }

    private func findings() async throws {
        let page = try await exchange.call(.get, "/api/v1/findings", "/api/v1/findings?severity=low&limit=1")
        let id = try #require(page.items.first?["id"] as? Int)
        let path = "/api/v1/findings/\(id)"
        try await exchange.call(.get, "/api/v1/findings/{id}", path)
        let triage: [String: any Sendable] = ["state": "accepted_risk", "reason": "test data"]
        try await exchange.call(.post, "/api/v1/findings/{id}/triage", path + "/triage", as: "operator", json: triage)
        let bulk: [String: any Sendable] = ["ids": [id, 999_999], "state": "none"]
        try await exchange.call(.post, "/api/v1/findings/triage", as: "operator", json: bulk)
        try await exchange.call(.post, "/api/v1/findings/triage", as: "operator", json: ["state": "none"])
        try await exchange.call(.get, "/api/v1/stats")
    }

    private func ruleSets() async throws {
        let body: [String: any Sendable] = ["name": "employees", "document": CatalogFixtures.document]
        let created = try await exchange.call(.post, "/api/v1/rulesets", json: body)
        let path = "/api/v1/rulesets/\(try #require(created.string("id")))"
        try await exchange.call(.get, "/api/v1/rulesets")
        try await exchange.call(.get, "/api/v1/rulesets/{id}", path)
        try await exchange.call(.patch, "/api/v1/rulesets/{id}", path, json: ["description": "HR"])
        try await exchange.call(.post, "/api/v1/rulesets/validate", as: "viewer", json: ["document": "name: [x"])
        try await exchange.call(.get, "/api/v1/rulesets/{id}/versions", path + "/versions")
        let document = ["document": CatalogFixtures.document]
        try await exchange.call(.post, "/api/v1/rulesets/{id}/versions", path + "/versions", json: document)
        try await exchange.call(.get, "/api/v1/rulesets/{id}/versions/{version}", path + "/versions/2")
        try await customRules(path + "/rules")
        try await exchange.call(.delete, "/api/v1/rulesets/{id}", path)
    }

    private func customRules(_ path: String) async throws {
        let template = "/api/v1/rulesets/{id}/rules"
        let rule: [String: any Sendable] = ["id": "custom.badge", "type": "regex", "regex": "BDG-[0-9]{4}"]
        try await exchange.call(.post, template, path, json: rule)
        try await exchange.call(.post, template, path, json: rule)
        try await exchange.call(.get, template, path)
        try await exchange.call(.get, template + "/{rule_id}", path + "/custom.badge")
        try await exchange.call(.put, template + "/{rule_id}", path + "/custom.badge", json: ["regex": "B-[0-9]+"])
        try await exchange.call(.delete, template + "/{rule_id}", path + "/custom.badge")
        let test: [String: any Sendable] = [
            "rule_id": "custom.employee_id", "text": "id EMP-123456", "document": CatalogFixtures.document,
        ]
        try await exchange.call(.post, "/api/v1/rules/test", as: "viewer", json: test)
    }

    private func catalogAndAccess() async throws {
        let list = try await exchange.call(.get, "/api/v1/classifiers", "/api/v1/classifiers?category=financial")
        let id = try #require(list.items.first?["id"] as? String)
        try await exchange.call(.get, "/api/v1/classifiers/{id}", "/api/v1/classifiers/\(id)")
        try await exchange.call(.get, "/api/v1/audit", "/api/v1/audit?limit=2")
        try await exchange.call(.get, "/api/v1/tokens")
        let created = try await exchange.call(.post, "/api/v1/tokens", json: ["name": "ci", "role": "operator"])
        let token = try #require(created.string("id"))
        try await exchange.call(.delete, "/api/v1/tokens/{id}", "/api/v1/tokens/\(token)")
        try await exchange.call(.get, "/api/v1/stats", as: "agent")
    }

    private func limits() async throws {
        try await exchange.call(.get, "/api/v1/limits", as: "viewer")
        try await exchange.call(.put, "/api/v1/limits", json: ["max_concurrency": 8])
        try await exchange.call(.put, "/api/v1/limits", json: ["max_concurrency": 0])
        try await exchange.call(.get, "/api/v1/limits", as: "viewer")
    }
}
