import Foundation

/// Everything one `scanlogic bench` invocation measured, with the machine it ran on.
struct BenchReport: Codable {
    var cores: Int
    var corpusBytes: Int64
    var corpusFiles: Int
    var seed: UInt64
    var figures: [BenchFigure] = []
    var peakMemoryMB: Double = 0

    /// Prints the report as an aligned table or as JSON.
    func print(format: OutputFormat) throws {
        guard format != .json else { return try Self.printJSON(self) }
        let megabytes = String(format: "%.1f", Double(corpusBytes) / 1_000_000)
        Swift.print("corpus: \(corpusFiles) files, \(megabytes) MB, seed \(seed); cores: \(cores)")
        let width = figures.map(\.name.count).max() ?? 0
        for figure in figures {
            let name = figure.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let value = String(format: "%12.1f", figure.value)
            Swift.print(
                "\(name)  \(value) \(figure.unit.padding(toLength: 10, withPad: " ", startingAt: 0)) \(figure.detail)"
            )
        }
        Swift.print("peak memory (ru_maxrss): \(String(format: "%.1f", peakMemoryMB)) MB")
    }

    /// The process's peak resident set size so far, in megabytes (Linux reports KiB).
    static func peakMemoryMegabytes() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        return Double(usage.ru_maxrss) / 1024
    }
}

extension BenchReport {
    /// Prints a benchmark's report as indented JSON with sorted keys.
    static func printJSON(_ report: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        Swift.print(String(decoding: try encoder.encode(report), as: UTF8.self))
    }
}
