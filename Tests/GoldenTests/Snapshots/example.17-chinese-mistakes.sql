-- ===== SQLite =====
examples/17-chinese-mistakes.kx:15:12: 错误[E0303]：kexie 没有 'like'，请用 contains "科技"
   |
15 | 活动 | 筛选 名称 like "%科技%"
   |                  ^^^^
   = '%科技%' 在 kexie 里写作 contains "科技"
examples/17-chinese-mistakes.kx:16:19: 错误[E0303]：kexie 把 '&&' 写作 'and'
   |
16 | 活动 | 筛选 年份 = 2021 && 县 = "淅川"
   |                         ^^
   = 是不是想写 'and'？
examples/17-chinese-mistakes.kx:17:1: 错误[E0306]：查询应该以来源开头，不以 'select' 开头
   |
17 | select 名称 from 活动
   | ^^^^^^
   = kexie 的查询从来源开始，从左往右一步步处理
   = 试试 '活动 | select 名称'
examples/17-chinese-mistakes.kx:23:8: 错误[E0308]：'取' 后面应该是行数（一个整数），这里是 '2.5'
   |
23 | 活动 | 取 2.5
   |           ^^^
examples/17-chinese-mistakes.kx:26:9: 错误[E0301]：这里应该是表达式，实际是 '降序'
   |
26 | 活动 | 排序 降序
   |             ^^^^
examples/17-chinese-mistakes.kx:9:9: 错误[E0203]：活动 没有字段 '县名'
  |
9 | 活动 | 筛选 县名 = "淅川"
  |             ^^^^
  = 是不是想写 '县'？
  = 活动 的字段有：编号、名称、简称、类型、形式、部分、县、主办方、合作方、年份、年份依据、参与人数、…
examples/17-chinese-mistakes.kx:12:13: 警告[W0101]：没有哪条记录的 县 是 '西川'；是不是想写 '淅川'？
   |
12 | 活动 | 筛选 县 = "西川" | 计数
   |                  ^^^^^^
WITH
  events_1 AS (
    SELECT
      id AS "编号",
      name AS "名称",
      label AS "简称",
      kind AS "类型",
      form AS "形式",
      section AS "部分",
      county AS "县",
      organizer AS "主办方",
      partners AS "合作方",
      "year" AS "年份",
      year_basis AS "年份依据",
      participants AS "参与人数",
      participants_unit AS "人数单位",
      participants_approx AS "人数约数",
      sessions AS "场次",
      sessions_approx AS "场次约数",
      involvement AS "参与方式",
      program AS "项目",
      "source" AS "出处原句",
      "offset" AS "偏移",
      line AS "行号",
      rowid AS __ord
    FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (EXISTS (SELECT 1 FROM json_each("县") AS v0 WHERE v0.value IS '西川'))
  ),
  group_3 AS (
    SELECT __ord FROM where_2
  ),
  groups_4 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_3
  ),
  count_5 AS (
    SELECT g0 AS "计数", row_number() OVER (ORDER BY __first) AS __ord FROM groups_4
  )
SELECT "计数"
FROM count_5
ORDER BY __ord;
examples/17-chinese-mistakes.kx:20:9: 错误[E0401]：'=' 不能拿整数和文本比较
   |
20 | 活动 | 筛选 参与人数 = "500"
   |             ^^^^^^^^^^^^^^^^
   = 要按数字比较，就去掉引号，或者用 to_int(…) 转换
examples/17-chinese-mistakes.kx:29:13: 错误[E0203]：活动 没有字段 '淅川'
   |
29 | 活动 | 筛选 县 = 淅川
   |                  ^^^^
   = '淅川' 是 县 的一个值，不是字段：要和这段文字比较，就加上引号："淅川"
   = 活动 的字段有：编号、名称、简称、类型、形式、部分、县、主办方、合作方、年份、年份依据、参与人数、…
E0203: 当前的记录没有这个字段

字段名区分大小写。说明里列出了管道此处的记录有哪些字段：前面的选取或汇总只保留它写到的列。

