/// Each code's title and explanation in Chinese, beside the English ones in
/// DiagnosticCode.swift. The switches are exhaustive, so a new code does not compile until it
/// has both languages. The terms are docs/GLOSSARY.md's (集合, 字段, 子句, 脱字符, …).
extension DiagnosticCode {
  /// The title in Chinese.
  public var chineseTitle: String {
    switch self {
    case .invalidUTF8: "输入不是有效的 UTF-8"
    case .unreadableFile: "文件读不出来"
    case .writeFailed: "输出写不进去"
    case .unterminatedString: "字符串缺少结尾的引号"
    case .unexpectedCharacter: "这个字符不能作为词的开头"
    case .invalidNumber: "数字写得不对"
    case .invalidEscape: "字符串里有不认识的转义"
    case .unterminatedQuotedName: "加引号的名字缺少结尾的引号"
    case .numberTooLarge: "整数超出了 64 位的范围"
    case .emptyQuotedName: "加引号的名字是空的"
    case .unknownSource: "没有叫这个名字的集合、命名查询或表"
    case .unknownFunction: "没有叫这个名字的函数"
    case .unknownField: "当前的记录没有这个字段"
    case .notALink: "路径经过的字段不是链接"
    case .duplicateColumn: "结果里有两列同名"
    case .ambiguousField: "连接的两边都有这个字段"
    case .reservedName: "命名查询会遮住一个集合"
    case .expectedToken: "这里应该是别的内容"
    case .unknownClause: "该写子句的地方写了别的词"
    case .foreignOperator: "别的语言的运算符"
    case .nestingTooDeep: "括号或表达式嵌套太深"
    case .assignmentInSummarize: "写成了“名字 = 汇总函数”，应写“汇总函数 为 名字”"
    case .sqlStyleQuery: "按 SQL 的顺序写的查询"
    case .clauseOnNewLine: "子句另起一行，前面却没有 |"
    case .invalidCount: "行数不是整数"
    case .tooManyClauses: "查询的子句太多"
    case .queryTooDeep: "命名查询层层套用，太深了"
    case .incomparableTypes: "比较的两个值类型不同"
    case .arithmeticType: "对不是数字的值做算术"
    case .conditionNotBoolean: "条件算出来不是真或假"
    case .wrongArgumentCount: "函数的参数个数不对"
    case .argumentType: "函数参数的类型不对"
    case .misplacedAggregate: "汇总函数用在了汇总之外"
    case .notAnAggregate: "汇总里写了不是汇总函数的东西"
    case .listItemType: "列表里某一项的类型不对"
    case .listValue: "需要一个值的地方用了列表字段"
    case .notAList: "展开的不是列表字段"
    case .divisionByZero: "除数为零"
    case .integerOverflow: "算术结果超出了类型的范围（64 位整数、有限小数）"
    case .invalidRegex: "正则表达式写得不对"
    case .cancelled: "查询被取消了"
    case .invalidArgument: "函数参数的值用不了"
    case .missingObject: "运行查询的引擎没有查询用到的表或函数"
    case .raggedRow: "CSV 的某一行字段数和表头不一样"
    case .unclosedQuote: "CSV 字段的引号没有闭合"
    case .invalidUTF8InData: "数据文件不是有效的 UTF-8"
    case .jsonSyntax: "JSON 语法错误"
    case .jsonShape: "JSON 不是由扁平对象组成的数组"
    case .emptyData: "数据文件没有表头或没有数据"
    case .duplicateHeader: "数据文件里有两列同名"
    case .tableNameTaken: "表名已经被集合占用"
    case .danglingLink: "链接指向的记录不存在"
    case .textAfterQuote: "CSV 字段的结尾引号后面还有文字"
    case .duplicateKey: "JSON 对象里同一个键出现了两次"
    case .inputTooLarge: "输入超出了 kexie 的某项上限"
    case .unknownCommand: "不认识的点命令"
    case .commandArgument: "点命令的参数用不了"
    case .unknownOption: "不认识的命令行选项"
    case .optionArgument: "命令行选项的值有误或缺失"
    case .notInDialect: "查询的某一部分无法用这种 SQL 方言准确表达"
    case .databaseUnavailable: "数据库打不开或连不上"
    case .databaseFailure: "数据库中止了查询"
    case .noMatchingValue: "字符串和所比较字段的任何值都对不上"
    case .rebinding: "命名查询替换了之前的同名查询"
    case .keptAsText: "某列保留为文本，因为转成数字会改变其中的值"
    case .pagerMissing: "找不到分页器"
    case .shadowsChineseName: "命名查询或表用了某个集合的中文名"
    case .chineseQuote: "中文引号当作字符串的引号"
    case .chineseComma: "顿号“、”当作列表的分隔符"
    }
  }

