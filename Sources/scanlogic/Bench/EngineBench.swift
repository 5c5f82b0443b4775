import Foundation
import ScanConnectors
import ScanCore
import ScanEngine
import ScanRules

/// Measures the matching engine alone: files read in chunks and scanned by
/// ``ObjectScanner``, with no store and no job queue.
struct EngineBench {
    /// The corpus files, as absolute paths with their sizes.
    let files: [(path: String, size: Int64)]
    let hasher = ValueHasher(key: Array(repeating: 7, count: 32))

    /// Lists every regular file under `folder`, in a stable order.
    init(folder: String) throws {
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var found: [(String, Int64)] = []
        while let relative = enumerator?.nextObject() as? String {
            let path = folder + "/" + relative
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            found.append((path, (attributes[.size] as? NSNumber)?.int64Value ?? 0))
        }
        files = found.sorted { $0.0 < $1.0 }
    }

    /// Total bytes of the corpus.
    var bytes: Int64 { files.reduce(0) { $0 + $1.size } }

    /// Scans every file with `classifiers` using `tasks` concurrent tasks, each taking
    /// every `tasks`-th file; returns the wall-clock seconds and detections found.
    func measure(classifiers: [Classifier], tasks: Int) async throws -> (seconds: Double, detections: Int) {
        let scanner = ObjectScanner(
            rules: RuleProfile(engine: try RuleEngine(classifiers: classifiers)),
            hasher: hasher
        )
        let files = self.files
        let clock = ContinuousClock()
        let start = clock.now
        let detections = try await withThrowingTaskGroup(of: Int.self) { group in
            for task in 0..<tasks {
                group.addTask {
                    try Self.scan(stride(from: task, to: files.count, by: tasks).map { files[$0].path }, scanner)
                }
            }
            return try await group.reduce(0, +)
        }
        return ((clock.now - start).seconds, detections)
    }

    private static func scan(_ paths: [String], _ scanner: ObjectScanner) throws -> Int {
        var detections = 0
        for path in paths {
            // The connector's defaults: 1 MiB chunks overlapping by 4 KiB.
            let chunks = FileChunks(path: path, followSymlinks: false, chunkSize: 1 << 20, overlap: 4096)
            let object = ObjectRef(path: path, kind: .file)
            detections += try scanner.scan(object, content: .chunks(chunks)).detections.count
        }
        return detections
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
