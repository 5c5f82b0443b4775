import Foundation

/// Finds the `scanlogic` executable the tests drive: beside the test bundle after
/// `swift build --build-tests`, or where `SCANLOGIC_BINARY` points.
enum ScanlogicBinary {
    /// The environment variable naming the binary when it is not beside the tests.
    static let variable = "SCANLOGIC_BINARY"

    /// The binary's path.
    /// - Throws: ``FleetError`` naming every place looked at when none holds it.
    static func locate() throws -> String {
        let candidates = folders().map { $0 + "/scanlogic" }
        let fallback = ProcessInfo.processInfo.environment[variable].map { [$0] } ?? []
        for path in candidates + fallback where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        throw FleetError(
            "the scanlogic binary is missing; run `swift build --build-tests` or set \(variable). Looked at: "
                + (candidates + fallback).joined(separator: ", ")
        )
    }

    /// The folders the test runner and its bundles live in.
    private static func folders() -> [String] {
        var folders: [String] = []
        if let first = CommandLine.arguments.first {
            folders.append((absolute(first) as NSString).deletingLastPathComponent)
        }
        if let executable = Bundle.main.executablePath {
            folders.append((executable as NSString).deletingLastPathComponent)
        }
        folders.append((Bundle.main.bundlePath as NSString).deletingLastPathComponent)
        // On macOS the tests run inside `…/debug/ScanLogicPackageTests.xctest`, whose folder holds the binary.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append((bundle.bundlePath as NSString).deletingLastPathComponent)
        }
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
