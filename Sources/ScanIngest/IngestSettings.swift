public import ScanCore

/// What every reader of ingested files needs: the installation's hash key, the limits and
/// the root to make paths relative to.
public struct IngestSettings: Sendable {
    /// Keys the snippet and content hashes (the installation's `SCANLOGIC_HASH_KEY`).
    public let hasher: ValueHasher
    /// The limits checked before anything is read.
    public var limits: IngestLimits
    /// The scanned tree's root as the tool saw it; paths under it are made relative.
    public var root: String?

    /// Creates settings.
    public init(hasher: ValueHasher, limits: IngestLimits = IngestLimits(), root: String? = nil) {
        self.hasher = hasher
        self.limits = limits
        self.root = root
    }
}

/// A reader of one ingest format (``SARIFImporter``, ``NativeImporter``).
public protocol IngestReader: Sendable {
    /// Its settings.
    var settings: IngestSettings { get }

    /// Creates a reader with `settings`.
    init(settings: IngestSettings)
}

extension IngestReader {
    /// Creates a reader; `hasher` keys the hashes (the installation's key).
    public init(hasher: ValueHasher, limits: IngestLimits = IngestLimits(), root: String? = nil) {
        self.init(settings: IngestSettings(hasher: hasher, limits: limits, root: root))
    }
}
