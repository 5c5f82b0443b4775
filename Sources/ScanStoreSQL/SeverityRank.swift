public import ScanCore

/// Severity as a number, so queries can filter "at or above".
public enum SeverityRank {
    public static func of(_ severity: Severity) -> Int {
        Severity.allCases.firstIndex(of: severity) ?? 0
    }
}
