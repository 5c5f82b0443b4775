import Foundation
import Logging
import ScanCore
import ScanEngine
import ScanStoreSQLite
import ScanTestSupport
import Synchronization
import Testing

struct SchedulerTests {
    private static let hourly = Schedule(kind: .cron, expression: "@hourly")
    private static let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    /// Monday 4 May 2026, UTC.
    private static func at(_ time: String) -> Date {
        ISO8601DateFormatter().date(from: "2026-05-04T\(time)Z")!
    }

    // MARK: Firing

    @Test func aSlotFiresOnceAndStartsARun() async throws {
        // Given an hourly definition saved at 09:30
        let (store, clock) = (try SQLiteScanStore.inMemory(), TestClock(Self.at("09:30:00")))
        let scheduler = Scheduler(store: store, logger: Self.logger, now: clock.read)
        let definition = try await scheduled(in: store, nextRunAt: Self.at("10:00:00"))

        // When ticking before, at and again within the 10:00 slot
        let early = try await scheduler.tick()
        clock.set(Self.at("10:00:05"))
        let fires = try await scheduler.tick()
        clock.set(Self.at("10:00:40"))
        let again = try await scheduler.tick()

        // Then the slot fired once, started a run and moved the next run to 11:00
        #expect(early.isEmpty && again.isEmpty)
        let fire = try #require(fires.only)
        #expect(fire.slot == Self.at("10:00:00") && fire.outcome == .started)
        #expect(try await store.run(#require(fire.runID), tenant: definition.tenantID) != nil)
        #expect(try await nextRun(of: definition, in: store) == Self.at("11:00:00"))
        #expect(
            try await store.scheduleFires(definitionID: definition.id, tenant: definition.tenantID, limit: 10) == [fire]
        )
    }

    @Test func aSlotWhoseRunIsStillActiveIsSkipped() async throws {
        // Given the 10:00 run, which no worker finishes
        let (store, clock) = (try SQLiteScanStore.inMemory(), TestClock(Self.at("10:00:01")))
        let scheduler = Scheduler(store: store, logger: Self.logger, now: clock.read)
        let definition = try await scheduled(in: store, nextRunAt: Self.at("10:00:00"))
        let first = try #require(try await scheduler.tick().only)

        // When the 11:00 slot comes
        clock.set(Self.at("11:00:01"))
        let second = try #require(try await scheduler.tick().only)

        // Then it is recorded as skipped, pointing at the active run
        #expect(second.outcome == .skippedActive && second.runID == first.runID)
        let fires = try await store.scheduleFires(definitionID: definition.id, tenant: definition.tenantID, limit: 10)
        #expect(fires.map(\.outcome) == [.skippedActive, .started])
        #expect(try await nextRun(of: definition, in: store) == Self.at("12:00:00"))
    }

    @Test func afterDowntimeOnlyTheLatestMissedSlotFires() async throws {
        // Given a definition due at 10:00 and a scheduler that was down until 15:20
        let (store, clock) = (try SQLiteScanStore.inMemory(), TestClock(Self.at("15:20:00")))
        let scheduler = Scheduler(store: store, logger: Self.logger, now: clock.read)
        let definition = try await scheduled(in: store, nextRunAt: Self.at("10:00:00"))

        // When it ticks twice
        let fires = try await scheduler.tick()
        let again = try await scheduler.tick()

        // Then one run started, for 15:00, and the next run is after now
        #expect(fires.map(\.slot) == [Self.at("15:00:00")] && fires.map(\.outcome) == [.started])
        #expect(again.isEmpty)
        #expect(
            try await store.scheduleFires(definitionID: definition.id, tenant: definition.tenantID, limit: 10).count
                == 1
        )
        #expect(try await nextRun(of: definition, in: store) == Self.at("16:00:00"))
    }

    @Test func aBrokenScheduleDoesNotStopTheOthers() async throws {
        // Given a stored schedule that no longer parses, due with a good one
        let (store, clock) = (try SQLiteScanStore.inMemory(), TestClock(Self.at("10:00:05")))
        let scheduler = Scheduler(store: store, logger: Self.logger, now: clock.read)
        let broken = Schedule(kind: .cron, expression: "61 * * * *")
        let bad = try await scheduled(in: store, name: "bad", schedule: broken, nextRunAt: Self.at("10:00:00"))
        let good = try await scheduled(in: store, name: "good", nextRunAt: Self.at("10:00:00"))

        // When the scheduler ticks
        let fires = try await scheduler.tick()

        // Then the good one fired and the broken one is no longer due
        #expect(fires.map(\.definitionID) == [good.id])
        #expect(try await nextRun(of: bad, in: store) == nil)
        #expect(try await nextRun(of: good, in: store) == Self.at("11:00:00"))
        #expect(try await scheduler.tick().isEmpty)
    }

    @Test func initialNextRunIsTheFirstSlotAfterNow() throws {
        let now = Self.at("09:30:00")
        let daily = Schedule(kind: .daily, time: "09:30", timeZone: "Europe/Paris")
        var definition = ScanDefinition(name: "docs", sourceID: .random(), createdAt: now, schedule: daily)

        #expect(
            try Scheduler.initialNextRun(for: definition, at: now) == Self.at("07:30:00").addingTimeInterval(86_400)
        )
        definition.paused = true
        #expect(try Scheduler.initialNextRun(for: definition, at: now) != nil)
        definition.schedule = .manual
        #expect(try Scheduler.initialNextRun(for: definition, at: now) == nil)
        definition.schedule = Schedule(kind: .weekly, time: "09:30", weekday: "someday")
        #expect(throws: ScanError.self) { try Scheduler.initialNextRun(for: definition, at: now) }
    }

    // MARK: Several schedulers

    @Test func twoSchedulersOnOneFileNeverFireASlotTwice() async throws {
        // Given two stores on one file, as two processes would open it, and four hourly definitions
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sched-\(UUID().uuidString).sqlite")
            .path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let (first, second) = (try SQLiteScanStore(path: path), try SQLiteScanStore(path: path))
        let clock = TestClock(Self.at("10:00:00"))
        let schedulers = [first, second].map { Scheduler(store: $0, logger: Self.logger, now: clock.read) }
        var definitions: [ScanDefinition] = []
        for index in 0..<4 {
            definitions.append(try await scheduled(in: first, name: "docs\(index)", nextRunAt: Self.at("10:00:00")))
        }

        // When both tick at once in each of three slots
        var fires: [ScheduleFire] = []
        for hour in 10...12 {
            clock.set(Self.at("\(hour):00:02"))
            async let one = schedulers[0].tick()
            async let two = schedulers[1].tick()
            fires += try await one + two
        }

        // Then every slot of every definition fired exactly once
        let keys = fires.map { "\($0.definitionID) \($0.slot.timeIntervalSince1970)" }
        #expect(Set(keys).count == keys.count && keys.count == 12)
        for definition in definitions {
            let stored = try await first.scheduleFires(
                definitionID: definition.id,
                tenant: definition.tenantID,
                limit: 10
            )
            #expect(stored.map(\.slot) == [Self.at("12:00:00"), Self.at("11:00:00"), Self.at("10:00:00")])
        }
    }

    // MARK: Service

    @Test func runTicksUntilCancelled() async throws {
        let (store, clock) = (try SQLiteScanStore.inMemory(), TestClock(Self.at("10:00:05")))
        let configuration = Scheduler.Configuration(tickInterval: 0.01)
        let scheduler = Scheduler(store: store, configuration: configuration, logger: Self.logger, now: clock.read)
        let definition = try await scheduled(in: store, nextRunAt: Self.at("10:00:00"))

        let task = Task { try await scheduler.run() }
        var fires: [ScheduleFire] = []
        for _ in 0..<200 where fires.isEmpty {
            try await Task.sleep(for: .milliseconds(10))
            fires = try await store.scheduleFires(definitionID: definition.id, tenant: definition.tenantID, limit: 10)
        }
        task.cancel()
        try await task.value

        #expect(fires.map(\.slot) == [Self.at("10:00:00")])
    }

    // MARK: Helpers

    private func scheduled(
        in store: SQLiteScanStore,
        name: String = "docs",
        schedule: Schedule = Self.hourly,
        nextRunAt: Date
    ) async throws -> ScanDefinition {
        var definition = try await Fixtures.definition(in: store, name: name)
        definition.schedule = schedule
        definition.nextRunAt = nextRunAt
        try await store.save(definition)
        return definition
    }

    private func nextRun(of definition: ScanDefinition, in store: SQLiteScanStore) async throws -> Date? {
        try await store.definition(definition.id, tenant: definition.tenantID)?.nextRunAt
    }
}

/// A clock the test moves by hand.
private final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date) {
        current = Mutex(start)
    }

    /// The current time, as the scheduler's `now`.
    var read: @Sendable () -> Date {
        { self.now }
    }

    private var now: Date {
        current.withLock { $0 }
    }

    func set(_ date: Date) {
        current.withLock { $0 = date }
    }
}

extension Array {
    /// The element of a one-element array, else `nil`.
    fileprivate var only: Element? {
        count == 1 ? first : nil
    }
}
