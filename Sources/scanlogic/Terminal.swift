import Foundation

/// Output helpers: errors to standard error, and whether standard error is a terminal.
enum Terminal {
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("scanlogic: " + message + "\n").utf8))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
