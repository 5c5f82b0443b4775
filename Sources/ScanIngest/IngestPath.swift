import Foundation

/// A reported file's path as the catalog keys it: relative to the scanned tree, with
/// forward slashes and no `./`, whatever form the tool wrote (`file:///…`, percent-encoded).
enum IngestPath {
    /// The normalized path of `uri`, made relative to `root` when it lies under it.
    static func normalize(_ uri: String, root: String?) -> String {
        var path = uri
        if path.hasPrefix("file://") {
            path = String(path.dropFirst("file://".count))
        }
        // Most paths have neither; Foundation's decoding and replacing cost as much as the
        // rest of a result's reading, so they run only when needed.
        if path.utf8.contains(UInt8(ascii: "%")) { path = path.removingPercentEncoding ?? path }
        if path.utf8.contains(UInt8(ascii: "\\")) { path = path.replacingOccurrences(of: "\\", with: "/") }
        if let root = root.map(trimmedRoot), !root.isEmpty, path.hasPrefix(root + "/") {
            path = String(path.dropFirst(root.count + 1))
        }
        while path.hasPrefix("./") { path = String(path.dropFirst(2)) }
        return path
    }

    private static func trimmedRoot(_ root: String) -> String {
        var root = root.replacingOccurrences(of: "\\", with: "/")
        if root.hasPrefix("file://") { root = String(root.dropFirst("file://".count)) }
        while root.hasSuffix("/") { root.removeLast() }
        return root
    }
}