  /// The explanation in Chinese, for `.help CODE` and docs/DIAGNOSTICS.zh.md.
  public var chineseExplanation: String {
    switch self {
    case .invalidUTF8:
      "kexie 按 UTF-8 读取脚本。位置指向第一个不属于有效 UTF-8 序列的字节；请把文件另存为 UTF-8。"
    case .writeFailed:
      "每次写入都会检查。结果写不进去时（磁盘满了、管道关了、文件变得不可写），kexie 会说明情况和位置：标准输出写不进去时整个运行停止（退出状态 74）；.output 或 .once 的文件写不进去时，这条语句失败，文件的后半部分可能缺失。"
    case .unreadableFile:
      "文件不存在、是一个目录，或者打不开。请检查路径；相对路径从当前目录算起。"
    case .unterminatedString:
      "字符串以 \" 或 '（或 “、‘）开头，但到输入结束都没有对应的结尾引号。字符串可以跨行，所以少一个引号会把后面的内容都吞进去：脱字符指向开始这个字符串的引号。"
    case .unexpectedCharacter:
      "这个字符不能作为任何词的开头。名字由字母、数字和 _ 组成（也可以是汉字）；其他名字请用 `…` 或 「…」 括起来。"
    case .invalidNumber:
      "数字由数字、可选的小数部分和指数组成（58.7、1e6），后面可以跟一个中文单位或 %（58.7万、1.5亿、35%）。"
    case .invalidEscape:
      "在字符串里，\\ 表示转义：\\\" \\' \\\\ \\n \\t \\r \\u{4E2D}。反斜杠本身要写成 \\\\。"
    case .unterminatedQuotedName:
      "用 ` 或 「 括起来的名字，必须在同一行里以 ` 或 」 结束。"
    case .numberTooLarge:
      "整数是 64 位的：从 -9223372036854775808 到 9223372036854775807。更大的数请写成小数（1e20）。"
    case .emptyQuotedName:
      "`` 或 「」 里什么都没有；名字至少要有一个字符。"
    case .unknownSource:
      "查询从一个集合开始（活动 events、组织 orgs、人物 people、地点 places、项目 programs、数字 figures、部分 sections、联系方式 contacts、提及 mentions），也可以从用“令”命名的查询或用 .load 读入的表开始。.sets 会列出它们。"
    case .unknownFunction:
      ".help functions 列出每个函数和它的参数。"
    case .unknownField:
      "字段名区分大小写。说明里列出了管道此处的记录有哪些字段：前面的选取或汇总只保留它写到的列。"
    case .notALink:
      "像 主办方.名称 这样的路径，是沿着链接字段找到它指向的记录。只有链接字段（.schema 里标着 →）才能这样走。"
    case .duplicateColumn:
      "结果的每一列都要有自己的名字。用“为”（as）给其中一列改个名。"
    case .ambiguousField:
      "连接之后，两张表都有这个名字的字段。写成 表名.字段 来说明要哪一个。"
    case .reservedName:
      "“令”（let）不能使用已经是集合或已读入的表的名字；请换一个名字。"
    case .expectedToken:
      "语法分析器在文字不再符合语法（grammar/kexie.ebnf）的地方停了下来。脱字符标出位置，提示信息说明这里可以写什么。"
    case .unknownClause:
      "在来源之后，每个子句都以自己的关键词开头（说明里列出了它们；.help clauses 给出每个子句的写法）。别的查询语言里的词会提示对应的 kexie 子句。"
    case .foreignOperator:
      "kexie 用词来写逻辑：且（and）、或（or）、非（not）。正则表达式用“匹配”（matches）。"
    case .nestingTooDeep:
      "括号和表达式最多嵌套 256 层。"
    case .assignmentInSummarize:
      "kexie 把名字写在汇总函数后面：汇总 count() 为 数量（summarize count() as n），而不是 汇总 数量 = count()。"
    case .sqlStyleQuery:
      "kexie 的查询先写来源，再从左往右依次处理：活动 | 筛选 … | 选取 …（events | where … | select …），而不是 select … from events where …。"
    case .clauseOnNewLine:
      "换行会结束一条语句。要在下一行接着写查询，请让下一行以 | 开头（或让上一行以 | 结尾）。"
    case .invalidCount:
      "取（limit、take）和 前（top）后面要写一个整数行数，可以是 0。"
    case .tooManyClauses:
      "一个查询最多 500 个子句，它所依赖的命名查询的子句也算在内（docs/LIMITS.md）。几个“扩展”可以合成一个：扩展 a 为 x, b 为 y。"
    case .queryTooDeep:
      "一个查询最多可以依赖 256 层互相套用的命名查询或子查询（docs/LIMITS.md）。每一层都是引擎要在下一层里面运行的一步。"
    case .incomparableTypes:
      "比较的两边类型必须相同：数字和数字比，文本和文本比。要把数字当文本比较就给它加上引号，或者用 to_int()、to_text() 转换。"
    case .arithmeticType:
      "+ - * / 和负号只能用于数字。连接文本请用 concat()。"
    case .conditionNotBoolean:
      "筛选只保留条件为真的记录，所以条件必须是一个比较，或者其他能算出真或假的值。"
    case .wrongArgumentCount:
      ".help functions 列出每个函数要几个参数。"
    case .argumentType:
      ".help functions 列出每个函数参数的类型。"
    case .misplacedAggregate:
      "count()、sum()、avg()、min()、max() 和 count_distinct() 把多条记录汇成一个值，所以它们要写在 汇总 … [按 …]（summarize … [by …]）里。"
    case .notAnAggregate:
      "汇总里的每一项都必须是汇总函数，比如 count() 或 sum(参与人数)；分组用的字段写在“按”后面。"
    case .listItemType:
      "“属于 (…)”列表里的每一项，类型都必须和被检验的值相同。"
    case .listValue:
      "列表字段（.schema 里类型写着 list of …）每条记录可以有任意多个值。对它做比较和文本检验时，只要有一个值符合就成立；但算术、大多数函数以及 且/或 都需要一个值：先用“展开”（expand）让每个值各占一行，或者用 size(…) 得到它有几个值。"
    case .notAList:
      "“展开 字段”把列表字段的每个值变成单独的一行。这里的字段不是列表（它在 .schema 里的类型不是以 list of 开头），没有什么可展开的。"
    case .divisionByZero:
      "整数和小数除以零都是错误，而不会悄悄变成空值。请先把除数为零的记录筛掉，或者用 ?? 给出替代值。"
    case .integerOverflow:
      "整数运算是精确的 64 位运算；放不下的结果是错误，绝不会回绕。很大的和请先用 to_decimal() 转成小数。小数是有限的（最大约 ±1.8e308）：超出范围同样是错误，绝不会变成无穷大或 NaN。"
    case .invalidRegex:
      "“匹配”（matches）使用 RE2 的语法，不支持需要回溯的环视和反向引用：kexie 的模式运行时间与文本长度成正比（docs/LANGUAGE.md，Patterns 一节）。脱字符指向模式出错的那个字符。"
    case .cancelled:
      "Ctrl-C 会取消正在运行的查询，回到提示符。"
    case .invalidArgument:
      "函数收到的值超出了它能接受的范围；.help functions 说明了范围。"
    case .missingObject:
      "查询检查时用到的表或函数，运行它的引擎已经没有了：可能是连接数据库之后那张表被删除了，也可能是命名查询所依赖的表被替换后又被删掉了。请重新检查这个查询（.sets 列出现有的表）。"
    case .raggedRow:
      "CSV 或 TSV 文件的每一行，字段数都必须和表头一样多。含有分隔符的字段要加引号。"
    case .unclosedQuote:
      "以 \" 开头的字段，一直延续到下一个后面不再跟着 \" 的 \" 为止；文件在这之前就结束了。"
    case .invalidUTF8InData:
      "数据文件必须是 UTF-8。提示信息给出第一个错误字节的位置。"
    case .jsonSyntax:
      "JSON 文本在标出的位置写错了。"
    case .jsonShape:
      "kexie 读取由对象组成的 JSON 数组，或 JSON Lines（每行一个对象）；值必须是字符串、数字、布尔值或 null。"
    case .emptyData:
      "CSV 文件需要一行表头；JSON 至少要有一个对象，kexie 才能知道有哪些列。"
    case .duplicateHeader:
      "一张表里的列名不能重复。"
    case .tableNameTaken:
      "读入的表不能使用集合的名字。请用“as 名字”（在命令行上用 文件=名字）另起一个名字。"
    case .danglingLink:
      "数据集里每个链接字段的值，都必须是目标集合里某条记录的编号。"
    case .textAfterQuote:
      "加引号的字段在结尾引号处结束，后面必须紧跟分隔符或行尾。要在字段里写引号，请给整个字段加上引号，并把里面的引号写两遍：\"说 \"\"你好\"\"\"。"
    case .duplicateKey:
      "JSON 对象的每个键对应一列；同一个键写两次会丢掉其中一个值，所以这个文件不会被读入。"
    case .inputTooLarge:
      "kexie 读取某些输入时要把它整个放在内存里：数据文件的一条记录、从管道读入的数据文件、一个脚本。每一种都有上限（docs/LIMITS.md），提示信息会说明碰到的是哪一个。请把管道里的数据先存成文件，或者把输入拆开。"
    case .unknownCommand:
      ".help 列出所有点命令。只要前缀唯一也可以（.ti 就是 .timer）。"
    case .commandArgument:
      ".help 命令名 会说明这个点命令接受哪些参数。"
    case .unknownOption:
      "kexie --help 列出所有选项。"
    case .optionArgument:
      "kexie --help 说明每个选项要什么值。"
    case .notInDialect:
      "kexie 只在能得到和 kexie 完全相同答案的地方才写出 SQL。查询的这一部分在所要求的方言里没有准确的 SQL（提示信息说明了原因）：.sql 和 --emit-sql 到这里为止。由数据库运行查询时，SQL 只包含这一子句之前的部分，剩下的由 kexie 在数据库返回的记录上完成，所以答案仍然准确。"
    case .databaseUnavailable:
      "数据库文件不存在、不是数据库、被锁住或已损坏，或者连不上服务器。提示信息会给出数据库自己的说法；对 PostgreSQL 会给出主机和原因（密码永远不会显示）。"
    case .databaseFailure:
      "数据库中止了查询，后面是它自己的提示。连接断开会结束查询；请用 .open 重新连接。"
    case .noMatchingValue:
      "查询运行了，但用来比较的字符串和数据里这个字段的任何值都对不上，所以多半什么也选不出来。说明里给出了最接近的现有值。"
    case .rebinding:
      "“令”（let）把一个名字绑定到一个查询；再次绑定同一个名字，后面的语句就会用新的查询。"
    case .keptAsText:
      "一列数字只有在每个值都能保持原样时，才会读成整数或小数：超过 64 位的整数、超过 ±1.8e308 的小数，或者和小数放在一起的超过 2^53 的整数都会被改变。这一列就按原样保留为文本；需要取整后的数字时，可以用 to_int() 和 to_decimal() 读取。"
    case .pagerMissing:
      "在终端上，比屏幕高或宽的结果会交给分页器显示：设置了 $PAGER 就用它，否则用 less -SRFX。找不到这个程序时，结果会直接写到终端。请安装 less，把 PAGER 设为你有的分页器（PAGER 设为空就不分页），或者用 .pager off 关掉分页。"
    case .shadowsChineseName:
      "每个集合都有一个中文名（活动 就是 events），查询里可以用它。如果命名查询或读入的表用了同一个名字，就以它为准：从此这个名字指的是它，原来的集合仍然可以用英文名。想两个都用，请换一个名字。"
    case .chineseQuote:
      "中文引号“…”和‘…’可以当作字符串的引号，所以用中文输入法打的文字也能用。字符串里的内容原样保留。"
    case .chineseComma:
      "顿号“、”可以当作列表各项之间的“,”。"
    }
  }
}
