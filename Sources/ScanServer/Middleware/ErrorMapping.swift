import Hummingbird
import Logging
import ScanCore

/// Maps any error thrown by a handler to the problem returned to the caller.
enum ErrorMapping {
    static func problem(for error: any Error, logger: Logger) -> APIProblem {
        switch error {
        case let problem as APIProblem:
            return problem
        case let scanError as ScanError:
            return problem(for: scanError, logger: logger)
        case let httpError as HTTPError:
            return APIProblem(
                status: httpError.status,
                title: httpError.status.reasonPhrase,
                detail: httpError.body ?? httpError.status.reasonPhrase.lowercased()
            )
        default:
            logger.error("internal error", metadata: ["error": .string(String(reflecting: error))])
            return internalProblem
        }
    }

    private static func problem(for error: ScanError, logger: Logger) -> APIProblem {
        switch error.code {
        case .notFound:
            return APIProblem(status: .notFound, title: "Not Found", detail: error.message)
        case .duplicate:
            return APIProblem(status: .conflict, title: "Conflict", detail: error.message)
        case .conflict:
            return APIProblem(status: .conflict, title: "Conflict", detail: error.message)
        case .invalidInput:
            return APIProblem(status: .unprocessableContent, title: "Invalid Input", detail: error.message)
        case .tooLarge:
            return APIProblem(status: .contentTooLarge, title: "Content Too Large", detail: error.message)
        case .invalidRuleSet, .invalidRule:
            // Rule set errors carry `line:column` and the key path, which the author needs.
            let detail = error.detail.map { "\(error.message): \($0)" } ?? error.message
            return APIProblem(status: .unprocessableContent, title: "Invalid Rule Set", detail: detail)
        default:
            logger.error("internal error", metadata: ["error": .string(error.debugDescription)])
            return internalProblem
        }
    }

    private static let internalProblem = APIProblem(
        status: .internalServerError,
        title: "Internal Server Error",
        detail: "the server failed; quote the request id when reporting it"
    )
}
