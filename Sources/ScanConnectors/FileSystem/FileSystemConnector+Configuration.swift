import ScanCore

extension FileSystemConnector {
    /// Settings of a file tree scan.
    public struct Configuration: Sendable, Hashable {
        /// The directory to scan; object paths are relative to it.
        public var root: String
        /// Files larger than this are not read; ``FileSystemConnector/fetch(_:)`` returns
        /// `.unsupported(reason:)` starting with `policy:`. Default 64 MiB.
        public var maxFileSize: Int64
        /// Whether symbolic links are followed; when `false` (the default) they are
        /// skipped and counted in ``ScanCore/EnumerationPage/skipped``.
        public var followSymlinks: Bool
        /// The largest chunk handed to the rules, in bytes. Default 1 MiB.
        public var chunkSize: Int
        /// How many bytes consecutive chunks share, so a match across a border is
        /// found. Default 4 KiB; must be smaller than ``chunkSize``.
        public var chunkOverlap: Int

        /// Creates a configuration with the documented defaults.
        public init(
            root: String,
            maxFileSize: Int64 = 64 * 1024 * 1024,
            followSymlinks: Bool = false,
            chunkSize: Int = 1024 * 1024,
            chunkOverlap: Int = 4 * 1024
        ) {
            self.root = root
            self.maxFileSize = maxFileSize
            self.followSymlinks = followSymlinks
            self.chunkSize = chunkSize
            self.chunkOverlap = chunkOverlap
        }

        /// The root without trailing slashes, so joined paths have a single `/`.
        var normalizedRoot: String {
            var text = root
            while text.count > 1, text.hasSuffix("/") { text.removeLast() }
            return text
        }

        /// Fails on settings that cannot work.
        func validate() throws(ScanError) {
            guard !root.isEmpty else { throw ScanError(.invalidInput, "file system root is empty") }
            guard maxFileSize >= 0 else { throw ScanError(.invalidInput, "max_file_size must not be negative") }
            guard chunkSize > 0 else { throw ScanError(.invalidInput, "chunk_size must be positive") }
            guard chunkOverlap >= 0, chunkOverlap < chunkSize else {
                throw ScanError(.invalidInput, "chunk_overlap must be at least 0 and smaller than chunk_size")
            }
        }
    }
}
