import GRDB

/// The SQL function that orders rows for `.random` sampling in SQLite.
///
/// `scanlogic_sample_key(seed, key...)` hashes a row's key (its rowid, or its primary
/// key columns) together with the seed. Ordering by it and taking the first rows gives
/// a pseudo-random subset that is the same for the same seed and data, without
/// materialising rowids in Swift: SQLite keeps only the best `LIMIT` rows while sorting.
enum SampleKey {
    /// The SQL name of the function.
    static let name = "scanlogic_sample_key"

    /// The function, registered on every connection of the read-only queue.
    static let function = DatabaseFunction(name, argumentCount: nil, pure: true) { values in
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in values.dropFirst() { hash = fnv1a(hash, bytes(of: value)) }
        let seed = UInt64(bitPattern: Int64.fromDatabaseValue(values.first ?? .null) ?? 0)
        return Int64(bitPattern: mix(hash ^ mix(seed)))
    }

    /// Byte form of a value; the tag keeps `1` and `'1'` apart.
    private static func bytes(of value: DatabaseValue) -> [UInt8] {
        switch value.storage {
        case .null: [0]
        case .int64(let number): [1] + withUnsafeBytes(of: number.littleEndian) { Array($0) }
        case .double(let number): [2] + withUnsafeBytes(of: number.bitPattern.littleEndian) { Array($0) }
        case .string(let text): [3] + Array(text.utf8)
        case .blob(let data): [4] + Array(data)
        }
    }

    private static func fnv1a(_ start: UInt64, _ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(start) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }

    /// SplitMix64's finaliser: spreads every input bit over the output.
    private static func mix(_ input: UInt64) -> UInt64 {
        var value = input &+ 0x9e37_79b9_7f4a_7c15
        value = (value ^ (value >> 30)) &* 0xbf58_476d_1ce4_e5b9
        value = (value ^ (value >> 27)) &* 0x94d0_49bb_1331_11eb
        return value ^ (value >> 31)
    }
}
