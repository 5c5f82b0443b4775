import Foundation
import Logging

/// The process logger: structured lines on standard error, quiet by default.
enum ProcessLogger {
    static func make(environment: [String: String] = ProcessInfo.processInfo.environment) -> Logger {
        var logger = Logger(label: "scanlogic") { label in StreamLogHandler.standardError(label: label) }
        logger.logLevel = environment["SCANLOGIC_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
        return logger
    }
}
