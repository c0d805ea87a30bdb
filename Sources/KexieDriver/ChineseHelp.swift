import KexieDiagnostics
import KexieOutput
import KexieSemantics
import KexieSyntax

/// The help texts in Chinese, beside the English ones in their tables (`Session.commands`,
/// `ClauseHelp.all`, `Builtins.all`, `OutputFormat`). Keyed by name; a test fails when an
/// entry of any of those tables has no Chinese text here (and when a key here names nothing).
/// The terms are docs/GLOSSARY.md's.
enum ChineseHelp {
  static let commands: [String: String] = [
    "help": "显示帮助：所有命令、某个命令、函数、子句或错误编号",
    "quit": "退出 kexie",
    "exit": "退出 kexie",
    "sets": "列出所有集合和读入的表，以及它们的记录数",
    "schema": "显示集合、表或命名查询的字段：类型、链接和中文名",
    "mode": "设置输出格式：table、box、ascii、markdown、csv、tsv、json、jsonl、line",
    "numbers": "表格里数字的写法：15066000、15,066,000（终端上的默认）或 1506.6万",
    "timer": "显示每个查询用了多长时间（查询和输出分开计）",
    "echo": "在结果前先显示每条语句",
    "bail": "脚本遇到第一个错误就停下",
    "read": "运行一个脚本文件",
    "output": "把结果写到文件里，或改回标准输出",
    "once": "把下一个结果写到文件里",
    "maxrows": "表格最多显示 N 行（0 表示全部）；默认按终端的高度",
    "nullvalue": "表格里空值的显示方式（默认 null）",
    "lets": "列出所有命名查询",
    "lang": "kexie 说的语言：提示信息、.help 错误编号和行数（默认跟随系统语言，zh_* 为中文）",
    "pager": "比屏幕高或宽的结果交给分页器（$PAGER，否则 less -SRFX）",
    "last": "把上一个结果完整地再显示一遍：所有行和列，不截断（经过分页器）",
    "edit": "用 $VISUAL 或 $EDITOR（否则 vi）编辑上一个查询，编辑器退出后运行它",
    "history": "列出输入过的语句",
    "load": "把 CSV、TSV、JSON 或 JSON Lines 文件读成一张表（名字默认取文件名）",
    "open": "连接一个 SQLite 文件或 PostgreSQL 数据库（只读）：它的表成为集合",
    "databases": "列出连接的数据库和它们的表",
    "save": "把集合和读入的表写进一个新的 SQLite 文件（链接写成外键）",
    "dump": "把集合（全部或指定的）写成能重建它们的 SQL，供 sqlite3 或 psql -f 使用",
    "sql": "把查询写成能得到 kexie 同样答案的 SQL（方言会保留给之后的 .sql）",
    "tokens": "显示查询的词：种类、原文、位置，以及词法分析器做了什么规范化",
    "ast": "显示查询的语法树",
    "plan": "显示查询检查后的执行计划：每个名字都已解析，每个类型都已确定",
    "explain": "运行查询，显示每一步的输入行数、输出行数和用时",
    "fmt": "把查询写成规范格式：每个子句一行，规范的关键词（zh：用中文词）",
    "steps": "在查询的每个子句之后，显示到这一步为止的记录",
    "source": "显示一条记录出自报告的哪一句，并标出其中的词",
  ]

  static let clauses: [String: String] = [
    "where": "保留条件为真的记录（空值算作假）；中文写作 筛选",
    "select": "只保留这些列，每列由每条记录算出；* 表示所有可见的列；中文写作 选取",
    "extend": "添加算出来的列（或替换同名的列）；中文写作 扩展",
    "sort": "给记录排序：默认升序，空值排在最后，相等的保持原来的顺序；中文写作 排序 … 升序/降序",
    "limit": "保留前 N 条记录；中文写作 取",
    "top": "键最大的 N 条记录（默认降序）；中文写作 前 N 按",
    "count": "数记录条数（一行，一个 count 列），或每组的条数，多的在前；中文写作 计数、计数 按",
    "summarize": "汇总记录，有“按”时分组汇总，各组按第一次出现的顺序；中文写作 汇总 … 按",
    "distinct": "每种不同的组合一行，按第一次出现的顺序；中文写作 去重",
    "expand": "列表字段的每个值各占一行（没有值的记录保留一行，值为空）；中文写作 展开",
    "join": "加上 TABLE 里匹配记录的字段；left join 保留没有匹配的记录；中文写作 连接 … 于",
    "cite": "每条记录后面显示它出自报告的原句；中文写作 出处",
    "let": "给查询起名字，后面的语句可以从这个名字开始；中文写作 令",
  ]

  static let functions: [String: String] = [
    "count": "记录条数，或 x 的非空值个数",
    "count_distinct": "x 的不同非空值的个数",
    "sum": "非空值的总和（没有非空值时为空）",
    "avg": "非空值的平均数",
    "min": "最小的非空值（文本按字节顺序）",
    "max": "最大的非空值",
    "length": "字符个数（淅川 是 2）",
    "width": "在终端上占的列数（一个汉字占 2 列）",
    "lower": "字母变小写",
    "upper": "字母变大写",
    "trim": "去掉两端的空白",
    "substr": "从 start（从 1 数起）开始的字符，最多 length 个",
    "replace": "把 text 里的每个 from 换成 to",
    "concat": "把各个值作为文本依次连起来（空值跳过；列表写作 淅川、南召）",
    "to_text": "把值变成文本（列表的值用 、 连起来）",
    "size": "列表字段有几个值（没有值为 0）",
    "to_int": "把值变成整数：小数截掉小数部分，文本按数字解析（不是数字时为空）",
    "to_decimal": "把值变成小数（文本按数字解析，不是数字时为空）",
    "round": "四舍五入（远离零）到 digits（0–15）位小数",
    "abs": "去掉符号的值",
    "coalesce": "第一个不为空的参数（和 x ?? y ?? … 一样）",
  ]

  static let formats: [String: String] = [
    "table": "对齐的列，ASCII 分隔线（终端上的默认）",
    "box": "对齐的列，Unicode 方框线",
    "ascii": "完整的 ASCII 表格线",
    "markdown": "Markdown 表格",
    "csv": "逗号分隔（RFC 4180）",
    "tsv": "制表符分隔",
    "json": "由对象组成的 JSON 数组",
    "jsonl": "JSON Lines：每行一个对象",
    "line": "每个值一行：列 = 值",
  ]

  /// The overview's lines after the example query.
  static let overviewIntro = "kexie 的查询从一个集合开始，依次经过各个子句："
  static let aggregatesNote = "汇总函数（count、count_distinct、sum、avg、min、max）写在 汇总（summarize）里。"
}

extension Session {
  var chineseHelp: Bool { settings.language == .zh }

  func summary(of command: ReplCommand) -> String {
    chineseHelp ? ChineseHelp.commands[command.name] ?? command.summary : command.summary
  }

  func summary(of clause: ClauseHelp) -> String {
    chineseHelp ? ChineseHelp.clauses[clause.keyword] ?? clause.summary : clause.summary
  }

  func summary(of builtin: Builtin) -> String {
    chineseHelp ? ChineseHelp.functions[builtin.name] ?? builtin.summary : builtin.summary
  }

  func summary(of format: OutputFormat) -> String {
    chineseHelp ? ChineseHelp.formats[format.rawValue] ?? format.summary : format.summary
  }
}
