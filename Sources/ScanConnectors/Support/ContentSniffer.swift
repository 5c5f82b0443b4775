/// Decides from a leading sample whether bytes are text worth scanning.
///
/// Text means "mostly printable": invalid UTF-8 is still text (it is scanned as bytes),
/// but NUL bytes, a high share of control characters or a known binary signature
/// make the content binary.
enum ContentSniffer {
    /// How many leading bytes callers should sample.
    static let sampleSize = 8 * 1024

    /// Whether `sample` (the first bytes of some content) looks binary.
    static func isBinary(_ sample: some Collection<UInt8>) -> Bool {
        guard !sample.isEmpty else { return false }
        if hasBinarySignature(Array(sample.prefix(16))) { return true }
        if isPDF(sample) { return sample.prefix(1024).contains { $0 >= 0x80 } }
        if sample.contains(0) { return true }
        let controls = sample.reduce(0) { $0 + (isSuspiciousControl($1) ? 1 : 0) }
        // Text editors emit a few stray control bytes (form feeds, escapes); binary
        // formats without NULs still have far more than this.
        return controls * 10 > sample.count
    }

    private static let signatures: [[UInt8]] = [
        [0x89, 0x50, 0x4E, 0x47],  // PNG
        [0x50, 0x4B, 0x03, 0x04],  // ZIP, JAR, DOCX, XLSX
        [0x7F, 0x45, 0x4C, 0x46],  // ELF
        [0x1F, 0x8B],  // gzip
        [0xFF, 0xD8, 0xFF],  // JPEG
        [0x47, 0x49, 0x46, 0x38],  // GIF
        [0x42, 0x5A, 0x68],  // bzip2
        [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00],  // xz
        [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C],  // 7z
        [0xCA, 0xFE, 0xBA, 0xBE],  // Java class, fat Mach-O
        [0xCF, 0xFA, 0xED, 0xFE],  // Mach-O 64
        [0x53, 0x51, 0x4C, 0x69, 0x74, 0x65, 0x20, 0x66],  // "SQLite f"
    ]

    private static func hasBinarySignature(_ head: [UInt8]) -> Bool {
        signatures.contains { head.starts(with: $0) }
    }

    /// PDFs start with `%PDF-`; most carry a binary comment line and compressed
    /// streams, but a plain-text PDF is still worth scanning.
    private static func isPDF(_ sample: some Collection<UInt8>) -> Bool {
        sample.starts(with: Array("%PDF-".utf8))
    }

    private static func isSuspiciousControl(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x1B, 0x08: false
        case ..<0x20, 0x7F: true
        default: false
        }
    }
}
