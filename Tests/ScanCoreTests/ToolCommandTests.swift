import Foundation
import ScanCore
import Testing

struct ToolCommandTests {
    @Test func placeholdersAreReplacedWhereverTheyStand() {
        let command = ToolCommand(arguments: ["/opt/bin/semgrep", "--json-output={output}", "{target}", "--x"])

        let resolved = command.resolved(["target": "/srv/code", "output": "/tmp/r.json", "workdir": "/tmp"])

        #expect(resolved == ["/opt/bin/semgrep", "--json-output=/tmp/r.json", "/srv/code", "--x"])
        #expect(command.name == "semgrep" && command.writesOutputFile)
        #expect(!ToolCommand(arguments: ["gitleaks", "{target}"]).writesOutputFile)
        #expect(throws: Never.self) { try ToolCommand(arguments: ["sh", "-c", #"echo '{"a": {}}' {x-y}"#]).validate() }
    }

    @Test(arguments: [
        (["bandit", "{checkout}"], "unknown placeholder {checkout}"),
        ([""], "must name an executable"),
        ([], "must name an executable"),
    ])
    func badCommandsAreNamed(arguments: [String], problem: String) {
        let error = #expect(throws: ScanError.self) { try ToolCommand(arguments: arguments).validate() }

        #expect(error?.code == .invalidInput)
        #expect(error?.message.contains(problem) == true)
    }

    @Test func limitsAreChecked() {
        #expect(throws: ScanError.self) { try ToolCommand(arguments: ["t"], timeoutSeconds: 0).validate() }
        #expect(throws: ScanError.self) { try ToolCommand(arguments: ["t"], exitCodes: []).validate() }
        #expect(throws: Never.self) { try ToolCommand(arguments: ["t", "{target}", "{workdir}"]).validate() }
    }
}

struct AgentHealthTests {
    @Test func healthFollowsTheLastHeartbeat() {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var agent = AgentRecord(
            tenantID: Tenant.defaultID,
            name: "edge",
            tokenID: .random(),
            capabilities: [],
            tools: [],
            labels: [],
            maxJobs: 2,
            registeredAt: start
        )

        #expect(agent.health(at: start) == .unknown)
        agent.lastHeartbeatAt = start
        #expect(agent.health(at: start + AgentRecord.offlineAfter) == .online)
        #expect(agent.health(at: start + AgentRecord.offlineAfter + 1) == .offline)
    }
}
