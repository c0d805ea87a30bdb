import KexieData
import KexieDiagnostics
import KexieSemantics
import KexieSyntax

/// Evaluates checked expressions over the rows of a relation, a column at a time.
///
/// `positions` picks rows of the relation (indices 0..<count, ascending); nil means all of
/// them. Text functions and text tests run once per distinct value of a dictionary column,
/// not once per row.
struct Evaluator {
  let relation: Relation
  let file: SourceFile
  let context: RunContext

  func count(_ positions: [Int32]?) -> Int { positions?.count ?? relation.count }

  func fail(_ diagnostic: Diagnostic) -> RuntimeFailure {
    RuntimeFailure(diagnostic.located(in: file))
  }

  func checkCancelled() throws(RuntimeFailure) {
    try context.checkCancelled()
  }

  func evaluate(_ expression: TypedExpr, _ positions: [Int32]?) throws(RuntimeFailure) -> Vector {
    let count = count(positions)
    switch expression.kind {
    case .literal(let value):
      return .constant(value, count: count)
    case .column(let index):
      return .column(relation.column(index, positions: positions))
    case .follow(let base, let ref, let field):
      return follow(try evaluate(base, positions), table: try context.table(ref), field: field)
    case .unary(.not, let operand):
      return .column(Column(.bool(try evaluate(operand, positions).truths().map { !$0 })))
    case .unary(.negate, let operand):
      return try negate(try evaluate(operand, positions), range: expression.range)
    case .binary(let op, let left, let right):
      let l = try evaluate(left, positions)
      let r = try evaluate(right, positions)
      return try binary(op, l, r, expression: expression)
    case .call(let name, let arguments):
      guard let builtin = Builtins.named(name) else { throw fail(.missingFunction(name, at: expression.range)) }
      var vectors: [Vector] = []
      for argument in arguments { vectors.append(try evaluate(argument, positions)) }
      return try call(builtin, vectors, expression: expression, arguments: arguments)
    case .inList(let value, let items, let negated):
      var operands = [try evaluate(value, positions)]
      for item in items { operands.append(try evaluate(item, positions)) }
      let flags = try anyOf(operands, count: count) { operands, count in
        var flags = [Bool](repeating: false, count: count)
        for item in operands.dropFirst() {
          let matches = Comparison.compare(.equal, operands[0], item, count: count)
          for row in 0..<count where matches[row] { flags[row] = true }
        }
        return flags
      }
      return .column(Column(.bool(negated ? flags.map { !$0 } : flags)))
    case .isNull(let value, let negated):
      let x = try evaluate(value, positions)
      return .column(Column(.bool((0..<count).map { x.isNull($0) != negated })))
    case .text(let predicate, let left, let right, let negated):
      let operands = [try evaluate(left, positions), try evaluate(right, positions)]
      let flags = try anyOf(operands, count: count) { operands, count throws(RuntimeFailure) in
        try textTest(predicate, operands[0], operands[1], range: right.range, count: count)
      }
      return .column(Column(.bool(negated ? flags.map { !$0 } : flags)))
    case .between(let value, let low, let high, let negated):
      let operands = [try evaluate(value, positions), try evaluate(low, positions), try evaluate(high, positions)]
      let flags = try anyOf(operands, count: count) { operands, count in
        let lower = Comparison.compare(.greaterEqual, operands[0], operands[1], count: count)
        let upper = Comparison.compare(.lessEqual, operands[0], operands[2], count: count)
        return (0..<count).map { lower[$0] && upper[$0] }
      }
      return .column(Column(.bool(flags.map { $0 != negated })))
    }
  }

  // MARK: - Links

