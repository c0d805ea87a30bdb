import KexieData
import KexieSemantics

/// kexie's functions in SQL, each only where the dialect gives exactly kexie's answer.
///
/// kexie counts characters as people see them (`length("é")` is 1 however it is encoded),
/// changes case by Unicode's full rules (`upper("straße")` is `STRASSE`) and trims every
/// kind of space. SQLite runs them through functions kexie's backend defines (`kexie_length`,
/// …); DuckDB and PostgreSQL have some of them; where none is exact, the function is refused
/// and kexie computes it on the rows the database returns.
extension SQLCompiler.Builder {
  /// The names `SQLFunctionTests` checks: every builtin is here or knowingly refused.
  static let mapped: Set<String> = [
    "length", "width", "lower", "upper", "trim", "substr", "replace", "concat", "to_text", "to_int", "to_decimal",
    "round", "abs", "coalesce", "size",
  ]

  mutating func call(_ name: String, _ arguments: [TypedExpr], _ expression: TypedExpr, _ scope: ExpressionScope) throws(SQLRefusal) -> String {
    func refuse(_ reason: String) -> SQLRefusal {
      SQLRefusal(what: "\(name)()", reason: reason, range: expression.range)
    }
    var values: [String] = []
    for argument in arguments {
      if argument.isList && name != "size" {
        throw refuse("its argument is a list")
      }
      values.append(try value(argument, scope))
    }
    let kexie = compiler.features.kexieFunctions && dialect == .sqlite
    func defined(_ function: String) -> String {
      kexieFunctions.insert(function)
      return "\(function)(\(values.joined(separator: ", ")))"
    }
    switch name {
    case "length":
      if kexie { return defined("kexie_length") }
      if dialect == .duckdb { return "length_grapheme(\(values[0]))" }
      throw refuse("kexie counts characters as people see them, and \(dialect.title) counts code points")
    case "width":
      if kexie { return defined("kexie_width") }
      throw refuse("\(dialect.title) does not know how wide a character is on a terminal")
    case "lower", "upper":
      if kexie { return defined("kexie_" + name) }
      if dialect == .postgres, compiler.features.icuCollation { return "\(name)(\(values[0]) COLLATE \"und-x-icu\")" }
      throw refuse("kexie changes case by Unicode's full rules (straße → STRASSE)")
    case "trim":
      if kexie { return defined("kexie_trim") }
      throw refuse("kexie trims every kind of space, \(dialect.title) only ' '")
    case "substr":
      if kexie { return defined("kexie_substr") }
      throw refuse("kexie counts characters as people see them")
    case "replace":
      return "replace(\(values.joined(separator: ", ")))"
    case "concat":
      for argument in arguments where !Self.writesAsKexie(argument.type) {
        throw refuse("\(dialect.title) writes \(argument.type.article) differently from kexie")
      }
      if dialect == .sqlite {
        return "(" + values.map { "coalesce(CAST(\($0) AS TEXT), '')" }.joined(separator: " || ") + ")"
      }
      return "concat(\(values.joined(separator: ", ")))"
    case "to_text":
      guard Self.writesAsKexie(arguments[0].type) else { throw refuse("\(dialect.title) writes \(arguments[0].type.article) differently from kexie") }
      return arguments[0].type == .text ? values[0] : "CAST(\(values[0]) AS TEXT)"
    case "to_int":
      guard arguments[0].type == .integer || arguments[0].type == .null else { throw refuse("kexie reads numbers from text by its own rules") }
      return values[0]
    case "to_decimal":
      guard arguments[0].type.isNumeric || arguments[0].type == .null else { throw refuse("kexie reads numbers from text by its own rules") }
      return "CAST(\(values[0]) AS \(dialect.doubleType))"
    case "round":
      guard arguments[0].type == .integer else { throw refuse("engines round the decimal digits of a double differently") }
      if arguments.count > 1 {
        guard case .literal(.integer(let digits)) = arguments[1].kind, (0...15).contains(digits) else {
          throw refuse("its digits must be a number from 0 to 15 written in the query")
        }
      }
      return values[0]
    case "abs":
      return "abs(\(values[0]))"
    case "coalesce":
      return "coalesce(\(values.joined(separator: ", ")))"
    case "size":
      // A single value is a list of one (none when null), as kexie counts it.
      guard arguments[0].isList else { return "(CASE WHEN \(values[0]) IS NULL THEN 0 ELSE 1 END)" }
      return dialect.listSize(values[0])
    default:
      throw refuse("kexie's SQL compiler does not know it")
    }
  }

  /// Types every engine writes as text just as kexie does (whole numbers, text, null).
  static func writesAsKexie(_ type: DataType) -> Bool {
    type == .text || type == .integer || type == .null
  }
}
