/// Every diagnostic kexie can report, with a stable code.
///
/// Codes are grouped by the stage that finds them:
/// E00 input, E01 tokens, E02 names, E03 syntax, E04 types, E05 running, E06 loading data,
/// E07 the shell and command line, W warnings, N notes from the tokenizer.
/// `.help CODE` in the REPL and docs/DIAGNOSTICS.md are both made from this table; the
/// `example` of each code is run by a test that checks it really reports that code.
public enum DiagnosticCode: String, CaseIterable, Sendable {
  // Input
  case invalidUTF8 = "E0001"
  case unreadableFile = "E0002"
  case writeFailed = "E0003"
  // Tokens
  case unterminatedString = "E0101"
  case unexpectedCharacter = "E0102"
  case invalidNumber = "E0103"
  case invalidEscape = "E0104"
  case unterminatedQuotedName = "E0105"
  case numberTooLarge = "E0106"
  case emptyQuotedName = "E0107"
  // Names
  case unknownSource = "E0201"
  case unknownFunction = "E0202"
  case unknownField = "E0203"
  case notALink = "E0204"
  case duplicateColumn = "E0205"
  case ambiguousField = "E0206"
  case reservedName = "E0207"
  // Syntax
  case expectedToken = "E0301"
  case unknownClause = "E0302"
  case foreignOperator = "E0303"
  case nestingTooDeep = "E0304"
  case assignmentInSummarize = "E0305"
  case sqlStyleQuery = "E0306"
  case clauseOnNewLine = "E0307"
  case invalidCount = "E0308"
  case tooManyClauses = "E0309"
  case queryTooDeep = "E0310"
  // Types
  case incomparableTypes = "E0401"
  case arithmeticType = "E0402"
  case conditionNotBoolean = "E0403"
  case wrongArgumentCount = "E0404"
  case argumentType = "E0405"
  case misplacedAggregate = "E0406"
  case notAnAggregate = "E0407"
  case listItemType = "E0408"
  case listValue = "E0409"
  case notAList = "E0410"
  // Running
  case divisionByZero = "E0501"
  case integerOverflow = "E0502"
  case invalidRegex = "E0503"
  case cancelled = "E0504"
  case invalidArgument = "E0505"
  case missingObject = "E0506"
  // Loading data
  case raggedRow = "E0601"
  case unclosedQuote = "E0602"
  case invalidUTF8InData = "E0603"
  case jsonSyntax = "E0604"
  case jsonShape = "E0605"
  case emptyData = "E0606"
  case duplicateHeader = "E0607"
  case tableNameTaken = "E0608"
  case danglingLink = "E0609"
  case textAfterQuote = "E0610"
  case duplicateKey = "E0611"
  case inputTooLarge = "E0612"
  // Shell and command line
  case unknownCommand = "E0701"
  case commandArgument = "E0702"
  case unknownOption = "E0703"
  case optionArgument = "E0704"
  // SQL and databases
  case notInDialect = "E0801"
  case databaseUnavailable = "E0802"
  case databaseFailure = "E0803"
  // Warnings
  case noMatchingValue = "W0101"
  case rebinding = "W0102"
  case keptAsText = "W0103"
  case pagerMissing = "W0104"
  case shadowsChineseName = "W0105"
  // Notes from the tokenizer
  case chineseQuote = "N0101"
  case chineseComma = "N0102"

