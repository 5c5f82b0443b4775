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
    /// The asset an asset-bound ingest reports on: relative paths are placed under it, so
    /// the same file in two assets is two findings.
    public var assetPath: String?

    /// Creates settings.
    public init(
        hasher: ValueHasher,
        limits: IngestLimits = IngestLimits(),
        root: String? = nil,
        assetPath: String? = nil
    ) {
        self.hasher = hasher
        self.limits = limits
        self.root = root
        self.assetPath = assetPath
    }

    /// The stored path of a reported location: relative to ``root``, under ``assetPath``.
    func path(of uri: String?) -> String {
        let relative = uri.map { IngestPath.normalize($0, root: root) } ?? ""
        guard let asset = assetPath?.trimmingSlashes, !asset.isEmpty else { return relative }
        let inside = relative.trimmingSlashes
        return inside.isEmpty ? asset : asset + "/" + inside
    }
}

extension String {
    fileprivate var trimmingSlashes: String {
        var text = Substring(self)
        while text.hasPrefix("/") { text = text.dropFirst() }
        while text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
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
