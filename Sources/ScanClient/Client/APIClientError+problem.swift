public import Foundation

extension APIClientError {
    /// The body of an `application/problem+json` answer; every member is optional.
    private struct Problem: Decodable {
        var title: String?
        var detail: String?
        var field: String?
        var requestID: String?

        enum CodingKeys: String, CodingKey {
            case title, detail, field
            case requestID = "request_id"
        }
    }

    /// The error for an answer with an error `status`, read from its problem document when
    /// the body is one, otherwise from the status alone (the body is never echoed: a proxy's
    /// error page may be large or hold anything).
    ///
    /// - Parameters:
    ///   - status: The HTTP status code.
    ///   - body: The response body.
    ///   - requestID: The `X-Request-ID` response header, used when the body has none.
    /// - Returns: A ``Code/rejected`` error.
    public static func problem(status: Int, body: Data, requestID: String? = nil) -> APIClientError {
        let problem = try? JSONDecoder().decode(Problem.self, from: body)
        let detail = problem?.detail.flatMap { $0.isEmpty ? nil : $0 } ?? Self.reason(for: status)
        return APIClientError(
            .rejected,
            detail,
            status: status,
            title: problem?.title,
            field: problem?.field,
            requestID: problem?.requestID ?? requestID
        )
    }

    private static func reason(for status: Int) -> String {
        switch status {
        case 401: "a valid bearer token is required (set SCANLOGIC_TOKEN)"
        case 403: "the token's role does not allow this"
        case 404: "not found"
        case 500...599: "the server failed"
        default: "the request was refused"
        }
    }
}
