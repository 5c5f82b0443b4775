/// The parts of a PEM block: `-----BEGIN label-----`, an optional header, a body, `-----END label-----`.
struct PEMBlock {
    private let beginLabel: ArraySlice<UInt8>
    private let endLabel: ArraySlice<UInt8>
    private let body: ArraySlice<UInt8>

    private static let begin = Array("-----BEGIN ".utf8)
    private static let end = Array("-----END ".utf8)
    private static let dashes = Array("-----".utf8)

    /// Splits `candidate`; `nil` when it is not framed by BEGIN and END lines.
    init?(_ candidate: ArraySlice<UInt8>) {
        guard candidate.starts(with: Self.begin),
            let beginClose = Validator.firstRange(of: Self.dashes, in: candidate.dropFirst(Self.begin.count)),
            let endOpen = Validator.firstRange(of: Self.end, in: candidate[beginClose.upperBound...]),
            let endClose = Validator.firstRange(of: Self.dashes, in: candidate[endOpen.upperBound...])
        else { return nil }
        beginLabel = candidate[(candidate.startIndex + Self.begin.count)..<beginClose.lowerBound]
        endLabel = candidate[endOpen.upperBound..<endClose.lowerBound]
        body = candidate[beginClose.upperBound..<endOpen.lowerBound]
    }

    /// Whether the labels match and the body, without header lines, is at least 16 base64 characters.
    var hasBase64Body: Bool {
        guard !beginLabel.isEmpty, beginLabel.elementsEqual(endLabel) else { return false }
        var base64Count = 0
        for line in body.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
            // Header lines such as `Proc-Type: 4,ENCRYPTED` or `Version: GnuPG` are skipped.
            if line.contains(UInt8(ascii: ":")) { continue }
            for byte in line where byte != 0x20 && byte != 0x09 {
                guard Base64.isAlphabet(byte) || byte == UInt8(ascii: "=") else { return false }
                base64Count += 1
            }
        }
        return base64Count >= 16
    }
}
