-- ===== SQLite =====
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
    SELECT * FROM events_1 WHERE (EXISTS (SELECT 1 FROM json_each("县") AS v0 WHERE v0.value IS '淅川'))
  ),
  select_3 AS (
    SELECT "名称", "类型", "出处原句", "偏移", "行号", __ord FROM where_2
  )
SELECT "名称", "类型"
FROM select_3
ORDER BY __ord;
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
  top_2 AS (
    SELECT
      "编号",
      "名称",
      "简称",
      "类型",
      "形式",
      "部分",
      "县",
      "主办方",
      "合作方",
      "年份",
      "年份依据",
      "参与人数",
      "人数单位",
      "人数约数",
      "场次",
      "场次约数",
      "参与方式",
      "项目",
      "出处原句",
      "偏移",
      "行号",
      row_number() OVER (ORDER BY "参与人数" IS NULL, "参与人数" DESC, __ord) AS __ord
    FROM (SELECT * FROM events_1 ORDER BY "参与人数" IS NULL, "参与人数" DESC, __ord LIMIT 3) AS kept
  ),
  select_3 AS (
    SELECT "名称", "参与人数", "人数单位", "出处原句", "偏移", "行号", __ord FROM top_2
  )
SELECT "名称", "参与人数", "人数单位"
FROM select_3
ORDER BY __ord;
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
  group_2 AS (
    SELECT "类型" AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  count_4 AS (
    SELECT k0 AS "类型", g0 AS "计数", row_number() OVER (ORDER BY g0 DESC, __first) AS __ord FROM groups_3
  ),
  limit_5 AS (
    SELECT * FROM count_4 ORDER BY __ord LIMIT 5
  )
SELECT "类型", "计数"
FROM limit_5
ORDER BY __ord;
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
    SELECT *
    FROM events_1
    WHERE (((SELECT t.name FROM orgs AS t WHERE t.id = events_1."主办方") IS '南阳市科协') AND (instr("名称", '科普') > 0) IS TRUE)
  ),
  sort_3 AS (
    SELECT
      "编号",
      "名称",
      "简称",
      "类型",
      "形式",
      "部分",
      "县",
      "主办方",
      "合作方",
      "年份",
      "年份依据",
      "参与人数",
      "人数单位",
      "人数约数",
      "场次",
      "场次约数",
      "参与方式",
      "项目",
      "出处原句",
      "偏移",
      "行号",
      row_number() OVER (ORDER BY "名称" IS NULL, "名称" DESC, __ord) AS __ord
    FROM (SELECT * FROM where_2 ORDER BY "名称" IS NULL, "名称" DESC, __ord LIMIT 2) AS kept
  ),
  limit_4 AS (
    SELECT * FROM sort_3 ORDER BY __ord LIMIT 2
  ),
  select_5 AS (
    SELECT "名称", "出处原句", "偏移", "行号", __ord FROM limit_4
  )
SELECT "名称"
FROM select_5
ORDER BY __ord;
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
  orgs_2 AS (
    SELECT *, rowid AS __ord FROM orgs
  ),
  join_3 AS (
    SELECT
      l."编号" AS "编号",
      l."名称" AS "名称",
      l."简称" AS "简称",
      l."类型" AS "类型",
      l."形式" AS "形式",
      l."部分" AS "部分",
      l."县" AS "县",
      l."主办方" AS "主办方",
      l."合作方" AS "合作方",
      l."年份" AS "年份",
      l."年份依据" AS "年份依据",
      l."参与人数" AS "参与人数",
      l."人数单位" AS "人数单位",
      l."人数约数" AS "人数约数",
      l."场次" AS "场次",
      l."场次约数" AS "场次约数",
      l."参与方式" AS "参与方式",
      l."项目" AS "项目",
      l."出处原句" AS "出处原句",
      l."偏移" AS "偏移",
      l."行号" AS "行号",
      r.id AS "组织.编号",
      r.name AS "组织.名称",
      r.alias AS "别名",
      r.kind AS "组织.类型",
      r.county AS "组织.县",
      r.parent AS "上级",
      r.role AS "角色",
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM events_1 AS l
    JOIN orgs_2 AS r ON l."主办方" = r.id
  ),
  select_4 AS (
    SELECT "简称" AS "活动.简称", "组织.类型", "出处原句", "偏移", "行号", __ord FROM join_3
  ),
  limit_5 AS (
    SELECT * FROM select_4 ORDER BY __ord LIMIT 3
  )
