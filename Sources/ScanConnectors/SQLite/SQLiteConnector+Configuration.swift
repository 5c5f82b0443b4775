public import ScanCore

extension SQLiteConnector {
    /// Settings of a SQLite scan.
    public struct Configuration: Sendable, Hashable {
        /// The database file, opened read-only.
        public var path: String
        /// Which rows of each table are sampled.
        public var sampling: SamplingOptions

        /// Creates a configuration.
        public init(path: String, sampling: SamplingOptions = SamplingOptions()) {
            self.path = path
            self.sampling = sampling
        }
    }
}
