import ArgumentParser

/// How the server commands print: a table for people or the server's JSON.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}