SELECT "活动.简称", "组织.类型"
FROM limit_5
ORDER BY __ord;
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
    SELECT * FROM events_1 WHERE (("参与人数" IS NOT NULL) AND ("参与人数" > 1000) IS TRUE)
  ),
  q_3 AS (
    SELECT
      "编号",
      "名称",
      "简称",
      "类型",
      "形式",
      "部分",
      "县",
      "主办方",
      "合作方",
      "年份",
      "年份依据",
      "参与人数",
      "人数单位",
      "人数约数",
      "场次",
      "场次约数",
      "参与方式",
      "项目",
      "出处原句",
      "偏移",
      "行号",
      __ord
    FROM where_2
  ),
  group_4 AS (
    SELECT "部分" AS k0, "参与人数" AS a1, __ord FROM q_3
  ),
  groups_5 AS (
    SELECT k0, count(*) AS g0, sum(a1) AS g1, min(__ord) AS __first FROM group_4 GROUP BY k0
  ),
  summarize_6 AS (
    SELECT k0 AS "部分", g0 AS "项数", g1 AS "总人数", row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_5
  )
SELECT "部分", "项数", "总人数"
FROM summarize_6
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '淅川' OR v0.value IS '南召'))
  ),
  select_3 AS (
    SELECT name AS "名称", "source", "offset", line, __ord FROM where_2
  )
SELECT "名称"
FROM select_3
ORDER BY __ord;
-- ===== PostgreSQL =====
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
    WHERE (EXISTS (SELECT 1 FROM unnest("县") WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '淅川'))
  ),
  select_3 AS (
    SELECT "名称", "类型", "出处原句", "偏移", "行号", __ord FROM where_2
  )
SELECT "名称", "类型"
FROM select_3
ORDER BY __ord;
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
  top_2 AS (
    SELECT
      "编号",
      "名称",
      "简称",
      "类型",
      "形式",
      "部分",
      "县",
      "主办方",
      "合作方",
      "年份",
      "年份依据",
      "参与人数",
      "人数单位",
      "人数约数",
      "场次",
      "场次约数",
      "参与方式",
      "项目",
      "出处原句",
      "偏移",
      "行号",
      row_number() OVER (ORDER BY "参与人数" DESC NULLS LAST, __ord) AS __ord
    FROM (SELECT * FROM events_1 ORDER BY "参与人数" DESC NULLS LAST, __ord LIMIT 3) AS kept
  ),
  select_3 AS (
    SELECT "名称", "参与人数", "人数单位", "出处原句", "偏移", "行号", __ord FROM top_2
  )
SELECT "名称", "参与人数", "人数单位"
FROM select_3
ORDER BY __ord;
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
  group_2 AS (
    SELECT "类型" AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  count_4 AS (
    SELECT k0 AS "类型", g0 AS "计数", row_number() OVER (ORDER BY g0 DESC, __first) AS __ord FROM groups_3
  ),
  limit_5 AS (
    SELECT * FROM count_4 ORDER BY __ord LIMIT 5
  )
SELECT "类型", "计数"
FROM limit_5
ORDER BY __ord;
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
    WHERE (((SELECT t.name FROM orgs AS t WHERE t.id = events_1."主办方") IS NOT DISTINCT FROM '南阳市科协') AND (strpos("名称", '科普') > 0) IS TRUE)
  ),
  sort_3 AS (
    SELECT
      "编号",
      "名称",
      "简称",
      "类型",
      "形式",
      "部分",
      "县",
      "主办方",
      "合作方",
      "年份",
      "年份依据",
      "参与人数",
      "人数单位",
      "人数约数",
      "场次",
      "场次约数",
      "参与方式",
      "项目",
      "出处原句",
      "偏移",
      "行号",
      row_number() OVER (ORDER BY "名称" COLLATE "C" DESC NULLS LAST, __ord) AS __ord
    FROM (SELECT * FROM where_2 ORDER BY "名称" COLLATE "C" DESC NULLS LAST, __ord LIMIT 2) AS kept
  ),
  limit_4 AS (
    SELECT * FROM sort_3 ORDER BY __ord LIMIT 2
  ),
  select_5 AS (
    SELECT "名称", "出处原句", "偏移", "行号", __ord FROM limit_4
  )
