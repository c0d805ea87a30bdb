-- ===== SQLite =====
events (活动): every activity held or taken part in during 2021, one record each
 field                中文      type                null  about
 id                   编号      text                no    stable id (pinyin)
 name                 名称      text                no    the activity in the report's words
 label                简称      text                no    a short label (the name itself when it is short)
 kind                 类型      text                no    竞赛, 讲座, 会议, 培训, 科普, 展览, … (seeds/README.md lists them)
 form                 形式      text                yes   the report's own word for its form: 知识竞赛, 报告会, 论坛, 巡展, …
 section              部分      → sections          yes   the part of the report it is in
 county               县        list of text        yes   the counties where it was held, as the report names them (淅川); null when none is named
 organizer            主办方    → orgs              yes   who held it; null when the report does not say
 partners             合作方    list of → orgs      yes   other organisations named in it: who it served, invited or recommended
 year                 年份      integer             no    the year it took place (2021 for every activity of the report)
 year_basis           年份依据  text                no    where the year comes from: stated (the sentence says 2021) or report (the report's year)
 participants         参与人数  integer             yes   how many took part or benefited, when the report gives a number
 participants_unit    人数单位  text                yes   the unit of participants: 人, 人次, 名 or 人(项)
 participants_approx  人数约数  text                yes   exact, nearly (近) or over (余/多)
 sessions             场次      integer             yes   number of sessions (场次), when stated
 sessions_approx      场次约数  text                yes   exact, nearly (近) or over (余/多), for sessions
 involvement          参与方式  text                no    what the association did: 举办, 参加, 指导 or 推荐
 program              项目      list of → programs  yes   the programmes, campaigns or honours it belongs to
 source (hidden)      出处原句  text                no    the report sentence the record was read from, verbatim
 offset (hidden)      偏移      integer             no    character (code point) offset of that sentence in the report file
 line (hidden)        行号      integer             no    line of that sentence in the report file (1-based)
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((SELECT t.kind FROM orgs AS t WHERE t.id = events_1.organizer) IS '学会群体')
  ),
  select_3 AS (
    SELECT
      name,
      (SELECT t.name FROM orgs AS t WHERE t.id = where_2.organizer) AS "organizer.name",
      sessions,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT name, "organizer.name", sessions
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  group_2 AS (
    SELECT (SELECT t.title FROM sections AS t WHERE t.id = events_1.section) AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  count_4 AS (
    SELECT k0 AS "section.title", g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord
    FROM groups_3
  )
SELECT "section.title", count
FROM count_4
ORDER BY __ord;
WITH
  orgs_1 AS (
    SELECT *, rowid AS __ord FROM orgs
  ),
  where_2 AS (
    SELECT * FROM orgs_1 WHERE (parent IS NOT NULL)
  ),
  select_3 AS (
    SELECT
      name,
      (SELECT t.name FROM orgs AS t WHERE t.id = where_2.parent) AS "parent.name",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT name, "parent.name"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM json_each((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_group_array(value) END FROM (SELECT t.name AS value FROM json_each(figures_1.event) AS v JOIN events AS t ON t.id = v.value WHERE t.name IS NOT NULL ORDER BY v.key))) AS v0 WHERE v0.value IS '河南省全民科学素质网络竞赛'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "rank", "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, "rank"
FROM select_3
ORDER BY __ord;
-- ===== PostgreSQL =====
events (活动): every activity held or taken part in during 2021, one record each
 field                中文      type                null  about
 id                   编号      text                no    stable id (pinyin)
 name                 名称      text                no    the activity in the report's words
 label                简称      text                no    a short label (the name itself when it is short)
 kind                 类型      text                no    竞赛, 讲座, 会议, 培训, 科普, 展览, … (seeds/README.md lists them)
 form                 形式      text                yes   the report's own word for its form: 知识竞赛, 报告会, 论坛, 巡展, …
 section              部分      → sections          yes   the part of the report it is in
 county               县        list of text        yes   the counties where it was held, as the report names them (淅川); null when none is named
 organizer            主办方    → orgs              yes   who held it; null when the report does not say
 partners             合作方    list of → orgs      yes   other organisations named in it: who it served, invited or recommended
 year                 年份      integer             no    the year it took place (2021 for every activity of the report)
 year_basis           年份依据  text                no    where the year comes from: stated (the sentence says 2021) or report (the report's year)
 participants         参与人数  integer             yes   how many took part or benefited, when the report gives a number
 participants_unit    人数单位  text                yes   the unit of participants: 人, 人次, 名 or 人(项)
 participants_approx  人数约数  text                yes   exact, nearly (近) or over (余/多)
 sessions             场次      integer             yes   number of sessions (场次), when stated
 sessions_approx      场次约数  text                yes   exact, nearly (近) or over (余/多), for sessions
 involvement          参与方式  text                no    what the association did: 举办, 参加, 指导 or 推荐
 program              项目      list of → programs  yes   the programmes, campaigns or honours it belongs to
 source (hidden)      出处原句  text                no    the report sentence the record was read from, verbatim
 offset (hidden)      偏移      integer             no    character (code point) offset of that sentence in the report file
 line (hidden)        行号      integer             no    line of that sentence in the report file (1-based)
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((SELECT t.kind FROM orgs AS t WHERE t.id = events_1.organizer) IS NOT DISTINCT FROM '学会群体')
  ),
  select_3 AS (
    SELECT
      name,
      (SELECT t.name FROM orgs AS t WHERE t.id = where_2.organizer) AS "organizer.name",
      sessions,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT name, "organizer.name", sessions
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT (SELECT t.title FROM sections AS t WHERE t.id = events_1.section) AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  count_4 AS (
    SELECT k0 AS "section.title", g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord
    FROM groups_3
  )
SELECT "section.title", count
FROM count_4
ORDER BY __ord;
WITH
  orgs_1 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  where_2 AS (
    SELECT * FROM orgs_1 WHERE (parent IS NOT NULL)
  ),
  select_3 AS (
    SELECT
      name,
      (SELECT t.name FROM orgs AS t WHERE t.id = where_2.parent) AS "parent.name",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT name, "parent.name"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM unnest((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE array_agg(t.name ORDER BY v.ord) END FROM unnest(figures_1.event) WITH ORDINALITY AS v(value, ord) JOIN events AS t ON t.id = v.value WHERE t.name IS NOT NULL)) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '河南省全民科学素质网络竞赛'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "rank", "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, "rank"
FROM select_3
ORDER BY __ord;
-- ===== DuckDB =====
events (活动): every activity held or taken part in during 2021, one record each
 field                中文      type                null  about
 id                   编号      text                no    stable id (pinyin)
 name                 名称      text                no    the activity in the report's words
 label                简称      text                no    a short label (the name itself when it is short)
 kind                 类型      text                no    竞赛, 讲座, 会议, 培训, 科普, 展览, … (seeds/README.md lists them)
 form                 形式      text                yes   the report's own word for its form: 知识竞赛, 报告会, 论坛, 巡展, …
 section              部分      → sections          yes   the part of the report it is in
 county               县        list of text        yes   the counties where it was held, as the report names them (淅川); null when none is named
 organizer            主办方    → orgs              yes   who held it; null when the report does not say
 partners             合作方    list of → orgs      yes   other organisations named in it: who it served, invited or recommended
 year                 年份      integer             no    the year it took place (2021 for every activity of the report)
 year_basis           年份依据  text                no    where the year comes from: stated (the sentence says 2021) or report (the report's year)
 participants         参与人数  integer             yes   how many took part or benefited, when the report gives a number
 participants_unit    人数单位  text                yes   the unit of participants: 人, 人次, 名 or 人(项)
 participants_approx  人数约数  text                yes   exact, nearly (近) or over (余/多)
 sessions             场次      integer             yes   number of sessions (场次), when stated
 sessions_approx      场次约数  text                yes   exact, nearly (近) or over (余/多), for sessions
 involvement          参与方式  text                no    what the association did: 举办, 参加, 指导 or 推荐
 program              项目      list of → programs  yes   the programmes, campaigns or honours it belongs to
 source (hidden)      出处原句  text                no    the report sentence the record was read from, verbatim
 offset (hidden)      偏移      integer             no    character (code point) offset of that sentence in the report file
 line (hidden)        行号      integer             no    line of that sentence in the report file (1-based)
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((SELECT t.kind FROM orgs AS t WHERE t.id = events_1.organizer) IS NOT DISTINCT FROM '学会群体')
  ),
  select_3 AS (
    SELECT
      name,
      (SELECT t.name FROM orgs AS t WHERE t.id = where_2.organizer) AS "organizer.name",
      sessions,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT name, "organizer.name", sessions
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT (SELECT t.title FROM sections AS t WHERE t.id = events_1.section) AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  count_4 AS (
    SELECT k0 AS "section.title", g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord
    FROM groups_3
  )
SELECT "section.title", count
FROM count_4
ORDER BY __ord;
WITH
  orgs_1 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  where_2 AS (
    SELECT * FROM orgs_1 WHERE (parent IS NOT NULL)
  ),
  select_3 AS (
    SELECT
      name,
      (SELECT t.name FROM orgs AS t WHERE t.id = where_2.parent) AS "parent.name",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT name, "parent.name"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE list(t.name ORDER BY v.ord) END FROM (SELECT unnest(figures_1.event) AS value, generate_subscripts(figures_1.event, 1) AS ord) AS v JOIN events AS t ON t.id = v.value WHERE t.name IS NOT NULL)) AS value, generate_subscripts((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE list(t.name ORDER BY v.ord) END FROM (SELECT unnest(figures_1.event) AS value, generate_subscripts(figures_1.event, 1) AS ord) AS v JOIN events AS t ON t.id = v.value WHERE t.name IS NOT NULL), 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '河南省全民科学素质网络竞赛'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "rank", "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, "rank"
FROM select_3
ORDER BY __ord;