例子：
  # 淅川的活动
  events where countyy = "淅川"
-- ===== PostgreSQL =====
examples/17-chinese-mistakes.kx:15:12: 错误[E0303]：kexie 没有 'like'，请用 contains "科技"
   |
15 | 活动 | 筛选 名称 like "%科技%"
   |                  ^^^^
   = '%科技%' 在 kexie 里写作 contains "科技"
examples/17-chinese-mistakes.kx:16:19: 错误[E0303]：kexie 把 '&&' 写作 'and'
   |
16 | 活动 | 筛选 年份 = 2021 && 县 = "淅川"
   |                         ^^
   = 是不是想写 'and'？
examples/17-chinese-mistakes.kx:17:1: 错误[E0306]：查询应该以来源开头，不以 'select' 开头
   |
17 | select 名称 from 活动
   | ^^^^^^
   = kexie 的查询从来源开始，从左往右一步步处理
   = 试试 '活动 | select 名称'
examples/17-chinese-mistakes.kx:23:8: 错误[E0308]：'取' 后面应该是行数（一个整数），这里是 '2.5'
   |
23 | 活动 | 取 2.5
   |           ^^^
examples/17-chinese-mistakes.kx:26:9: 错误[E0301]：这里应该是表达式，实际是 '降序'
   |
26 | 活动 | 排序 降序
   |             ^^^^
examples/17-chinese-mistakes.kx:9:9: 错误[E0203]：活动 没有字段 '县名'
  |
9 | 活动 | 筛选 县名 = "淅川"
  |             ^^^^
  = 是不是想写 '县'？
  = 活动 的字段有：编号、名称、简称、类型、形式、部分、县、主办方、合作方、年份、年份依据、参与人数、…
examples/17-chinese-mistakes.kx:12:13: 警告[W0101]：没有哪条记录的 县 是 '西川'；是不是想写 '淅川'？
   |
12 | 活动 | 筛选 县 = "西川" | 计数
   |                  ^^^^^^
WITH
  events_1 AS (
    SELECT
      id AS "编号",
      name AS "名称",
      label AS "简称",
      kind AS "类型",
      form AS "形式",
      section AS "部分",
      county AS "县",
      organizer AS "主办方",
      partners AS "合作方",
      "year" AS "年份",
      year_basis AS "年份依据",
      participants AS "参与人数",
      participants_unit AS "人数单位",
      participants_approx AS "人数约数",
      sessions AS "场次",
      sessions_approx AS "场次约数",
      involvement AS "参与方式",
      program AS "项目",
      "source" AS "出处原句",
      "offset" AS "偏移",
      line AS "行号",
      kexie_row AS __ord
    FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest("县") WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '西川'))
  ),
  group_3 AS (
    SELECT __ord FROM where_2
  ),
  groups_4 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_3
  ),
  count_5 AS (
    SELECT g0 AS "计数", row_number() OVER (ORDER BY __first) AS __ord FROM groups_4
  )
SELECT "计数"
FROM count_5
ORDER BY __ord;
examples/17-chinese-mistakes.kx:20:9: 错误[E0401]：'=' 不能拿整数和文本比较
   |
20 | 活动 | 筛选 参与人数 = "500"
   |             ^^^^^^^^^^^^^^^^
   = 要按数字比较，就去掉引号，或者用 to_int(…) 转换
examples/17-chinese-mistakes.kx:29:13: 错误[E0203]：活动 没有字段 '淅川'
   |
29 | 活动 | 筛选 县 = 淅川
   |                  ^^^^
   = '淅川' 是 县 的一个值，不是字段：要和这段文字比较，就加上引号："淅川"
   = 活动 的字段有：编号、名称、简称、类型、形式、部分、县、主办方、合作方、年份、年份依据、参与人数、…
E0203: 当前的记录没有这个字段

字段名区分大小写。说明里列出了管道此处的记录有哪些字段：前面的选取或汇总只保留它写到的列。

例子：
  # 淅川的活动
  events where countyy = "淅川"
