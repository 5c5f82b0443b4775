// swift-tools-version: 6.2
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "ScanLogic",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "scanlogic", targets: ["scanlogic"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
    ],
    targets: [
        .target(
            name: "ScanCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        .systemLibrary(
            name: "CVectorscan",
            pkgConfig: "libhs",
            providers: [.apt(["libvectorscan-dev"])]
        ),
        .target(
            name: "ScanRules",
            dependencies: ["ScanCore", "CVectorscan", "Yams"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ScanConnectors",
            dependencies: [
                "ScanCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(name: "ScanStoreSQL", dependencies: ["ScanCore"], swiftSettings: strictSettings),
        .target(name: "ScanIngest", dependencies: ["ScanCore"], swiftSettings: strictSettings),
        .target(
            name: "ScanStoreSQLite",
            dependencies: ["ScanCore", "ScanStoreSQL", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ScanStorePostgres",
            dependencies: [
                "ScanCore", "ScanStoreSQL",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ScanEngine",
            dependencies: [
                "ScanCore", "ScanIngest", "ScanRules",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ScanServer",
            dependencies: [
                "ScanCore", "ScanRules", "ScanEngine", "ScanIngest", "Yams",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ScanClient",
            dependencies: [
                "ScanCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "scanlogic",
            dependencies: [
                "ScanCore", "ScanRules", "ScanConnectors", "ScanStoreSQLite", "ScanStorePostgres", "ScanEngine",
                "ScanServer", "ScanClient", "ScanIngest",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "ScanTestSupport",
            dependencies: [
                "ScanCore", "ScanStoreSQLite", "ScanStorePostgres",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "ScanCoreTests", dependencies: ["ScanCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "ScanIngestTests",
            dependencies: ["ScanCore", "ScanIngest", "ScanTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "ScanRulesTests", dependencies: ["ScanCore", "ScanRules"], swiftSettings: strictSettings),
        .testTarget(
            name: "ScanConnectorsTests",
            dependencies: [
                "ScanCore", "ScanConnectors", "ScanTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ScanStoreTests",
            dependencies: ["ScanCore", "ScanStoreSQLite", "ScanStorePostgres", "ScanTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ScanServerTests",
            dependencies: [
                "ScanCore", "ScanRules", "ScanEngine", "ScanIngest", "ScanServer", "ScanStoreSQLite",
                "ScanTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ScanClientTests",
            dependencies: [
                "ScanClient", "ScanCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ScanEngineTests",
            dependencies: [
                "ScanCore", "ScanRules", "ScanConnectors", "ScanEngine", "ScanServer", "ScanStoreSQLite",
                "ScanTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ScanFleetTests",
            dependencies: [
                "ScanCore", "ScanConnectors", "ScanEngine", "ScanRules", "ScanStorePostgres", "ScanStoreSQLite",
                "ScanTestSupport", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
    ]
)
