import Foundation
public import ScanCore

extension AgentJobStore {
    /// Sends a request, translating the client's errors into the worker's.
    @discardableResult
    func send(_ method: APIMethod, _ path: String, json: Data?) async throws -> APIClient.Answer {
        do {
            return try await client.send(method, path, json: json)
        } catch let error as APIClientError {
            throw Self.scanError(error)
        }
    }

    /// The ``ScanCore/ScanError`` a worker acts on for a failed API request.
    ///
    /// 409 means another worker holds the job now (`.leaseLost`, which the worker drops
    /// quietly). A server that cannot be reached, times out, fails (5xx) or asks to slow
    /// down (429) gives a transient `.connectionFailed`, so the worker treats a claim as
    /// empty and a job's failure as retryable instead of stopping. The message keeps the
    /// client's description, which never holds the token.
    /// - Parameter error: The client's error.
    /// - Returns: The error to throw.
    public static func scanError(_ error: APIClientError) -> ScanError {
        let message = error.description
        switch error.code {
        case .unreachable, .timeout:
            return ScanError(.connectionFailed, message, transient: true)
        case .rejected:
            return scanError(status: error.status ?? 500, message: message)
        default:
            return ScanError(.internalError, message)
        }
    }

    private static func scanError(status: Int, message: String) -> ScanError {
        switch status {
        case 409: ScanError(.leaseLost, message)
        case 404: ScanError(.notFound, message)
        case 401, 403: ScanError(.permissionDenied, message)
        case 408, 429, 500...599: ScanError(.connectionFailed, message, transient: true)
        default: ScanError(.invalidInput, message)
        }
    }
}
