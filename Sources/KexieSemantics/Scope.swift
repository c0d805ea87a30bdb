import KexieData
import KexieDiagnostics

/// The columns visible to a clause, and how to name them in messages.
struct Scope {
  var fields: [PlanField]
  /// "events", or "the rows after 'select'".
  var owner: String
  /// The query's source ("events"), whatever clauses came since: what a join calls the left
  /// side's fields that have no table of their own.
  var source: String

  init(fields: [PlanField], owner: String, source: String? = nil) {
    self.fields = fields
    self.owner = owner
    self.source = source ?? owner
  }

  /// The owner name for the clause after `step`.
  func owner(after step: PlanStep) -> String {
    switch step.kind {
    case .filter, .sort, .limit, .top, .cite: owner
    case .project where step.clause == .extend: owner
    default: "the rows after '\(step.clauseName)'"
    }
  }

  enum Lookup {
    case found(Int)
    case ambiguous([String])
    case missing
  }

  /// Finds a column by exact name, else by its name in the other vocabulary (`县` is county).
  /// Two columns of one name (after a join) are ambiguous.
  func lookup(_ name: String) -> Lookup {
    var matches = fields.indices.filter { fields[$0].name == name }
    if matches.isEmpty { matches = fields.indices.filter { fields[$0].otherName == name } }
    switch matches.count {
    case 0: return .missing
    case 1: return .found(matches[0])
    default:
      let visible = matches.filter { !fields[$0].hidden }
      if visible.count == 1 { return .found(visible[0]) }
      return .ambiguous(matches.compactMap { fields[$0].qualifier })
    }
  }

  /// A field qualified by its table's name (`orgs.name` after a join).
  func lookup(_ name: String, qualifier: String) -> Int? {
    fields.indices.first { fields[$0].qualifier == qualifier && fields[$0].name == name }
      ?? fields.indices.first { fields[$0].qualifier == qualifier && fields[$0].otherName == name }
      ?? fields.indices.first { fields[$0].name == "\(qualifier).\(name)" }
  }

  func hasQualifier(_ name: String) -> Bool {
    fields.contains { $0.qualifier == name }
  }

  /// Names to suggest and list in "unknown field" messages: visible fields first.
  /// (Then their names in the other vocabulary: `nme` in a Chinese query still finds `name`.)
  var suggestableNames: [String] {
    fields.filter { !$0.hidden }.map(\.name) + fields.filter(\.hidden).map(\.name) + fields.compactMap(\.otherName)
  }

  var visibleNames: [String] { fields.filter { !$0.hidden }.map(\.name) }
}
