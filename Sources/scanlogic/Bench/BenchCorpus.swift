import Foundation

/// The deterministic text corpus the benchmark scans: `files/` under a folder, plus a
/// manifest recording the seed and size it was generated with.
///
/// The same seed and size always produce the same bytes, so figures from different
/// machines and commits compare like with like.
struct BenchCorpus {
    /// What the corpus was generated from, and what it holds.
    struct Manifest: Codable, Equatable {
        var seed: UInt64
        var megabytes: Int
        var files: Int
        var bytes: Int64
    }

    let folder: String
    let seed: UInt64
    let megabytes: Int

    /// The folder the text files live in.
    var filesFolder: String { folder + "/files" }

    private var manifestPath: String { folder + "/manifest.json" }

    /// Returns the manifest of an existing corpus with the same seed and size, or writes a
    /// new corpus and returns its manifest.
    func prepare() throws -> Manifest {
        if let data = FileManager.default.contents(atPath: manifestPath),
            let existing = try? JSONDecoder().decode(Manifest.self, from: data),
            existing.seed == seed, existing.megabytes == megabytes
        {
            return existing
        }
        let manifest = try write()
        try JSONEncoder().encode(manifest).write(to: URL(fileURLWithPath: manifestPath))
        return manifest
    }

    private func write() throws -> Manifest {
        try? FileManager.default.removeItem(atPath: filesFolder)
        let target = Int64(megabytes) * 1024 * 1024
        var lines = CorpusLines(fake: FakeValues(seed: seed))
        var bytes: Int64 = 0
        var files = 0
        while bytes < target {
            let kind = CorpusFileKind.allCases[files % CorpusFileKind.allCases.count]
            // Sizes from 8 KiB to 512 KiB, like a real tree of source, logs and exports.
            let size = min(Int(target - bytes), 8192 << (files % 7))
            bytes += try writeFile(number: files, kind: kind, size: size, lines: &lines)
            files += 1
        }
        return Manifest(seed: seed, megabytes: megabytes, files: files, bytes: bytes)
    }

    private func writeFile(number: Int, kind: CorpusFileKind, size: Int, lines: inout CorpusLines) throws -> Int64 {
        let directory = "\(filesFolder)/\(kind.rawValue)/\(number % 16)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var text = ""
        text.reserveCapacity(size + 200)
        var line = 0
        while text.utf8.count < size {
            text += lines.line(for: kind, number: line) + "\n"
            line += 1
        }
        let data = Data(text.utf8)
        try data.write(to: URL(fileURLWithPath: "\(directory)/file\(number).\(kind.fileExtension)"))
        return Int64(data.count)
    }
}
