/// One digit-shaped classifier, ready to test the runs found by ``DigitScanner``.
struct DigitRule: Sendable {
    /// The index of the classifier in the engine.
    let classifierIndex: Int
    private let shape: DigitShape
    private let prefixes: [[UInt8]]

    /// Prepares `shape` for the classifier at `classifierIndex`.
    init(classifierIndex: Int, shape: DigitShape) {
        self.classifierIndex = classifierIndex
        self.shape = shape
        self.prefixes = shape.prefixes.map { Array($0.utf8) }.filter { !$0.isEmpty }
    }

    /// Calls `body` with the value range and the groups of every candidate in `run`.
    ///
    /// A candidate is a *chain*: consecutive groups of the run joined by one and the same
    /// separator of this shape. A chain ends where the separator changes, and the group at
    /// that point belongs to both chains, so `2024 123-45-6789` still offers `123-45-6789`.
    func forEachCandidate(
        in run: [DigitGroup],
        data: UnsafeRawBufferPointer,
        _ body: (Range<Int>, ArraySlice<DigitGroup>) -> Void
    ) {
        // Most runs in text are short numbers; no chain of them can reach the minimum.
        guard run.reduce(0, { $0 + $1.count }) >= shape.digits.lowerBound else { return }
        var chainStart = 0
        var chainSeparator: UInt8 = 0
        for index in run.indices.dropFirst() {
            let separator = run[index].separator
            let joins = shape.separators.contains(separator)
            if joins, chainSeparator == 0 || chainSeparator == separator {
                chainSeparator = separator
                continue
            }
            offer(run[chainStart..<index], run: run, data: data, body)
            chainStart = joins ? index - 1 : index
            chainSeparator = joins ? separator : 0
        }
        offer(run[chainStart...], run: run, data: data, body)
    }

    private func offer(
        _ chain: ArraySlice<DigitGroup>,
        run: [DigitGroup],
        data: UnsafeRawBufferPointer,
        _ body: (Range<Int>, ArraySlice<DigitGroup>) -> Void
    ) {
        guard fits(chain), let value = valueRange(of: chain, run: run, data: data) else { return }
        body(value, chain)
    }

    private func fits(_ chain: ArraySlice<DigitGroup>) -> Bool {
        let total = chain.reduce(0) { $0 + $1.count }
        guard shape.digits.contains(total) else { return false }
        if chain.count == 1 { return shape.allowsUngrouped }
        guard let groups = shape.groups else { return true }
        return groups.count == chain.count && zip(groups, chain).allSatisfy { $0 == $1.count }
    }

    /// The bytes of the value, including a prefix; `nil` when glued to a letter.
    private func valueRange(
        of chain: ArraySlice<DigitGroup>,
        run: [DigitGroup],
        data: UnsafeRawBufferPointer
    ) -> Range<Int>? {
        var start = chain.first!.start
        let end = chain.last!.end
        // Inside a run, a chain is bordered by separators, so only the run's edges can be glued.
        if chain.startIndex == run.startIndex {
            if let prefix = prefixes.first(where: { Self.bytes(data, endingAt: start, equal: $0) }),
                !Self.gluedBefore(data, start - prefix.count)
            {
                start -= prefix.count
            }
            if Self.gluedBefore(data, start) { return nil }
        }
        if chain.endIndex == run.endIndex, end < data.count, DigitScanner.isLetter(data[end]) { return nil }
        return start..<end
    }

    private static func gluedBefore(_ data: UnsafeRawBufferPointer, _ offset: Int) -> Bool {
        offset > 0 && DigitScanner.isLetter(data[offset - 1])
    }

    private static func bytes(_ data: UnsafeRawBufferPointer, endingAt end: Int, equal expected: [UInt8]) -> Bool {
        guard end >= expected.count else { return false }
        return zip(data[(end - expected.count)..<end], expected).allSatisfy { $0 == $1 }
    }
}