  /// One line saying what the code is about.
  public var title: String {
    switch self {
    case .invalidUTF8: "the input is not valid UTF-8"
    case .unreadableFile: "a file could not be read"
    case .writeFailed: "output could not be written"
    case .unterminatedString: "a string literal has no closing quote"
    case .unexpectedCharacter: "a character that cannot start a token"
    case .invalidNumber: "a malformed number"
    case .invalidEscape: "an unknown escape sequence in a string"
    case .unterminatedQuotedName: "a quoted name has no closing quote"
    case .numberTooLarge: "an integer literal does not fit in 64 bits"
    case .emptyQuotedName: "a quoted name is empty"
    case .unknownSource: "no set, let binding or table has this name"
    case .unknownFunction: "no function has this name"
    case .unknownField: "the current rows have no field of this name"
    case .notALink: "a path goes through a field that is not a link"
    case .duplicateColumn: "two output columns have the same name"
    case .ambiguousField: "a field name exists on both sides of a join"
    case .reservedName: "a let binding would hide an entity set"
    case .expectedToken: "the parser expected something else here"
    case .unknownClause: "a word that is not a clause where a clause must start"
    case .foreignOperator: "an operator from another language"
    case .nestingTooDeep: "brackets or expressions nested too deeply"
    case .assignmentInSummarize: "'name = aggregate' instead of 'aggregate as name'"
    case .sqlStyleQuery: "a query written in SQL's order"
    case .clauseOnNewLine: "a clause on a new line without a leading '|'"
    case .invalidCount: "a row count that is not a whole number"
    case .tooManyClauses: "a query of more clauses than kexie runs"
    case .queryTooDeep: "lets built on lets deeper than kexie runs"
    case .incomparableTypes: "a comparison between values of different types"
    case .arithmeticType: "arithmetic on values that are not numbers"
    case .conditionNotBoolean: "a condition that is not true or false"
    case .wrongArgumentCount: "a function called with the wrong number of arguments"
    case .argumentType: "a function argument of the wrong type"
    case .misplacedAggregate: "an aggregate outside 'summarize'"
    case .notAnAggregate: "'summarize' given something that is not an aggregate"
    case .listItemType: "a list item of the wrong type"
    case .listValue: "a list field where one value is needed"
    case .notAList: "'expand' given something that is not a list field"
    case .divisionByZero: "division by zero"
    case .integerOverflow: "arithmetic beyond the range of its type (64-bit integers, finite decimals)"
    case .invalidRegex: "a regular expression that does not compile"
    case .cancelled: "the query was cancelled"
    case .invalidArgument: "a function argument with a value it cannot use"
    case .missingObject: "a query names a table or function the engine running it does not have"
    case .raggedRow: "a CSV row with more or fewer fields than the header"
    case .unclosedQuote: "a CSV field whose quote is never closed"
    case .invalidUTF8InData: "a data file that is not valid UTF-8"
    case .jsonSyntax: "a JSON syntax error"
    case .jsonShape: "JSON that is not an array of flat objects"
    case .emptyData: "a data file with no header or no data"
    case .duplicateHeader: "a data file with two columns of the same name"
    case .tableNameTaken: "a table name already in use by an entity set"
    case .danglingLink: "a link that points at no record"
    case .textAfterQuote: "a CSV field with text after its closing quote"
    case .duplicateKey: "a JSON object that names a key twice"
    case .inputTooLarge: "an input beyond one of kexie's limits"
    case .unknownCommand: "an unknown dot command"
    case .commandArgument: "a dot command given an argument it cannot use"
    case .unknownOption: "an unknown command-line option"
    case .optionArgument: "a command-line option given a bad or missing value"
    case .notInDialect: "a part of a query that a SQL dialect cannot say exactly"
    case .databaseUnavailable: "a database that cannot be opened or reached"
    case .databaseFailure: "a database that stopped a query"
    case .noMatchingValue: "a string that matches no value of the field it is compared with"
    case .rebinding: "a let binding replaces an earlier one"
    case .keptAsText: "a column kept as text, since a number in it would change"
    case .pagerMissing: "the pager cannot be found"
    case .shadowsChineseName: "a let or table takes the Chinese name of a set"
    case .chineseQuote: "Chinese quotation marks read as string quotes"
    case .chineseComma: "'、' read as a list separator"
    }
  }