SELECT "名称"
FROM select_5
ORDER BY __ord;
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
  orgs_2 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  join_3 AS (
    SELECT
      l."编号" AS "编号",
      l."名称" AS "名称",
      l."简称" AS "简称",
      l."类型" AS "类型",
      l."形式" AS "形式",
      l."部分" AS "部分",
      l."县" AS "县",
      l."主办方" AS "主办方",
      l."合作方" AS "合作方",
      l."年份" AS "年份",
      l."年份依据" AS "年份依据",
      l."参与人数" AS "参与人数",
      l."人数单位" AS "人数单位",
      l."人数约数" AS "人数约数",
      l."场次" AS "场次",
      l."场次约数" AS "场次约数",
      l."参与方式" AS "参与方式",
      l."项目" AS "项目",
      l."出处原句" AS "出处原句",
      l."偏移" AS "偏移",
      l."行号" AS "行号",
      r.id AS "组织.编号",
      r.name AS "组织.名称",
      r.alias AS "别名",
      r.kind AS "组织.类型",
      r.county AS "组织.县",
      r.parent AS "上级",
      r.role AS "角色",
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM events_1 AS l
    JOIN orgs_2 AS r ON l."主办方" = r.id
  ),
  select_4 AS (
    SELECT "简称" AS "活动.简称", "组织.类型", "出处原句", "偏移", "行号", __ord FROM join_3
  ),
  limit_5 AS (
    SELECT * FROM select_4 ORDER BY __ord LIMIT 3
  )
SELECT "活动.简称", "组织.类型"
FROM limit_5
ORDER BY __ord;
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
    SELECT * FROM events_1 WHERE (("参与人数" IS NOT NULL) AND ("参与人数" > 1000) IS TRUE)
  ),
  q_3 AS (
    SELECT
      "编号",
      "名称",
      "简称",
      "类型",
      "形式",
      "部分",
      "县",
      "主办方",
      "合作方",
      "年份",
      "年份依据",
      "参与人数",
      "人数单位",
      "人数约数",
      "场次",
      "场次约数",
      "参与方式",
      "项目",
      "出处原句",
      "偏移",
      "行号",
      __ord
    FROM where_2
  ),
  group_4 AS (
    SELECT "部分" AS k0, "参与人数" AS a1, __ord FROM q_3
  ),
  groups_5 AS (
    SELECT k0, count(*) AS g0, sum(a1) AS g1, min(__ord) AS __first FROM group_4 GROUP BY k0
  ),
  summarize_6 AS (
    SELECT k0 AS "部分", g0 AS "项数", g1 AS "总人数", row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_5
  )
SELECT "部分", "项数", "总人数"
FROM summarize_6
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '淅川' OR v0.value IS NOT DISTINCT FROM '南召'))
  ),
  select_3 AS (
    SELECT name AS "名称", "source", "offset", line, __ord FROM where_2
  )
SELECT "名称"
FROM select_3
ORDER BY __ord;
-- ===== DuckDB =====
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
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest("县") AS value, generate_subscripts("县", 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '淅川'))
  ),
  select_3 AS (
    SELECT "名称", "类型", "出处原句", "偏移", "行号", __ord FROM where_2
  )
SELECT "名称", "类型"
FROM select_3
ORDER BY __ord;
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
  top_2 AS (
    SELECT
      "编号",
      "名称",
      "简称",
      "类型",
      "形式",
      "部分",
      "县",
      "主办方",
      "合作方",
      "年份",
      "年份依据",
      "参与人数",
      "人数单位",
      "人数约数",
      "场次",
      "场次约数",
      "参与方式",
      "项目",
      "出处原句",
      "偏移",
      "行号",
      row_number() OVER (ORDER BY "参与人数" DESC NULLS LAST, __ord) AS __ord
    FROM (SELECT * FROM events_1 ORDER BY "参与人数" DESC NULLS LAST, __ord LIMIT 3) AS kept
  ),
  select_3 AS (
    SELECT "名称", "参与人数", "人数单位", "出处原句", "偏移", "行号", __ord FROM top_2
  )
