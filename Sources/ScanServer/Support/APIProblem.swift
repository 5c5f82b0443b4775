import Foundation
public import HTTPTypes
public import Hummingbird
import NIOCore

/// An RFC 9457 problem: the body of every error the API returns.
///
/// The detail is written for the caller and never holds internal errors, stack traces or
/// secrets; `field` names the offending input (`schedule.time`, `limit`) when there is one.
public struct APIProblem: Error, HTTPResponseError, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A short summary of the kind of problem.
    public var title: String
    /// What exactly went wrong.
    public var detail: String
    /// The JSON path or query parameter at fault.
    public var field: String?

    /// Creates a problem.
    public init(status: HTTPResponse.Status, title: String, detail: String, field: String? = nil) {
        self.status = status
        self.title = title
        self.detail = detail
        self.field = field
    }

    /// 401: a missing, unknown, expired or revoked token.
    public static func unauthorized() -> APIProblem {
        APIProblem(status: .unauthorized, title: "Unauthorized", detail: "a valid bearer token is required")
    }

    /// 404 for `what` (the same answer whether it is missing or another tenant's).
    public static func notFound(_ what: String) -> APIProblem {
        APIProblem(status: .notFound, title: "Not Found", detail: "\(what) not found")
    }

    /// 422 naming a field.
    public static func invalid(_ field: String, _ detail: String) -> APIProblem {
        APIProblem(status: .unprocessableContent, title: "Invalid Field", detail: detail, field: field)
    }

    /// 400 for a malformed query parameter or body.
    public static func badRequest(_ detail: String, field: String? = nil) -> APIProblem {
        APIProblem(status: .badRequest, title: "Bad Request", detail: detail, field: field)
    }

    /// The JSON body.
    struct Body: Encodable {
        var type: String
        var title: String
        var status: Int
        var detail: String
        var field: String?
        var instance: String?
        var requestID: String?

        enum CodingKeys: String, CodingKey {
            case type, title, status, detail, field, instance
            case requestID = "request_id"
        }
    }

    /// The response, with the request path and id when the context has them.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let requestID = (context as? APIContext)?.requestID
        let body = Body(
            type: "about:blank",
            title: title,
            status: Int(status.code),
            detail: detail,
            field: field,
            instance: request.uri.path,
            requestID: requestID
        )
        let data = try JSONEncoder().encode(body)
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        if let requestID { headers[.requestID] = requestID }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension HTTPField.Name {
    /// `X-Request-ID`.
    public static var requestID: Self { Self("X-Request-ID")! }
}
