import KexieData
import KexieDiagnostics
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
    func refuse(_ reason: String, zh: String) -> SQLRefusal {
      SQLRefusal(what: .same("\(name)()"), reason: Phrase(reason, zh: zh), range: expression.range)
    }
    var values: [String] = []
    for argument in arguments {
      if argument.isList && name != "size" {
        throw refuse("its argument is a list", zh: "它的参数是列表")
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
      throw refuse("kexie counts characters as people see them, and \(dialect.title) counts code points", zh: "kexie 按人眼看到的字符计数，\(dialect.title) 按码位计数")
    case "width":
      if kexie { return defined("kexie_width") }
      throw refuse("\(dialect.title) does not know how wide a character is on a terminal", zh: "\(dialect.title) 不知道字符在终端上占多宽")
    case "lower", "upper":
      if kexie { return defined("kexie_" + name) }
      if dialect == .postgres, compiler.features.icuCollation { return "\(name)(\(values[0]) COLLATE \"und-x-icu\")" }
      throw refuse("kexie changes case by Unicode's full rules (straße → STRASSE)", zh: "kexie 按 Unicode 的完整规则转换大小写（straße → STRASSE）")
    case "trim":
      if kexie { return defined("kexie_trim") }
      throw refuse("kexie trims every kind of space, \(dialect.title) only ' '", zh: "kexie 去掉各种空白，\(dialect.title) 只去掉 ' '")
    case "substr":
      if kexie { return defined("kexie_substr") }
      throw refuse("kexie counts characters as people see them", zh: "kexie 按人眼看到的字符计数")
    case "replace":
      return "replace(\(values.joined(separator: ", ")))"
    case "concat":
      for argument in arguments where !Self.writesAsKexie(argument.type) {
        throw refuse("\(dialect.title) writes \(argument.type.article) differently from kexie", zh: "\(dialect.title) 写\(argument.type.phrase.zh)的方式和 kexie 不一样")
      }
      if dialect == .sqlite {
        return "(" + values.map { "coalesce(CAST(\($0) AS TEXT), '')" }.joined(separator: " || ") + ")"
      }
      return "concat(\(values.joined(separator: ", ")))"
    case "to_text":
      guard Self.writesAsKexie(arguments[0].type) else { throw refuse("\(dialect.title) writes \(arguments[0].type.article) differently from kexie", zh: "\(dialect.title) 写\(arguments[0].type.phrase.zh)的方式和 kexie 不一样") }
      return arguments[0].type == .text ? values[0] : "CAST(\(values[0]) AS TEXT)"
    case "to_int":
      guard arguments[0].type == .integer || arguments[0].type == .null else { throw refuse("kexie reads numbers from text by its own rules", zh: "kexie 按自己的规则从文本里读数字") }
      return values[0]
    case "to_decimal":
      guard arguments[0].type.isNumeric || arguments[0].type == .null else { throw refuse("kexie reads numbers from text by its own rules", zh: "kexie 按自己的规则从文本里读数字") }
      return "CAST(\(values[0]) AS \(dialect.doubleType))"
    case "round":
      guard arguments[0].type == .integer else { throw refuse("engines round the decimal digits of a double differently", zh: "各个引擎对双精度数的小数位取整方式不同") }
      if arguments.count > 1 {
        guard case .literal(.integer(let digits)) = arguments[1].kind, (0...15).contains(digits) else {
          throw refuse("its digits must be a number from 0 to 15 written in the query", zh: "位数必须是直接写在查询里的 0 到 15 之间的数")
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
      throw refuse("kexie's SQL compiler does not know it", zh: "kexie 的 SQL 编译器不认识它")
    }
  }

  /// Types every engine writes as text just as kexie does (whole numbers, text, null).
  static func writesAsKexie(_ type: DataType) -> Bool {
    type == .text || type == .integer || type == .null
  }
}
