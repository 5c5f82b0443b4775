/// One measured figure of the benchmark.
struct BenchFigure: Codable {
    /// What was measured, e.g. "files, engine, full catalog, 2 tasks".
    var name: String
    /// The throughput.
    var value: Double
    /// Its unit, e.g. "MB/s".
    var unit: String
    /// Supporting numbers: bytes, objects, seconds, detections.
    var detail: String
}
