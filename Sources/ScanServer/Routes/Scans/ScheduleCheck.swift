import Foundation
import ScanCore
import ScanEngine

/// Schedule checks with errors that name the API's snake_case field.
enum ScheduleCheck {
    /// The schedule normalised by `Schedule.validated()`.
    /// - Throws: 422 naming `schedule.<field>`.
    static func validated(_ schedule: Schedule) throws -> Schedule {
        do {
            return try schedule.validated()
        } catch let error as ScanError where error.code == .invalidInput {
            throw problem(for: error)
        }
    }

    /// The first slot after `now`, or `nil` for a manual schedule.
    static func nextRun(for definition: ScanDefinition, at now: Date) throws -> Date? {
        do {
            return try Scheduler.initialNextRun(for: definition, at: now)
        } catch let error as ScanError where error.code == .invalidInput {
            throw problem(for: error)
        }
    }

    /// The store's messages start with the camelCase field (`schedule.timeZone: ...`).
    static func problem(for error: ScanError) -> APIProblem {
        let message = error.message
        let head = message.prefix { $0 != ":" }
        guard head.hasPrefix("schedule."), head.count < message.count else {
            return APIProblem.invalid("schedule", message)
        }
        let field = snakeCase(String(head))
        return APIProblem.invalid(field, field + message.dropFirst(head.count))
    }

    private static func snakeCase(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}