  /// Follows a link: ids of records in `table` → the `field` of those records. Through a
  /// list of ids, the result is the list of their values (nulls left out, lists flattened).
  func follow(_ ids: Vector, table: Table, field: Int) -> Vector {
    let target = table.columns[field]
    switch ids {
    case .constant(let value, let count):
      if case .text(let id) = value, let row = table.rowsByID[id], !target.isList {
        return .constant(target.value(at: row), count: count)
      }
      if value.isNull && !target.isList { return .constant(.null, count: count) }
      return follow(.column(Column.from([Value](repeating: value, count: count), type: .text, list: value.isList)), table: table, field: field)
    case .column(let column):
      switch column.data {
      case .text(let codes, let dictionary):
        let rowOfCode = (0..<dictionary.count).map { Int32(table.rowsByID[dictionary.string(UInt32($0))] ?? -1) }
        let rows = codes.map { $0 == TextDictionary.nullCode ? -1 : rowOfCode[Int($0)] }
        return .column(target.gather(optionalRows: rows))
      case .list(_, let elements):
        guard case .column(let values) = follow(.column(elements), table: table, field: field) else {
          return .constant(.null, count: column.count)
        }
        return .column(Column.list(collecting: values, ranges: column.elementRanges()))
      default:
        return .constant(.null, count: column.count)
      }
    }
  }

  // MARK: - Arithmetic

  func negate(_ vector: Vector, range: SourceRange) throws(RuntimeFailure) -> Vector {
    switch Numbers(vector, asDecimal: vector.type == .decimal) {
    case .integers(let values, let nulls):
      var result = values
      for row in result.indices where !(nulls?.isNull(row) ?? false) {
        guard values[row] != Int64.min else { throw fail(.integerOverflow(Phrase("negation", zh: "取负数"), at: range)) }
        result[row] = -values[row]
      }
      return .column(Column(.integer(result), nulls: nulls))
    case .decimals(let values, let nulls):
      return .column(Column(.decimal(values.map { -$0 }), nulls: nulls))
    }
  }

  func binary(_ op: BinaryOperator, _ l: Vector, _ r: Vector, expression: TypedExpr) throws(RuntimeFailure) -> Vector {
    let count = l.count
    switch op {
    case .and:
      let a = l.truths()
      let b = r.truths()
      return .column(Column(.bool((0..<count).map { a[$0] && b[$0] })))
    case .or:
      let a = l.truths()
      let b = r.truths()
      return .column(Column(.bool((0..<count).map { a[$0] || b[$0] })))
    case .equal, .notEqual:
      // `!=` is the negation of `=`, also on lists: no value of the list is equal.
      let equal = try anyOf([l, r], count: count) { operands, count in
        Comparison.compare(.equal, operands[0], operands[1], count: count)
      }
      return .column(Column(.bool(op == .equal ? equal : equal.map { !$0 })))
    case .less, .lessEqual, .greater, .greaterEqual:
      return .column(Column(.bool(try anyOf([l, r], count: count) { operands, count in
        Comparison.compare(op, operands[0], operands[1], count: count)
      })))
    case .coalesce:
      if case .column(let list) = l, list.isList { return .column(coalesceList(list, r, type: expression.type)) }
      if case .constant(let value, _) = l, !value.isNull { return l }
      if case .constant(let value, _) = l, value.isNull { return r }
      var builder = ColumnBuilder(type: expression.type)
      for row in 0..<count {
        builder.append(l.isNull(row) ? r.value(at: row) : l.value(at: row))
      }
      return .column(builder.build())
    case .add, .subtract, .multiply, .divide:
      return try arithmetic(op, l, r, expression: expression)
    }
  }

