import Foundation

/// A generated file tree in a temporary folder: `count` small text files, every tenth
/// holding one AWS access key id made up at run time (never committed).
struct SecretTree {
    /// The tree's root.
    let root: String
    /// How many files it holds.
    let count: Int

    /// Files with a secret.
    var secretCount: Int { (count + 9) / 10 }

    /// Writes the tree under `folder`.
    init(in folder: String, count: Int) throws {
        root = folder + "/tree"
        self.count = count
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var generator = SystemRandomNumberGenerator()
        for index in 0..<count {
            let directory = root + "/part-\(index / 100)"
            if index % 100 == 0 {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            var text = "notes for the team\nplain words and nothing more\n"
            if index % 10 == 0 {
                let key = String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
                text += "[default]\naws_access_key_id = AKIA\(key)\n"
            }
            text += "the end\n"
            try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/file-\(index).txt"))
        }
    }
}
