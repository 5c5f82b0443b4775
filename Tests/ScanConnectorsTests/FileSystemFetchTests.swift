import Foundation
import ScanCore
import Testing

@testable import ScanConnectors

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct FileSystemFetchTests {
    private func fetch(
        _ path: String,
        in tree: TemporaryTree,
        configure: (inout FileSystemConnector.Configuration) -> Void = { _ in }
    ) async throws -> ObjectContent {
        var configuration = FileSystemConnector.Configuration(root: tree.root)
        configure(&configuration)
        let connector = try FileSystemConnector(configuration: configuration, logger: testLogger)
        return try await connector.fetch(ObjectRef(path: path, kind: .file))
    }

    private func reason(_ content: ObjectContent) -> String? {
        if case .unsupported(let reason) = content { return reason }
        return nil
    }

    @Test func markerAcrossAChunkBorderAppearsWholeInOneChunk() async throws {
        // Given a file whose marker straddles the first 64-byte border
        let tree = try TemporaryTree()
        defer { tree.remove() }
        let marker = Array("SECRET-MARKER-42".utf8)
        let bytes =
            Array(repeating: UInt8(ascii: "x"), count: 58) + marker + Array(repeating: UInt8(ascii: "y"), count: 200)
        try tree.write("big.txt", bytes)

        // When it is read in 64-byte chunks overlapping by 20 bytes
        let chunks = try chunks(
            of: await fetch("big.txt", in: tree) {
                $0.chunkSize = 64
                $0.chunkOverlap = 20
            }
        )

        // Then the marker is whole in one chunk, overlaps repeat, and the bytes add up
        #expect(chunks.contains { contains($0.bytes, marker) })
        #expect(chunks.first?.overlap == 0)
        #expect(chunks.dropFirst().allSatisfy { $0.overlap == 20 && $0.bytes.count <= 64 })
        for (previous, next) in zip(chunks, chunks.dropFirst()) {
            #expect(Array(previous.bytes.suffix(20)) == Array(next.bytes.prefix(20)))
            #expect(next.offset == previous.offset + Int64(previous.bytes.count - 20))
        }
        #expect(chunks.map { $0.bytes.dropFirst($0.overlap) }.joined().elementsEqual(bytes))
        #expect(chunks.map(\.isLast) == Array(repeating: false, count: chunks.count - 1) + [true])
    }

    @Test(arguments: [[UInt8](), [UInt8(ascii: "a")], [0x61, 0xC3, 0x28, 0xFF, 0x62, 0x0A]])
    func smallAndInvalidUTF8FilesAreOneChunkOfTheirBytes(bytes: [UInt8]) async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("f.txt", bytes)

        let chunks = try chunks(of: await fetch("f.txt", in: tree))

        #expect(chunks.count == 1)
        #expect(chunks.first?.bytes == bytes)
        #expect(chunks.first?.isLast == true)
        #expect(chunks.first?.offset == 0)
    }

    @Test(arguments: [
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("IHDR".utf8),
        Array("hello\u{0}world".utf8),
        [0x1F, 0x8B, 0x08, 0x00],
        [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01],
        Array("%PDF-1.7\n%\u{e2}\u{e3}\u{cf}\u{d3}\n".utf8),
        (1..<200).map { UInt8($0 % 31 + 1) },
    ])
    func binaryFilesAreUnsupported(bytes: [UInt8]) async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("blob.bin", bytes)

        #expect(reason(try await fetch("blob.bin", in: tree)) == "binary file")
    }

    @Test func oversizeFileIsBlockedByPolicy() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("big.txt", text: String(repeating: "a", count: 100))

        let content = try await fetch("big.txt", in: tree) { $0.maxFileSize = 99 }

        #expect(reason(content)?.hasPrefix(FileSystemConnector.policyReasonPrefix) == true)
        #expect(reason(content)?.contains("max_file_size") == true)
    }

    @Test func symlinkIsNotOpenedWhenLinksAreNotFollowed() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("real.txt", text: "secret")
        try tree.link("link.txt", to: "real.txt")

        let content = try await fetch("link.txt", in: tree)

        #expect(reason(content)?.hasPrefix(FileSystemConnector.policyReasonPrefix) == true)
        #expect(
            try chunks(of: await fetch("link.txt", in: tree) { $0.followSymlinks = true }).first?.bytes
                == Array("secret".utf8)
        )
    }

    @Test func vanishedFileIsAPermanentFetchFailure() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }

        let error = await #expect(throws: ScanError.self) { try await fetch("gone.txt", in: tree) }

        #expect(error?.code == .fetchFailed)
        #expect(error?.isTransient == false)
        #expect(error?.description.contains(tree.root) == false)
    }

    @Test(arguments: ["../etc/passwd", "/etc/passwd", "a//b", "a/../../b"])
    func pathsLeavingTheRootAreRejected(path: String) async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }

        let error = await #expect(throws: ScanError.self) { try await fetch(path, in: tree) }

        #expect(error?.code == .invalidInput)
    }

    // Root reads through chmod 000, so this runs only unprivileged; the errno mapping
    // it relies on is covered for everyone by `errnoMapsToScanErrorCodes`.
    @Test(.enabled(if: getuid() != 0, "running as root: chmod 000 does not block reads"))
    func unreadableFileIsPermissionDenied() async throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("locked.txt", text: "secret")
        chmod(tree.root + "/locked.txt", 0)

        let error = await #expect(throws: ScanError.self) { try await fetch("locked.txt", in: tree) }

        #expect(error?.code == .permissionDenied)
        #expect(error?.isTransient == false)
    }

    @Test(arguments: [
        (EACCES, ScanError.Code.permissionDenied, false),
        (EPERM, .permissionDenied, false),
        (ENOENT, .fetchFailed, false),
        (EIO, .fetchFailed, false),
        (EINTR, .fetchFailed, true),
        (EAGAIN, .fetchFailed, true),
        (EMFILE, .fetchFailed, true),
    ])
    func errnoMapsToScanErrorCodes(code: Int32, expected: ScanError.Code, transient: Bool) {
        let error = ScanError(posix: POSIXCallError(code: code), operation: "open", path: "/secret/place")

        #expect(error.code == expected)
        #expect(error.isTransient == transient)
        #expect(!error.description.contains("/secret/place"))
    }
}
