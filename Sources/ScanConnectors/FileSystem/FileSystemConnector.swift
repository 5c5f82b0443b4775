public import Logging
public import ScanCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a directory tree: lists files in a stable order and streams text files.
///
/// Object paths are relative to the root and `/`-separated. The enumeration cursor is
/// the last path a page returned; the next page lists the paths after it in byte-wise
/// order, so a retried page is identical and no page needs the whole tree in memory.
///
/// ```swift
/// let connector = try FileSystemConnector(configuration: .init(root: "/data"), logger: logger)
/// let page = try await connector.enumerate(cursor: nil, scope: ScopeFilter(include: ["**/*.csv"]), pageSize: 500)
/// ```
///
/// - Important: A file over ``Configuration/maxFileSize`` is fetched as
///   `.unsupported(reason:)` whose reason starts with `policy:`, so the pipeline can
///   record it as `policy_blocked` rather than `unsupported_type`.
public struct FileSystemConnector: Connector {
    // MARK: Member variables

    /// The settings.
    public let configuration: Configuration
    private let logger: Logger

    /// The prefix of an `.unsupported` reason that means "skipped by policy".
    public static let policyReasonPrefix = "policy: "

    public var kind: SourceKind { .filesystem }

    // MARK: Initialization

    /// Creates a connector; the root is checked when enumeration starts.
    /// - Throws: ``ScanError`` `.invalidInput` for impossible settings.
    public init(configuration: Configuration, logger: Logger) throws {
        try configuration.validate()
        self.configuration = configuration
        self.logger = logger
    }

    // MARK: Methods

    public func enumerate(cursor: String?, scope: ScopeFilter, pageSize: Int) async throws -> EnumerationPage {
        var walk = try DirectoryWalk(
            root: configuration.normalizedRoot,
            followSymlinks: configuration.followSymlinks,
            after: cursor
        )
        var objects: [ObjectRef] = []
        var outOfScope = 0
        while objects.count < max(pageSize, 1), let file = walk.next() {
            guard scope.contains(file.path) else {
                outOfScope += 1
                continue
            }
            objects.append(
                ObjectRef(path: file.path, kind: .file, size: file.status.size, modifiedAt: file.status.modifiedAt)
            )
        }
        let next = objects.count >= max(pageSize, 1) ? objects.last?.path : nil
        logger.debug(
            "file system page listed",
            metadata: [LogKey.objects: "\(objects.count)", LogKey.skipped: "\(walk.skipped + outOfScope)"]
        )
        return EnumerationPage(objects: objects, nextCursor: next, skipped: walk.skipped + outOfScope)
    }

    public func fetch(_ object: ObjectRef) async throws -> ObjectContent {
        let path = try absolutePath(of: object.path)
        let file: POSIXFile
        do {
            file = try POSIXFile.open(path, followSymlinks: configuration.followSymlinks)
        } catch {
            if error.code == ELOOP {
                return .unsupported(reason: Self.policyReasonPrefix + "symbolic links are not followed")
            }
            throw ScanError(posix: error, operation: "open", path: path)
        }
        defer { file.close() }
        return try classify(file, path: path)
    }

    public func close() async {}

    /// Decides from size and leading bytes whether the open file is scanned.
    private func classify(_ file: POSIXFile, path: String) throws -> ObjectContent {
        do {
            let status = try file.status()
            guard status.kind == .regular else { return .unsupported(reason: "not a regular file") }
            guard status.size <= configuration.maxFileSize else {
                return .unsupported(
                    reason: Self.policyReasonPrefix + "larger than max_file_size (\(configuration.maxFileSize) bytes)"
                )
            }
            if ContentSniffer.isBinary(try file.read(upTo: ContentSniffer.sampleSize)) {
                return .unsupported(reason: "binary file")
            }
        } catch {
            throw ScanError(posix: error, operation: "read", path: path)
        }
        return .chunks(
            FileChunks(
                path: path,
                followSymlinks: configuration.followSymlinks,
                chunkSize: configuration.chunkSize,
                overlap: configuration.chunkOverlap
            )
        )
    }

    /// Joins a relative object path to the root, refusing paths that would leave it.
    private func absolutePath(of relative: String) throws -> String {
        let segments = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.isEmpty, !relative.hasPrefix("/"), !segments.contains(where: { $0 == ".." || $0.isEmpty })
        else {
            throw ScanError(.invalidInput, "object path must be relative and stay inside the root", detail: relative)
        }
        let root = configuration.normalizedRoot
        return root == "/" ? "/" + relative : root + "/" + relative
    }
}
