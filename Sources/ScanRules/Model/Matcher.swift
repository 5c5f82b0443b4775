/// How a classifier finds candidates in bytes.
public enum Matcher: Sendable, Hashable {
    /// A regular expression in the Vectorscan (PCRE subset) dialect, run by Vectorscan over
    /// the whole buffer. `extract`, if set, is a regex with one capture group run only on
    /// the small window around the match to cut out the value (for example the secret after
    /// `password=`).
    case pattern(String, caseInsensitive: Bool = false, extract: String? = nil)
    /// Digit-shaped data found by the purpose-built byte scanner.
    case digits(DigitShape)
    /// Any of these words or phrases, matched as whole words.
    case dictionary([String], caseInsensitive: Bool = true)
    /// No content matching: the classifier only uses column-name signals.
    case columnNameOnly
}

/// The shape of digit-based data for the byte scanner: a run of digits, optionally in
/// groups separated by one of `separators`, with no digit or letter directly before or after.
public struct DigitShape: Sendable, Hashable {
    /// How many digits the value has once separators are removed.
    public var digits: ClosedRange<Int>
    /// The group sizes when separators are used (e.g. `[3, 2, 4]` for a US SSN); `nil`
    /// allows any grouping.
    public var groups: [Int]?
    /// Bytes allowed between groups (e.g. `" -"`); empty means digits only.
    public var separators: [UInt8]
    /// Whether the value may also appear without any separator.
    public var allowsUngrouped: Bool
    /// Literal text the run may start with (e.g. `"+"` for phone numbers).
    public var prefixes: [String]

    /// Creates a shape.
    public init(
        digits: ClosedRange<Int>,
        groups: [Int]? = nil,
        separators: String = "",
        allowsUngrouped: Bool = true,
        prefixes: [String] = []
    ) {
        self.digits = digits
        self.groups = groups
        self.separators = Array(separators.utf8)
        self.allowsUngrouped = allowsUngrouped
        self.prefixes = prefixes
    }
}
