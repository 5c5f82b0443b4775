import Foundation

extension TimeZone {
    /// The wall-clock minute of an instant in this zone.
    func wallClock(of date: Date) -> LocalMinute {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        return LocalMinute(localSeconds: seconds + secondsFromGMT(for: date))
    }

    /// The instant a wall-clock minute happens at in this zone.
    ///
    /// When clocks fall back and the minute happens twice, the first occurrence; when they
    /// spring forward over it, the first instant after the gap, so every minute in the
    /// gap maps to the same instant and fires once.
    func firstInstant(of wall: LocalMinute) -> Date {
        let local = wall.localSeconds
        // The offsets in force a day either side cover any single transition near `local`.
        let probes = [offset(at: local - 86_400), offset(at: local + 86_400)]
        let offsets = Set(probes + probes.map { offset(at: local - $0) })
        let valid = offsets.map { local - $0 }.filter { offset(at: $0) == local - $0 }
        if let first = valid.min() {
            return Date(timeIntervalSince1970: Double(first))
        }
        return Date(timeIntervalSince1970: Double(gapEnd(from: local - offsets.max()!, to: local - offsets.min()!)))
    }

    /// The first second in `(low, high]` whose offset differs from the offset at `low`.
    private func gapEnd(from low: Int, to high: Int) -> Int {
        let before = offset(at: low)
        var low = low
        var high = high
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if offset(at: middle) == before { low = middle } else { high = middle }
        }
        return high
    }

    private func offset(at seconds: Int) -> Int {
        secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
    }
}