SELECT "名称", "参与人数", "人数单位"
FROM select_3
ORDER BY __ord;
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
  group_2 AS (
    SELECT "类型" AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  count_4 AS (
    SELECT k0 AS "类型", g0 AS "计数", row_number() OVER (ORDER BY g0 DESC, __first) AS __ord FROM groups_3
  ),
  limit_5 AS (
    SELECT * FROM count_4 ORDER BY __ord LIMIT 5
  )
SELECT "类型", "计数"
FROM limit_5
ORDER BY __ord;
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
    WHERE (((SELECT t.name FROM orgs AS t WHERE t.id = events_1."主办方") IS NOT DISTINCT FROM '南阳市科协') AND (contains("名称", '科普')) IS TRUE)
  ),
  sort_3 AS (
    SELECT
      "编号",
      "名称",
      "简称",
      "类型",
      "形式",
      "部分",
      "县",
      "主办方",
      "合作方",
      "年份",
      "年份依据",
      "参与人数",
      "人数单位",
      "人数约数",
      "场次",
      "场次约数",
      "参与方式",
      "项目",
      "出处原句",
      "偏移",
      "行号",
      row_number() OVER (ORDER BY "名称" DESC NULLS LAST, __ord) AS __ord
    FROM (SELECT * FROM where_2 ORDER BY "名称" DESC NULLS LAST, __ord LIMIT 2) AS kept
  ),
  limit_4 AS (
    SELECT * FROM sort_3 ORDER BY __ord LIMIT 2
  ),
  select_5 AS (
    SELECT "名称", "出处原句", "偏移", "行号", __ord FROM limit_4
  )
SELECT "名称"
FROM select_5
ORDER BY __ord;
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
  orgs_2 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  join_3 AS (
    SELECT
      l."编号" AS "编号",
      l."名称" AS "名称",
      l."简称" AS "简称",
      l."类型" AS "类型",
      l."形式" AS "形式",
      l."部分" AS "部分",
      l."县" AS "县",
      l."主办方" AS "主办方",
      l."合作方" AS "合作方",
      l."年份" AS "年份",
      l."年份依据" AS "年份依据",
      l."参与人数" AS "参与人数",
      l."人数单位" AS "人数单位",
      l."人数约数" AS "人数约数",
      l."场次" AS "场次",
      l."场次约数" AS "场次约数",
      l."参与方式" AS "参与方式",
      l."项目" AS "项目",
      l."出处原句" AS "出处原句",
      l."偏移" AS "偏移",
      l."行号" AS "行号",
      r.id AS "组织.编号",
      r.name AS "组织.名称",
      r.alias AS "别名",
      r.kind AS "组织.类型",
      r.county AS "组织.县",
      r.parent AS "上级",
      r.role AS "角色",
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM events_1 AS l
    JOIN orgs_2 AS r ON l."主办方" = r.id
  ),
  select_4 AS (
    SELECT "简称" AS "活动.简称", "组织.类型", "出处原句", "偏移", "行号", __ord FROM join_3
  ),
  limit_5 AS (
    SELECT * FROM select_4 ORDER BY __ord LIMIT 3
  )
SELECT "活动.简称", "组织.类型"
FROM limit_5
ORDER BY __ord;
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
    SELECT * FROM events_1 WHERE (("参与人数" IS NOT NULL) AND ("参与人数" > 1000) IS TRUE)
  ),
  q_3 AS (
    SELECT
      "编号",
      "名称",
      "简称",
      "类型",
      "形式",
      "部分",
      "县",
      "主办方",
      "合作方",
      "年份",
      "年份依据",
      "参与人数",
      "人数单位",
      "人数约数",
      "场次",
      "场次约数",
      "参与方式",
      "项目",
      "出处原句",
      "偏移",
      "行号",
      __ord
    FROM where_2
  ),
  group_4 AS (
    SELECT "部分" AS k0, "参与人数" AS a1, __ord FROM q_3
  ),
  groups_5 AS (
    SELECT k0, count(*) AS g0, sum(a1) AS g1, min(__ord) AS __first FROM group_4 GROUP BY k0
  ),
  summarize_6 AS (
    SELECT k0 AS "部分", g0 AS "项数", g1 AS "总人数", row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_5
  )
SELECT "部分", "项数", "总人数"
FROM summarize_6
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '淅川' OR v0.value IS NOT DISTINCT FROM '南召'))
  ),
  select_3 AS (
    SELECT name AS "名称", "source", "offset", line, __ord FROM where_2
  )
SELECT "名称"
FROM select_3
ORDER BY __ord;
