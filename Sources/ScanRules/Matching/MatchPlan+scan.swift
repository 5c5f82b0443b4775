/// Finds and confirms matches in a buffer: the work behind ``RuleEngine/scan(_:)``.
extension MatchPlan {
    /// Every confirmed match in `data`, sorted by value start.
    /// - Parameter segments: When set, matches must lie inside one segment and context
    ///   keywords are only looked for in that segment.
    func matches(in data: UnsafeRawBufferPointer, segments: SegmentIndex?) -> [RuleMatch] {
        var found: [RuleMatch] = []
        var bytes: [UInt8] = []
        if let database {
            patternMatches(in: data, database: database, segments: segments, into: &found, bytes: &bytes)
        }
        if !digitRules.isEmpty {
            digitMatches(in: data, segments: segments, into: &found, bytes: &bytes)
        }
        found.sort {
            ($0.valueStart, $0.valueEnd, $0.classifierIndex) < ($1.valueStart, $1.valueEnd, $1.classifierIndex)
        }
        return found
    }

    private func patternMatches(
        in data: UnsafeRawBufferPointer,
        database: VectorscanDatabase,
        segments: SegmentIndex?,
        into found: inout [RuleMatch],
        bytes: inout [UInt8]
    ) {
        var clear = Array(repeating: 0..<0, count: patternOwners.count)
        let spans = database.scan(data) { span in
            mayConfirm(span, database: database, in: data, clear: &clear[span.pattern])
        }
        for hit in LeftmostLongest.reduce(exactHits(spans, in: data)) {
            let owner = patternOwners[hit.pattern]
            let limits = segments?.bounds(containing: hit.start) ?? 0..<data.count
            guard hit.end <= limits.upperBound else { continue }
            var value = hit.start..<hit.end
            if let extractor = extractors[owner] {
                guard let cut = extractor.firstCapture(1, in: data, window: value), !cut.isEmpty else { continue }
                value = cut
            }
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: data[value])
            let candidate = Candidate(owner: owner, value: value, around: hit.start..<hit.end, limits: limits)
            appendConfirmed(candidate, checked: bytes[...], in: data, into: &found)
        }
    }

    /// Whether a match ending in `span` could pass its context check.
    ///
    /// Context-only rules (dates, licence numbers) have many candidates and few
    /// keywords, so most spans are dropped here before their starts are looked for.
    /// - Parameter clear: The pattern's offsets known to start no keyword in this scan.
    private func mayConfirm(
        _ span: PatternHit,
        database: VectorscanDatabase,
        in data: UnsafeRawBufferPointer,
        clear: inout Range<Int>
    ) -> Bool {
        // Without a longest match there is no window known to hold every match.
        guard let width = database.maxWidths[span.pattern] else { return true }
        let window = max(0, span.start - width)..<span.end
        return confirmers[patternOwners[span.pattern]].mayHaveContext(around: window, in: data, clear: &clear)
    }

    /// Replaces the end-offset spans of patterns without start tracking by real matches.
    private func exactHits(_ hits: [PatternHit], in data: UnsafeRawBufferPointer) -> [PatternHit] {
        var exact: [PatternHit] = []
        exact.reserveCapacity(hits.count)
        for hit in hits {
            if let recovery = recoveries[hit.pattern] {
                exact.append(contentsOf: recovery.recover(hit, in: data))
            } else {
                exact.append(hit)
            }
        }
        return exact
    }

    private func digitMatches(
        in data: UnsafeRawBufferPointer,
        segments: SegmentIndex?,
        into found: inout [RuleMatch],
        bytes: inout [UInt8]
    ) {
        digitScanner.forEachRun(in: data) { run in
            // Indexing borrows each rule; `for rule in` copied (and retained) it per run.
            for ruleIndex in digitRules.indices {
                digitRules[ruleIndex].forEachCandidate(in: run, data: data) { value, chain in
                    let limits = segments?.bounds(containing: value.lowerBound) ?? 0..<data.count
                    guard value.upperBound <= limits.upperBound else { return }
                    bytes.removeAll(keepingCapacity: true)
                    for group in chain { bytes.append(contentsOf: data[group.start..<group.end]) }
                    let owner = digitRules[ruleIndex].classifierIndex
                    let candidate = Candidate(owner: owner, value: value, around: value, limits: limits)
                    appendConfirmed(candidate, checked: bytes[...], in: data, into: &found)
                }
            }
        }
    }

    /// A candidate value of one classifier, with where its context may be looked for.
    private struct Candidate {
        var owner: Int
        var value: Range<Int>
        var around: Range<Int>
        var limits: Range<Int>
    }

    /// Runs the classifier's confirmation (allow list, validator, context) on a candidate
    /// and appends the match when it passes; shared by pattern and digit candidates.
    private func appendConfirmed(
        _ candidate: Candidate,
        checked: ArraySlice<UInt8>,
        in data: UnsafeRawBufferPointer,
        into found: inout [RuleMatch]
    ) {
        guard
            let confidence = confirmers[candidate.owner].confidence(
                value: candidate.value,
                checked: checked,
                around: candidate.around,
                limits: candidate.limits,
                in: data
            )
        else { return }
        found.append(
            RuleMatch(
                classifierIndex: candidate.owner,
                ruleID: ruleIDs[candidate.owner],
                valueStart: candidate.value.lowerBound,
                valueEnd: candidate.value.upperBound,
                confidence: confidence
            )
        )
    }
}
