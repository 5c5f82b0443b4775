/// A maximal sequence of ASCII digits found by ``DigitScanner``.
struct DigitGroup: Sendable, Hashable {
    /// The offset of the first digit.
    var start: Int
    /// The offset after the last digit.
    var end: Int
    /// The one separator byte between the previous group of the run and this one; 0 for a run's first group.
    var separator: UInt8

    /// How many digits the group holds.
    var count: Int { end - start }
}

/// The single pass over a buffer shared by every digit-shaped classifier.
///
/// It cuts the buffer into *runs*: digit groups joined by exactly one byte that some
/// shape accepts as a separator (`4111 1111-1111`). Each run is then handed to every
/// ``DigitRule``, which is cheap because runs are a few dozen bytes, so the buffer is
/// read once however many digit classifiers there are.
struct DigitScanner: Sendable {
    /// Whether each byte value separates groups in at least one shape.
    private let linkers: [Bool]

    /// Creates a scanner for the union of the separators of `shapes`.
    init(shapes: [DigitShape]) {
        var linkers = Array(repeating: false, count: 256)
        for shape in shapes {
            for byte in shape.separators { linkers[Int(byte)] = true }
        }
        // A digit can never separate two maximal digit groups.
        for digit in UInt8(ascii: "0")...UInt8(ascii: "9") { linkers[Int(digit)] = false }
        self.linkers = linkers
    }

    /// Calls `body` with each run of `data`, in order; the array is reused between calls.
    func forEachRun(in data: UnsafeRawBufferPointer, _ body: ([DigitGroup]) -> Void) {
        var run: [DigitGroup] = []
        run.reserveCapacity(16)
        var index = 0
        let count = data.count
        while index < count {
            if !Self.isDigit(data[index]) {
                index += 1
                continue
            }
            let start = index
            while index < count, Self.isDigit(data[index]) { index += 1 }
            if let last = run.last, start == last.end + 1, linkers[Int(data[last.end])] {
                run.append(DigitGroup(start: start, end: index, separator: data[last.end]))
            } else {
                if !run.isEmpty { body(run) }
                run.removeAll(keepingCapacity: true)
                run.append(DigitGroup(start: start, end: index, separator: 0))
            }
        }
        if !run.isEmpty { body(run) }
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
}
