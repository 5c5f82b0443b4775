/// Maps byte positions in a chunk to 1-based line and column numbers, moving forward only.
struct LineTracker {
    private let bytes: [UInt8]
    /// Absolute offset of `bytes[0]`.
    let offset: Int64
    private var cursor = 0
    /// Newlines before `cursor` in the whole object.
    private(set) var lines: Int
    /// Absolute offset of the last newline before `cursor`, or -1.
    private(set) var lastNewline: Int64

    init(bytes: [UInt8], lines: Int, lastNewline: Int64, offset: Int64) {
        self.bytes = bytes
        self.lines = lines
        self.lastNewline = lastNewline
        self.offset = offset
    }

    /// The line and column of `position`; positions must not decrease between calls.
    mutating func position(of position: Int) -> (line: Int, column: Int) {
        advance(to: position)
        let absolute = offset + Int64(position)
        return (lines + 1, Int(absolute - lastNewline))
    }

    /// Counts newlines up to (not including) `position`.
    mutating func advance(to position: Int) {
        let end = min(position, bytes.count)
        while cursor < end {
            if bytes[cursor] == UInt8(ascii: "\n") {
                lines += 1
                lastNewline = offset + Int64(cursor)
            }
            cursor += 1
        }
    }
}
