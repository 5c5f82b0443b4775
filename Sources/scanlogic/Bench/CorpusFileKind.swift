/// The kinds of text file in the benchmark corpus.
enum CorpusFileKind: String, CaseIterable {
    case code
    case log
    case config
    case csv

    /// The file name extension.
    var fileExtension: String {
        switch self {
        case .code: "swift"
        case .log: "log"
        case .config: "yaml"
        case .csv: "csv"
        }
    }
}