  /// `+ - * /` over two vectors, in one typed loop a row (DuckDB's BinaryExecutor): a
  /// constant side is read as one number, never repeated into a column, and the loop runs
  /// over every row without asking the null mask. A row that overflows (or divides by
  /// zero) only sets a flag; if the flag is set, a second look finds the first such row that
  /// is not null and reports it. Null rows' slots are zero afterwards, as a built column's.
  func arithmetic(_ op: BinaryOperator, _ l: Vector, _ r: Vector, expression: TypedExpr) throws(RuntimeFailure) -> Vector {
    let count = l.count
    let asDecimal = expression.type == .decimal
    if l.isNullConstant || r.isNullConstant { return .column(Column.nulls(expression.type, count: count)) }
    let range = expression.range
    if !asDecimal, let a = Operand(integers: l), let b = Operand(integers: r) {
      let result: (values: [Int64], failed: Int?, nulls: NullMask?)
      switch op {
      case .add: result = Operand.run(count, a, b, IntegerAdd.self)
      case .subtract: result = Operand.run(count, a, b, IntegerSubtract.self)
      default: result = Operand.run(count, a, b, IntegerMultiply.self)
      }
      if let row = result.failed {
        throw fail(.integerOverflow(.same("\(a[row]) \(op.rawValue) \(b[row])"), at: range))
      }
      if case .same = a, case .same = b { return .constant(.integer(result.values.first ?? 0), count: count) }
      return .column(Column(.integer(result.values), nulls: result.nulls))
    }
    guard let a = Operand(decimals: l), let b = Operand(decimals: r) else {
      return .column(Column.nulls(expression.type, count: count))
    }
    // kexie's decimals are finite: a result beyond ±1.8e308 is an error, as an integer's
    // is, never an infinity (or a NaN from one) that compares and sorts wrongly later.
    let result: (values: [Double], failed: Int?, nulls: NullMask?)
    switch op {
    case .add: result = Operand.run(count, a, b, DecimalAdd.self)
    case .subtract: result = Operand.run(count, a, b, DecimalSubtract.self)
    case .multiply: result = Operand.run(count, a, b, DecimalMultiply.self)
    default: result = Operand.run(count, a, b, DecimalDivide.self)
    }
    if let row = result.failed {
      if op == .divide, b[row] == 0 { throw fail(.divisionByZero(at: range)) }
      throw fail(.decimalOverflow(.same("\(Value.format(a[row])) \(op.rawValue) \(Value.format(b[row]))"), at: range))
    }
    if case .same = a, case .same = b { return .constant(.decimal(result.values.first ?? 0), count: count) }
    return .column(Column(.decimal(result.values), nulls: result.nulls))
  }

  // MARK: - Functions

  func call(_ builtin: Builtin, _ vectors: [Vector], expression: TypedExpr, arguments: [TypedExpr]) throws(RuntimeFailure) -> Vector {
    let count = vectors.first?.count ?? count(nil)
    func apply(_ values: [Value]) throws(RuntimeFailure) -> Value {
      if !builtin.acceptsNull, values.contains(where: \.isNull) { return .null }
      do {
        return try builtin.evaluate(values)
      } catch {
        let range = error.argument.flatMap { $0 < arguments.count ? arguments[$0].range : nil } ?? expression.range
        throw fail(.invalidArgument(function: builtin.name, error.message, at: range))
      }
    }
    // A function of one text over a text column: its kernel, once per distinct value used.
    if let kernel = builtin.textKernel, vectors.count == 1, case .column(let column) = vectors[0],
      case .text(let codes, let dictionary) = column.data
    {
      return .column(try Evaluator.apply(kernel, codes: codes, dictionary: dictionary, type: expression.type, check: checkCancelled))
    }
    // All constant: one call.
    if vectors.allSatisfy({ if case .constant = $0 { true } else { false } }) {
      return .constant(try apply(vectors.map { $0.value(at: 0) }), count: count)
    }
    // One dictionary column, the rest constant: one call per distinct value.
    let columnIndices = vectors.indices.filter { if case .column = vectors[$0] { true } else { false } }
    if columnIndices.count == 1, case .column(let column) = vectors[columnIndices[0]],
      case .text(let codes, let dictionary) = column.data, dictionary.count < codes.count
    {
      var perCode: [Value] = []
      perCode.reserveCapacity(dictionary.count)
      for code in 0..<dictionary.count {
        var values = vectors.map { $0.value(at: 0) }
        values[columnIndices[0]] = .text(dictionary.string(UInt32(code)))
        perCode.append(try apply(values))
      }
      var nullValues = vectors.map { $0.value(at: 0) }
      nullValues[columnIndices[0]] = .null
      let nullResult = try apply(nullValues)
      return .column(Evaluator.expand(perCode, null: nullResult, codes: codes, type: expression.type))
    }
    var builder = ColumnBuilder(type: expression.type)
    for row in 0..<count {
      if row & 0xFFFF == 0 { try checkCancelled() }
      builder.append(try apply(vectors.map { $0.value(at: row) }))
    }
    return .column(builder.build())
  }

