import Foundation

/// SARIF logs written by the tests, as a tool would write them.
struct SARIFBuilder {
    struct Result {
        var ruleID: String?
        var path: String? = "src/app.py"
        var line: Int? = 10
        var column: Int? = 5
        var snippet: String? = "subprocess.call(cmd, shell=True)\n"
        var message = "subprocess call with shell=True identified"
        var level: String?
        var fingerprints: [String: String]?
        var partialFingerprints: [String: String]?
        var properties: [String: Any]?

        init(rule: String? = "B602") { ruleID = rule }

        var json: [String: Any] {
            var result: [String: Any] = ["message": ["text": message]]
            if let ruleID { result["ruleId"] = ruleID }
            if let level { result["level"] = level }
            if let fingerprints { result["fingerprints"] = fingerprints }
            if let partialFingerprints { result["partialFingerprints"] = partialFingerprints }
            if let properties { result["properties"] = properties }
            if let path {
                var region: [String: Any] = [:]
                if let line { region["startLine"] = line }
                if let column { region["startColumn"] = column }
                if let snippet { region["snippet"] = ["text": snippet] }
                result["locations"] = [
                    ["physicalLocation": ["artifactLocation": ["uri": path], "region": region]]
                ]
            }
            return result
        }
    }

    struct Run {
        var tool = "Bandit"
        var version: String? = "1.9.4"
        var rules: [[String: Any]] = []
        var results: [Result] = []
    }

    var version = "2.1.0"
    var runs: [Run] = []

    init(version: String = "2.1.0", runs: [Run]) {
        self.version = version
        self.runs = runs
    }

    init(_ results: [Result]) {
        self.init(runs: [Run(results: results)])
    }

    var data: Data {
        get throws {
            let runs = self.runs.map { run -> [String: Any] in
                var driver: [String: Any] = ["name": run.tool, "rules": run.rules]
                if let version = run.version { driver["version"] = version }
                return ["tool": ["driver": driver], "results": run.results.map(\.json)]
            }
            let log: [String: Any] = [
                "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": version, "runs": runs,
            ]
            return try JSONSerialization.data(withJSONObject: log, options: [.sortedKeys])
        }
    }
}
