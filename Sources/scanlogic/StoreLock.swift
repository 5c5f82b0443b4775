import Foundation
import ScanCore

/// An exclusive lock beside the embedded store: one process at a time owns it.
///
/// Holding it proves no other worker is alive, so the leases left by a killed process can
/// be handed back at once instead of waiting for them to expire.
final class StoreLock {
    private let descriptor: Int32

    init(storePath: String) throws {
        let path = storePath + ".lock"
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ScanError(.storage, "cannot create the store lock \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw ScanError(.conflict, "another scanlogic process is using the store \(storePath)")
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