  /// A text kernel over dictionary codes: each distinct value used is computed once (a
  /// filtered column of a large dictionary computes only the values its rows hold), straight
  /// into a typed array, with no `Value` per row.
  static func apply(
    _ kernel: TextKernel, codes: [UInt32], dictionary: TextDictionary, type: DataType,
    check: () throws(RuntimeFailure) -> Void
  ) throws(RuntimeFailure) -> Column {
    let count = codes.count
    switch kernel {
    case .count(let measure):
      var nulls: NullMask?
      if codes.contains(TextDictionary.nullCode) {
        var mask = NullMask(count: count)
        for row in 0..<count where codes[row] == TextDictionary.nullCode { mask.set(row) }
        nulls = mask
      }
      let unknown = Int64.min
      var perCode = [Int64](repeating: unknown, count: dictionary.count)
      var values = [Int64](repeating: 0, count: count)
      try dictionary.bytes.withUnsafeBufferPointer { bytes throws(RuntimeFailure) in
        for row in 0..<count {
          if row & 0xFFFF == 0 { try check() }
          let code = codes[row]
          guard code != TextDictionary.nullCode else { continue }
          var value = perCode[Int(code)]
          if value == unknown {
            value = measure(dictionary.value(Int(code), in: bytes))
            perCode[Int(code)] = value
          }
          values[row] = value
        }
      }
      return Column(.integer(values), nulls: nulls)
    case .value(let body) where type == .text:
      // Text out: a new dictionary of the results, codes mapped once per distinct value.
      var builder = TextDictionaryBuilder()
      let unknown = TextDictionary.nullCode - 1
      var mapped = [UInt32](repeating: unknown, count: dictionary.count)
      var out = [UInt32](repeating: TextDictionary.nullCode, count: count)
      for row in 0..<count {
        if row & 0xFFFF == 0 { try check() }
        let code = codes[row]
        guard code != TextDictionary.nullCode else { continue }
        var result = mapped[Int(code)]
        if result == unknown {
          if case .text(let text) = body(dictionary.string(code)) { result = builder.intern(text) } else { result = TextDictionary.nullCode }
          mapped[Int(code)] = result
        }
        out[row] = result
      }
      return Column(.text(out, builder.build()))
    case .value(let body):
      // Another result type (no builtin has one yet): each distinct value once, into the
      // typed arrays `expand` fills.
      var perCode: [Value] = []
      perCode.reserveCapacity(dictionary.count)
      for code in 0..<dictionary.count {
        if code & 0xFFFF == 0 { try check() }
        perCode.append(body(dictionary.string(UInt32(code))))
      }
      return expand(perCode, null: .null, codes: codes, type: type)
    }
  }

  /// A column from one value per dictionary code: typed arrays filled by code, text through a
  /// new dictionary of the distinct results (no per-row `Value`s).
  static func expand(_ perCode: [Value], null: Value, codes: [UInt32], type: DataType) -> Column {
    let count = codes.count
    func lookup(_ code: UInt32) -> Value { code == TextDictionary.nullCode ? null : perCode[Int(code)] }
    var mask: NullMask?
    func markNulls() {
      if perCode.contains(where: \.isNull) || null.isNull {
        var built = NullMask(count: count)
        for row in 0..<count where lookup(codes[row]).isNull { built.set(row) }
        mask = built
      }
    }
    switch type {
    case .integer:
      func integer(_ value: Value) -> Int64 {
        if case .integer(let number) = value { return number }
        return 0
      }
      let values = perCode.map(integer)
      let nullValue = integer(null)
      markNulls()
      return Column(.integer(codes.map { $0 == TextDictionary.nullCode ? nullValue : values[Int($0)] }), nulls: mask)
    case .decimal:
      let values = perCode.map { $0.asDouble ?? 0 }
      let nullValue = null.asDouble ?? 0
      markNulls()
      return Column(.decimal(codes.map { $0 == TextDictionary.nullCode ? nullValue : values[Int($0)] }), nulls: mask)
    case .bool:
      func flag(_ value: Value) -> Bool {
        if case .bool(let flag) = value { return flag }
        return false
      }
      let values = perCode.map(flag)
      let nullValue = flag(null)
      markNulls()
      return Column(.bool(codes.map { $0 == TextDictionary.nullCode ? nullValue : values[Int($0)] }), nulls: mask)
    case .text, .null:
      var builder = TextDictionaryBuilder()
      let newCodes = perCode.map { value -> UInt32 in
        if case .text(let text) = value { return builder.intern(text) }
        return value.isNull ? TextDictionary.nullCode : builder.intern(value.description)
      }
      var nullCode = TextDictionary.nullCode
      if case .text(let text) = null { nullCode = builder.intern(text) }
      return Column(.text(codes.map { $0 == TextDictionary.nullCode ? nullCode : newCodes[Int($0)] }, builder.build()))
    }
  }