-- ===== DuckDB =====
examples/17-chinese-mistakes.kx:15:12: 错误[E0303]：kexie 没有 'like'，请用 contains "科技"
   |
15 | 活动 | 筛选 名称 like "%科技%"
   |                  ^^^^
   = '%科技%' 在 kexie 里写作 contains "科技"
examples/17-chinese-mistakes.kx:16:19: 错误[E0303]：kexie 把 '&&' 写作 'and'
   |
16 | 活动 | 筛选 年份 = 2021 && 县 = "淅川"
   |                         ^^
   = 是不是想写 'and'？
examples/17-chinese-mistakes.kx:17:1: 错误[E0306]：查询应该以来源开头，不以 'select' 开头
   |
17 | select 名称 from 活动
   | ^^^^^^
   = kexie 的查询从来源开始，从左往右一步步处理
   = 试试 '活动 | select 名称'
examples/17-chinese-mistakes.kx:23:8: 错误[E0308]：'取' 后面应该是行数（一个整数），这里是 '2.5'
   |
23 | 活动 | 取 2.5
   |           ^^^
examples/17-chinese-mistakes.kx:26:9: 错误[E0301]：这里应该是表达式，实际是 '降序'
   |
26 | 活动 | 排序 降序
   |             ^^^^
examples/17-chinese-mistakes.kx:9:9: 错误[E0203]：活动 没有字段 '县名'
  |
9 | 活动 | 筛选 县名 = "淅川"
  |             ^^^^
  = 是不是想写 '县'？
  = 活动 的字段有：编号、名称、简称、类型、形式、部分、县、主办方、合作方、年份、年份依据、参与人数、…
examples/17-chinese-mistakes.kx:12:13: 警告[W0101]：没有哪条记录的 县 是 '西川'；是不是想写 '淅川'？
   |
12 | 活动 | 筛选 县 = "西川" | 计数
   |                  ^^^^^^
WITH
  events_1 AS (
    SELECT
      id AS "编号",
      name AS "名称",
      label AS "简称",
      kind AS "类型",
      form AS "形式",
      section AS "部分",
      county AS "县",
      organizer AS "主办方",
      partners AS "合作方",
      "year" AS "年份",
      year_basis AS "年份依据",
      participants AS "参与人数",
      participants_unit AS "人数单位",
      participants_approx AS "人数约数",
      sessions AS "场次",
      sessions_approx AS "场次约数",
      involvement AS "参与方式",
      program AS "项目",
      "source" AS "出处原句",
      "offset" AS "偏移",
      line AS "行号",
      kexie_row AS __ord
    FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest("县") AS value, generate_subscripts("县", 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '西川'))
  ),
  group_3 AS (
    SELECT __ord FROM where_2
  ),
  groups_4 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_3
  ),
  count_5 AS (
    SELECT g0 AS "计数", row_number() OVER (ORDER BY __first) AS __ord FROM groups_4
  )
SELECT "计数"
FROM count_5
ORDER BY __ord;
examples/17-chinese-mistakes.kx:20:9: 错误[E0401]：'=' 不能拿整数和文本比较
   |
20 | 活动 | 筛选 参与人数 = "500"
   |             ^^^^^^^^^^^^^^^^
   = 要按数字比较，就去掉引号，或者用 to_int(…) 转换
examples/17-chinese-mistakes.kx:29:13: 错误[E0203]：活动 没有字段 '淅川'
   |
29 | 活动 | 筛选 县 = 淅川
   |                  ^^^^
   = '淅川' 是 县 的一个值，不是字段：要和这段文字比较，就加上引号："淅川"
   = 活动 的字段有：编号、名称、简称、类型、形式、部分、县、主办方、合作方、年份、年份依据、参与人数、…
E0203: 当前的记录没有这个字段

字段名区分大小写。说明里列出了管道此处的记录有哪些字段：前面的选取或汇总只保留它写到的列。

例子：
  # 淅川的活动
  events where countyy = "淅川"
