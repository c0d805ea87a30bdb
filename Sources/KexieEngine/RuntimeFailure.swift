import KexieDiagnostics

/// A query that stopped while running: division by zero, overflow, a bad regular expression,
/// a cancelled query. Carries the range of the expression that failed.
public struct RuntimeFailure: Error, Sendable {
  public var diagnostic: Diagnostic

  public init(_ diagnostic: Diagnostic) {
    self.diagnostic = diagnostic
  }
}