  // MARK: - Text tests

  func textTest(
    _ predicate: TextPredicate, _ text: Vector, _ pattern: Vector, range: SourceRange, count: Int
  ) throws(RuntimeFailure) -> [Bool] {
    if case .constant(.text(let needle), _) = pattern, case .column(let column) = text,
      case .text(let codes, let dictionary) = column.data
    {
      let perCode = try textTestPerValue(predicate, dictionary: dictionary, needle: needle, range: range)
      return codes.map { $0 != TextDictionary.nullCode && perCode[Int($0)] }
    }
    var flags = [Bool](repeating: false, count: count)
    for row in 0..<count {
      guard case .text(let haystack) = text.value(at: row), case .text(let needle) = pattern.value(at: row) else {
        continue
      }
      switch predicate {
      case .contains: flags[row] = TextSearch.contains(haystack, needle)
      case .startswith: flags[row] = haystack.utf8.starts(with: needle.utf8)
      case .endswith: flags[row] = haystack.utf8.reversed().starts(with: needle.utf8.reversed())
      case .matches:
        if row & 0x3F == 0 { try checkCancelled() }
        flags[row] = try context.regex(needle, range: range, in: file).matches(haystack)
      }
    }
    return flags
  }

  /// The test applied once to each distinct value of a dictionary.
  func textTestPerValue(
    _ predicate: TextPredicate, dictionary: TextDictionary, needle: String, range: SourceRange
  ) throws(RuntimeFailure) -> [Bool] {
    switch predicate {
    case .contains: return dictionary.matchContains(needle)
    case .startswith: return dictionary.matchAffix(needle, atStart: true)
    case .endswith: return dictionary.matchAffix(needle, atStart: false)
    case .matches:
      let compiled = try context.regex(needle, range: range, in: file)
      var result: [Bool] = []
      result.reserveCapacity(dictionary.count)
      for code in 0..<dictionary.count {
        // Before each value: a pattern over long texts takes long per value, and Ctrl-C must
        // land within a fraction of a second (an atomic load, next to the match itself).
        try checkCancelled()
        result.append(compiled.matches(dictionary.string(UInt32(code))))
      }
      return result
    }
  }
}

extension Column {
  /// The rows at `rows`; -1 gives null (for links that point nowhere, and outer joins).
  func gather(optionalRows rows: [Int32]) -> Column {
    if case .list(let offsets, let elements) = data {
      return Column.list(collecting: Column(.list(offsets: offsets, elements: elements)), ranges: rows.map { $0 < 0 ? 0..<0 : Int($0)..<(Int($0) + 1) })
    }
    var mask = NullMask(count: rows.count)
    var anyNull = false
    for (index, row) in rows.enumerated() where row < 0 || isNull(Int(row)) {
      mask.set(index)
      anyNull = true
    }
    let safe = rows.map { max($0, 0) }
    switch data {
    case .text(let codes, let dictionary):
      let gathered = rows.map { $0 < 0 ? TextDictionary.nullCode : codes[Int($0)] }
      return Column(.text(gathered, dictionary))
    default:
      guard count > 0 else { return Column.nulls(type, count: rows.count) }
      var column = gather(safe)
      column.nulls = anyNull ? mask : nil
      return column
    }
  }
}