  /// A short explanation for `.help CODE`: why it happens and what to do.
  public var explanation: String {
    switch self {
    case .invalidUTF8:
      "kexie reads scripts as UTF-8. The position points at the first byte that is not part of a valid UTF-8 sequence; re-save the file as UTF-8."
    case .writeFailed:
      "Every write is checked. When results cannot be written — a full disk, a closed pipe, a file that became unwritable — kexie says so, and where: standard output stops the run (exit status 74); a file of .output or .once fails the statement, and the rest of the file may be missing."
    case .unreadableFile:
      "The file does not exist, is a directory, or cannot be opened. Check the path; relative paths are relative to the current directory."
    case .unterminatedString:
      "A string starts with \" or ' (or “ or ‘) and the input ends before the matching quote. Strings may span lines, so a missing quote takes the rest of the input with it: the caret points at the quote that opened the string."
    case .unexpectedCharacter:
      "This character cannot start any token. Names are letters, digits and _ (Chinese letters too); quote other names with `…` or 「…」."
    case .invalidNumber:
      "A number is digits with an optional fraction and exponent (58.7, 1e6), optionally followed by one Chinese unit or % (58.7万, 1.5亿, 35%)."
    case .invalidEscape:
      "Inside a string, \\ starts an escape: \\\" \\' \\\\ \\n \\t \\r \\u{4E2D}. Write \\\\ for a backslash."
    case .unterminatedQuotedName:
      "A name quoted with ` or 「 must end with ` or 」 on the same line."
    case .numberTooLarge:
      "Integers are 64-bit: from -9223372036854775808 to 9223372036854775807. Write a decimal (1e20) for larger magnitudes."
    case .emptyQuotedName:
      "`` or 「」 quotes nothing; a name needs at least one character."
    case .unknownSource:
      "A query starts from an entity set (events, orgs, people, places, programs, figures, sections, contacts), a name bound with let, or a table loaded with .load. '.sets' lists them."
    case .unknownFunction:
      "'.help functions' lists every function with its arguments."
    case .unknownField:
      "Field names are case-sensitive. The note lists the fields the rows have at this point of the pipeline: a select or summarize earlier in the pipeline keeps only the columns it names."
    case .notALink:
      "A path like organizer.name follows a link field to the record it points at. Only link fields (shown with → in .schema) can be followed."
    case .duplicateColumn:
      "Every column of a result needs its own name. Rename one with 'as'."
    case .ambiguousField:
      "After a join both tables have a field of this name. Write TABLE.field to say which one."
    case .reservedName:
      "let cannot bind a name that already names an entity set or a loaded table; choose another name."
    case .expectedToken:
      "The parser stopped where the text no longer fits the grammar (grammar/kexie.ebnf). The caret shows where; the message says what would fit."
    case .unknownClause:
      "After a source, each clause starts with its keyword (the note lists them; '.help clauses' shows each with its syntax). A word from another query language gets the kexie clause it means."
    case .foreignOperator:
      "kexie spells logic with words: 'and', 'or', 'not'. Regular expressions use 'matches'."
    case .nestingTooDeep:
      "Brackets and expressions may nest at most 256 levels deep."
    case .assignmentInSummarize:
      "kexie names an aggregate after it: 'summarize count() as n', not 'summarize n = count()'."
    case .sqlStyleQuery:
      "kexie queries start with their source and flow left to right: 'events | where … | select …', not 'select … from events where …'."
    case .clauseOnNewLine:
      "A newline ends a statement. To continue a query on the next line, start that line with '|' (or end the previous line with '|')."
    case .invalidCount:
      "limit, take and top take a whole number of rows, 0 or more."
    case .tooManyClauses:
      "A query may have at most 500 clauses, counting those of the let bindings it builds on (docs/LIMITS.md). Several extends can be one: 'extend a as x, b as y'."
    case .queryTooDeep:
      "A query may build on at most 256 let bindings or sub-queries nested in each other (docs/LIMITS.md). Each level is a step every engine runs inside the next."
    case .incomparableTypes:
      "Both sides of a comparison must have the same type: numbers with numbers, text with text. Quote a number to compare it as text, or use to_int()/to_text()."
    case .arithmeticType:
      "+ - * / and unary - work on numbers. Use concat() to join text."
    case .conditionNotBoolean:
      "where keeps the rows for which its condition is true, so the condition must be a comparison or another true/false value."
    case .wrongArgumentCount:
      "'.help functions' shows how many arguments each function takes."
    case .argumentType:
      "'.help functions' shows the argument types of each function."
    case .misplacedAggregate:
      "count(), sum(), avg(), min(), max() and count_distinct() summarize many rows into one value, so they belong in 'summarize … [by …]'."
    case .notAnAggregate:
      "Each item of summarize must be an aggregate such as count() or sum(participants); put grouping fields after 'by'."
    case .listItemType:
      "Every item of an 'in (…)' list must have the type of the value tested."
    case .listValue:
      "A list field (shown as 'list of …' in .schema) holds any number of values per record. Comparisons and text tests on it hold when they hold for any of its values, but arithmetic, most functions and 'and'/'or' need one value: 'expand' it first to get one row per value, or use size(…) for how many it holds."
    case .notAList:
      "'expand FIELD' turns each value of a list field into a row of its own. The field named is not a list (its type in .schema does not start with 'list of'), so there is nothing to expand."
    case .divisionByZero:
      "Integer and decimal division by zero is an error rather than a silent null. Filter the zero rows out first, or use nullif-style logic with '??'."
    case .integerOverflow:
      "Integer arithmetic is exact and 64-bit; a result that does not fit is an error, never a wrap-around. Convert to decimal with to_decimal() for very large sums. Decimals are finite (up to ±1.8e308): a result beyond is an error too, never an infinity or a NaN."
    case .invalidRegex:
      "'matches' takes RE2's syntax without look-around and back-references, which need backtracking: kexie's patterns run in time linear in the text (docs/LANGUAGE.md, Patterns). The caret points at the character the pattern goes wrong at."
    case .cancelled:
      "Ctrl-C cancels a running query and returns to the prompt."
    case .invalidArgument:
      "The function received a value outside the range it accepts; '.help functions' says which."
    case .missingObject:
      "The query was checked against tables and functions that the engine running it no longer has: a database table dropped since it was attached, or a let bound before its table was replaced and then dropped. Check the query again (.sets lists the tables)."
    case .raggedRow:
      "Every row of a CSV or TSV file must have as many fields as the header. Quote fields that contain the separator."
    case .unclosedQuote:
      "A field starting with \" runs to the next \" not followed by another \"; the file ended first."
    case .invalidUTF8InData:
      "Data files must be UTF-8. The message gives the byte offset of the first bad byte."
    case .jsonSyntax:
      "The JSON text is malformed at the position shown."
    case .jsonShape:
      "kexie loads a JSON array of objects, or JSON Lines (one object per line); values must be strings, numbers, booleans or null."
    case .emptyData:
      "A CSV file needs a header row; JSON needs at least one object to learn the columns from."
    case .duplicateHeader:
      "Column names must be unique within a table."
    case .tableNameTaken:
      "Loaded tables may not take the name of an entity set. Choose a name with 'as NAME' (or FILE=NAME on the command line)."
    case .danglingLink:
      "Every link field in the dataset must name the id of a record in its target set."
    case .textAfterQuote:
      "A quoted field ends at its closing quote, and the next character must be the separator or the end of the line. To put a quote inside a field, quote the whole field and write the quote twice: \"say \"\"hi\"\"\"."
    case .duplicateKey:
      "Each key of a JSON object names a column; an object that names one twice would lose one of the values, so the file does not load."
    case .inputTooLarge:
      "kexie holds some inputs whole while it reads them: a record of a data file, a data file read from a pipe, a script. Each has a limit (docs/LIMITS.md); the message names the one reached. Save a pipe's data to a file, or split the input."
    case .unknownCommand:
      "'.help' lists the dot commands. A unique prefix (.ti for .timer) also works."
    case .commandArgument:
      "'.help COMMAND' shows the arguments a dot command takes."
    case .unknownOption:
      "'kexie --help' lists every option."
    case .optionArgument:
      "'kexie --help' shows what each option takes."
    case .notInDialect:
      "kexie writes SQL only where it gives exactly kexie's answer. This part of the query has no exact SQL in the dialect asked for (the message says why): '.sql' and '--emit-sql' stop here. When a database runs the query, the SQL covers the clauses before this one and kexie runs the rest on the rows the database returns, so the answer is still exact."
    case .databaseUnavailable:
      "The database file is missing, is not a database, is locked or damaged, or the server cannot be reached. The message gives the database's own words; for PostgreSQL, the host and the reason (a password is never shown)."
    case .databaseFailure:
      "The database stopped the query: its own message follows. A lost connection ends the query; reconnect with .open."
    case .noMatchingValue:
      "The query ran, but the string it compares with matches no value of that field in the data, so it probably selects nothing. The note suggests the closest existing values."
    case .rebinding:
      "let binds a name to a query; binding the same name again replaces the old query for later statements."
    case .keptAsText:
      "A column of numbers loads as integers or decimals only when every value keeps its exact digits: a whole number beyond 64 bits, a decimal beyond ±1.8e308, or an integer beyond 2^53 beside a decimal would change. The column stays text, as written; to_int() and to_decimal() read its values when a rounded number is what you want."
    case .shadowsChineseName:
      "Every set has a Chinese name (活动 is events) that queries may use. A let binding or a loaded table of that name wins: from then on the name means it, and the set is still there under its English name. Pick another name to keep both."
    case .pagerMissing:
      "On a terminal, a result taller or wider than the screen goes to a pager: $PAGER when it is set, else 'less -SRFX'. When that program cannot be found, results are written to the terminal directly. Install less, set PAGER to a pager you have (an empty PAGER turns paging off), or turn it off with .pager off."
    case .chineseQuote:
      "Chinese quotation marks “…” and ‘…’ are accepted as string quotes, so text typed with a Chinese input method works. The string's contents are kept exactly."
    case .chineseComma:
      "The enumeration comma 、 is accepted as ',' between list items."
    }
  }

