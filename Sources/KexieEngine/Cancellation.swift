import Synchronization

/// A flag a signal handler can raise to stop a running query. The executor looks at it
/// between steps and every 64K rows inside long loops.
public final class Cancellation: Sendable {
  let flag = Atomic<Bool>(false)

  public init() {}

  /// Safe to call from a signal handler: a single lock-free store.
  public func cancel() { flag.store(true, ordering: .relaxed) }

  public func reset() { flag.store(false, ordering: .relaxed) }

  public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
