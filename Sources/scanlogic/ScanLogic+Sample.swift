import ArgumentParser
import Foundation

extension ScanLogic {
    /// `scanlogic sample <dir>`: generate the demo data set.
    struct Sample: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a sample file tree and SQLite database with fake secrets and PII, to try scanning.",
            discussion: "Values are generated from the seed at run time; the same seed writes the same files."
        )

        @Argument(help: "The folder to write (files/ and customers.sqlite inside).") var directory: String
        @Option(help: "The generator seed.") var seed: UInt64 = 2026

        func run() async throws {
            var tree = SampleTree(root: directory + "/files", fake: FakeValues(seed: seed))
            try tree.write()
            var database = SampleDatabase(path: directory + "/customers.sqlite", fake: FakeValues(seed: seed &+ 1))
            try database.write()
            print("wrote \(directory)/files and \(directory)/customers.sqlite")
        }
    }
}