  /// A kexie script that reports this code (run by a test, shown by `.help CODE` and the docs).
  /// nil for codes that need a file or the command line to happen.
  public var example: String? {
    switch self {
    case .invalidUTF8, .unreadableFile, .writeFailed, .cancelled, .missingObject, .databaseUnavailable, .databaseFailure, .raggedRow, .unclosedQuote,
      .invalidUTF8InData, .jsonSyntax, .jsonShape, .emptyData, .duplicateHeader,
      .danglingLink, .unknownOption, .optionArgument, .textAfterQuote, .duplicateKey, .inputTooLarge, .keptAsText:
      nil
    case .unterminatedString: #"events where name = "科普" and county = "淅川"#
    case .unexpectedCharacter: #"events where county = "淅川" @ 1"#
    case .invalidNumber: #"events where county = "淅川" and participants > 1e"#
    case .invalidEscape: #"events where name contains "科普\q""#
    case .unterminatedQuotedName: "events | select name as 名称, `kind"
    case .numberTooLarge: #"events where county = "淅川" and participants > 99999999999999999999"#
    case .emptyQuotedName: "events | select name as 名称, ``"
    case .unknownSource: "# 查询活动\nevent | count"
    case .unknownFunction: "events | select name as 名称, lenght(name)"
    case .unknownField: "# 淅川的活动\nevents where countyy = \"淅川\""
    case .notALink: #"events where county = "淅川" | select county.name"#
    case .duplicateColumn: "events | select name as 名称, kind as 名称"
    case .ambiguousField: "events | join orgs on organizer = id | select orgs.name as 组织, name"
    case .reservedName: "# 重新命名\nlet events = orgs"
    case .expectedToken: "events | select name as 名称,"
    case .unknownClause: "events where county = '淅川' filter year = 2021"
    case .foreignOperator: "events where county = '淅川' && year = 2021"
    case .nestingTooDeep, .tooManyClauses, .queryTooDeep: nil
    case .assignmentInSummarize: #"events where county = "淅川" | summarize n = count()"#
    case .sqlStyleQuery: "# 旧习惯\nselect name from events"
    case .clauseOnNewLine: "events | select name as 名称\nwhere county = '淅川'"
    case .invalidCount: #"events where county = "淅川" | limit 2.5"#
    case .incomparableTypes: #"events where county = "淅川" and participants = "500""#
    case .arithmeticType: #"events where county = "淅川" | select name + 1"#
    case .conditionNotBoolean: #"events where county = "淅川" and participants"#
    case .wrongArgumentCount: "events | select name as 名称, length(name, 2)"
    case .argumentType: "events | select name as 名称, length(participants)"
    case .misplacedAggregate: #"events where county = "淅川" and count() > 1"#
    case .notAnAggregate: #"events where county = "淅川" | summarize name"#
    case .listItemType: #"events where county = "淅川" and year in (2021, '2020')"#
    case .listValue: #"events where county = "淅川" | select upper(county)"#
    case .notAList: #"events where county = "淅川" | expand name"#
    case .divisionByZero: #"events where name = "仲景经方公益论坛" | select participants / 0"#
    case .integerOverflow: #"events where name = "仲景经方公益论坛" | select 9223372036854775807 + participants"#
    case .invalidRegex: #"events where county = "淅川" and name matches '科普('"#
    case .invalidArgument: #"events where county = "淅川" | select round(1.5, 99)"#
    case .tableNameTaken: nil
    case .unknownCommand: "# 计时\n.tiemr on"
    case .commandArgument: "# 输出格式\n.mode sideways"
    case .notInDialect: nil
    case .noMatchingValue: #"events where name contains "科普" and county = "西川""#
    case .rebinding: "let 大活动 = events\nlet 大活动 = orgs"
    case .pagerMissing: nil
    case .shadowsChineseName: "let 淅川的 = events | where county = \"淅川\"\nlet 活动 = 淅川的"
    case .chineseQuote: #"events where name contains "科普" or county = “淅川”"#
    case .chineseComma: "events where county in (“淅川”、“南召”)"
    }
  }

  public var severity: Severity {
    switch rawValue.first {
    case "W": .warning
    case "N": .note
    default: .error
    }
  }

  /// Looks a code up by its text, case-insensitively ("e0203" works).
  public static func named(_ text: String) -> DiagnosticCode? {
    DiagnosticCode(rawValue: text.uppercased())
  }
}
