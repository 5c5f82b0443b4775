import ScanCore

/// The catalog entries an object implies: the object itself and its ancestors.
enum AssetPaths {
    /// The file and its parent directories (`a/b/c.txt` → `a`, `a/b`, `a/b/c.txt`).
    static func fileObservations(_ object: ObjectRef, classifications: [Classification]) -> [AssetObservation] {
        let parts = object.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var observations: [AssetObservation] = []
        var parent: String?
        for (index, part) in parts.enumerated() {
            let path = parent.map { "\($0)/\(part)" } ?? part
            let isLeaf = index == parts.count - 1
            observations.append(
                AssetObservation(
                    path: path,
                    parentPath: parent,
                    kind: isLeaf ? object.kind : .directory,
                    size: isLeaf ? object.size : nil,
                    classifications: isLeaf ? classifications : []
                )
            )
            parent = path
        }
        return observations
    }
}
