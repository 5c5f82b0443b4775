/// A fleet test step that went wrong, with what the processes printed.
struct FleetError: Error, CustomStringConvertible {
    /// What went wrong.
    var description: String

    /// Creates an error.
    init(_ description: String) {
        self.description = description
    }
}
