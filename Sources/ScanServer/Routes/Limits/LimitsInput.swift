import ScanCore

/// The body of `PUT /limits`: `{"max_concurrency": 8}`, or `null` to remove the cap.
///
/// The field is required, so an empty body cannot remove a cap by accident.
struct LimitsInput: APIInput {
    enum Fields: String, CodingKey, CaseIterable {
        case maxConcurrency = "max_concurrency"
    }

    var maxConcurrency: Int?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Fields.self)
        guard container.contains(.maxConcurrency) else {
            throw APIProblem.invalid(
                "max_concurrency",
                "field 'max_concurrency' is required; send null to remove the cap"
            )
        }
        maxConcurrency = try container.decodeIfPresent(Int.self, forKey: .maxConcurrency)
    }
}

/// The tenant's limits as the API shows them; `max_concurrency` is left out when there is no cap.
struct LimitsView: Encodable, Sendable {
    var tenantID: TenantID
    var maxConcurrency: Int?
}
