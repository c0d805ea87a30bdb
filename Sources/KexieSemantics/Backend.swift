import KexieData
import KexieDiagnostics
import Synchronization

/// What runs a checked plan: the in-memory engine (`KexieEngine.Executor`) or a SQL database
/// (`KexieSQL`). A plan is data — tables by `TableRef`, functions by name — so any backend
/// that can resolve its tables can run it; `Compiler` makes the plan, a backend runs it.
public protocol QueryBackend {
  /// Runs a plan to its result, or stops with a runtime failure (division by zero, overflow,
  /// a bad regular expression from the data, Ctrl-C through `cancellation`).
  func run(_ plan: Plan, cancellation: Cancellation?) throws(RuntimeFailure) -> ResultTable
}

/// A query that stopped while running: division by zero, overflow, a bad regular expression,
/// a cancelled query, a database error. Carries the range of the expression that failed.
public struct RuntimeFailure: Error, Sendable {
  public var diagnostic: Diagnostic

  public init(_ diagnostic: Diagnostic) {
    self.diagnostic = diagnostic
  }
}

/// A flag a signal handler can raise to stop a running query. Backends look at it between
/// steps and every 64K rows inside long loops.
public final class Cancellation: Sendable {
  let flag = Atomic<Bool>(false)

  public init() {}

  /// Safe to call from a signal handler: a single lock-free store.
  public func cancel() { flag.store(true, ordering: .relaxed) }

  public func reset() { flag.store(false, ordering: .relaxed) }

  public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
