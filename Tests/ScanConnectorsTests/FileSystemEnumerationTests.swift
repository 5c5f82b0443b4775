import Foundation
import ScanCore
import Testing

@testable import ScanConnectors

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct FileSystemEnumerationTests {
    /// Paths chosen so per-segment and whole-path orders differ (`a-b` < `a/x`).
    static let files = [
        "a-b.txt", "a/x.txt", "a/y/z.log", "a.txt", "B.txt", "b/c.txt", "b/d/e.txt", "\u{e9}t\u{e9}.txt",
    ]

    private func makeTree() throws -> TemporaryTree {
        let tree = try TemporaryTree()
        for file in Self.files { try tree.write(file, text: "content of \(file)\n") }
        try tree.directory("empty")
        return tree
    }

    private func connector(_ tree: TemporaryTree, followSymlinks: Bool = false) throws -> FileSystemConnector {
        try FileSystemConnector(
            configuration: .init(root: tree.root, followSymlinks: followSymlinks),
            logger: testLogger
        )
    }

    @Test func listsFilesInByteWisePathOrder() async throws {
        let tree = try makeTree()
        defer { tree.remove() }

        let page = try await connector(tree).enumerate(cursor: nil, scope: ScopeFilter(), pageSize: 100)

        let expected = Self.files.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(page.objects.map(\.path) == expected)
        #expect(page.nextCursor == nil)
        #expect(page.objects.allSatisfy { $0.kind == .file && $0.size != nil && $0.modifiedAt != nil })
        #expect(page.objects.first { $0.path == "a.txt" }?.size == Int64("content of a.txt\n".utf8.count))
    }

    @Test(arguments: [1, 2, 3, 7, 8, 100])
    func pagesConcatenateToTheFullListing(pageSize: Int) async throws {
        let tree = try makeTree()
        defer { tree.remove() }
        let connector = try connector(tree)

        let full = try await connector.enumerate(cursor: nil, scope: ScopeFilter(), pageSize: 1000)
        let paged = try await enumerateAll(connector, pageSize: pageSize)

        #expect(paged.objects == full.objects)
        #expect(paged.pages >= Self.files.count / pageSize)
    }

    @Test func retriedCursorGivesTheSamePage() async throws {
        let tree = try makeTree()
        defer { tree.remove() }
        let connector = try connector(tree)

        let first = try await connector.enumerate(cursor: nil, scope: ScopeFilter(), pageSize: 3)
        let second = try await connector.enumerate(cursor: first.nextCursor, scope: ScopeFilter(), pageSize: 3)
        let retried = try await connector.enumerate(cursor: first.nextCursor, scope: ScopeFilter(), pageSize: 3)

        #expect(first.nextCursor == "a.txt")
        #expect(second == retried)
        #expect(second.objects.map(\.path) == ["a/x.txt", "a/y/z.log", "b/c.txt"])
    }

    @Test(arguments: [
        (ScopeFilter(include: ["*.log"]), ["a/y/z.log"]),
        (ScopeFilter(include: ["b/**"]), ["b/c.txt", "b/d/e.txt"]),
        (ScopeFilter(exclude: ["a/**", "b/**", "*.log"]), ["B.txt", "a-b.txt", "a.txt", "\u{e9}t\u{e9}.txt"]),
        (
            ScopeFilter(include: ["**/*.txt"], exclude: ["b/d/**"]),
            ["B.txt", "a-b.txt", "a.txt", "a/x.txt", "b/c.txt", "\u{e9}t\u{e9}.txt"]
        ),
    ])
    func appliesScopeGlobs(scope: ScopeFilter, expected: [String]) async throws {
        let tree = try makeTree()
        defer { tree.remove() }

        let result = try await enumerateAll(connector(tree), scope: scope, pageSize: 2)

        #expect(result.objects.map(\.path) == expected)
        #expect(result.skipped == Self.files.count - expected.count)
    }

    @Test func skipsSymlinksByDefault() async throws {
        let tree = try makeTree()
        defer { tree.remove() }
        try tree.link("link-to-a", to: "a")
        try tree.link("link.txt", to: "a.txt")

        let page = try await connector(tree).enumerate(cursor: nil, scope: ScopeFilter(), pageSize: 100)

        #expect(page.objects.count == Self.files.count)
        #expect(page.skipped == 2)
    }

    @Test func followsSymlinksWhenEnabledWithoutLoopingOnCycles() async throws {
        let tree = try makeTree()
        defer { tree.remove() }
        try tree.link("link.txt", to: "a.txt")
        try tree.link("b/d/loop", to: "../..")  // points back at the root
        try tree.link("dangling", to: "missing")

        let page = try await connector(tree, followSymlinks: true).enumerate(
            cursor: nil,
            scope: ScopeFilter(),
            pageSize: 100
        )

        #expect(page.objects.count == Self.files.count + 1)
        #expect(page.objects.contains { $0.path == "link.txt" })
        #expect(page.skipped == 2)  // the cycle and the dangling link
    }

    @Test func missingRootIsNotFound() async throws {
        let connector = try FileSystemConnector(
            configuration: .init(root: "/nonexistent/scanlogic-root"),
            logger: testLogger
        )

        let error = await #expect(throws: ScanError.self) {
            try await connector.enumerate(cursor: nil, scope: ScopeFilter(), pageSize: 10)
        }

        #expect(error?.code == .notFound)
        #expect(error?.detail?.contains("/nonexistent/scanlogic-root") == true)
    }

    // Root reads through chmod 000, so the skip can only be observed unprivileged.
    @Test(.enabled(if: getuid() != 0, "running as root: chmod 000 does not block reads"))
    func unreadableDirectoryIsSkippedAndCounted() async throws {
        let tree = try makeTree()
        defer {
            chmod(tree.root + "/b", 0o755)
            tree.remove()
        }
        chmod(tree.root + "/b", 0)

        let page = try await connector(tree).enumerate(cursor: nil, scope: ScopeFilter(), pageSize: 100)

        #expect(!page.objects.contains { $0.path.hasPrefix("b/") })
        #expect(page.skipped == 1)
    }
}
