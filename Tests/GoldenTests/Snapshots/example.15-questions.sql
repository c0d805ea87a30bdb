-- ===== SQLite =====
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  group_2 AS (
    SELECT __ord FROM events_1
  ),
  groups_3 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_2
  ),
  count_4 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_3
  )
SELECT count
FROM count_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE ((organizer IS 'nanyang-kexie') AND (involvement IS '举办'))
  ),
  group_3 AS (
    SELECT __ord FROM where_2
  ),
  groups_4 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_3
  ),
  count_5 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_4
  )
SELECT count
FROM count_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  group_2 AS (
    SELECT involvement AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  count_4 AS (
    SELECT k0 AS involvement, g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord
    FROM groups_3
  )
SELECT involvement, count
FROM count_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '淅川'))
  ),
  select_3 AS (
    SELECT name, county, "source", "offset", line, __ord FROM where_2
  )
SELECT name, county
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE ("year" IS 2021)
  ),
  group_3 AS (
    SELECT __ord FROM where_2
  ),
  groups_4 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_3
  ),
  count_5 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_4
  )
SELECT count
FROM count_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (year_basis IS 'stated')
  ),
  select_3 AS (
    SELECT label, "source", "offset", line, __ord FROM where_2
  )
SELECT label
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (kind IS '竞赛')
  ),
  select_3 AS (
    SELECT label, form, involvement, "source", "offset", line, __ord FROM where_2
  )
SELECT label, form, involvement
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
  summarize_4 AS (
    SELECT k0 AS "section.title", g0 AS "活动数", row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT "section.title", "活动数"
FROM summarize_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  group_2 AS (
    SELECT kind AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  count_4 AS (
    SELECT k0 AS kind, g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord FROM groups_3
  )
SELECT kind, count
FROM count_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (name IS '流动科技馆巡展')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.name,
      r.label,
      r.kind,
      r.form,
      r.section,
      v.value AS county,
      r.organizer,
      r.partners,
      r."year",
      r.year_basis,
      r.participants,
      r.participants_unit,
      r.participants_approx,
      r.sessions,
      r.sessions_approx,
      r.involvement,
      r.program,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.key) AS __ord
    FROM where_2 AS r
    LEFT JOIN json_each(r.county) AS v ON TRUE
  ),
  select_4 AS (
    SELECT county, "source", "offset", line, __ord FROM expand_3
  )
SELECT county
FROM select_4
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (quote IS '五个')
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE ((involvement IS '参加') AND NOT (kind IS '竞赛'))
  ),
  select_3 AS (
    SELECT name, organizer, "source", "offset", line, __ord FROM where_2
  )
SELECT name, organizer
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (quote IS '30多家')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.subject,
      r."value",
      r.unit,
      r.approx,
      r."year",
      r.year_basis,
      r."rank",
      v.value AS event,
      r.org,
      r.program,
      r.place,
      r.scope,
      r.quote,
      r.quote_offset,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.key) AS __ord
    FROM where_2 AS r
    LEFT JOIN json_each(r.event) AS v ON TRUE
  ),
  select_4 AS (
    SELECT subject, event, "source", "offset", line, __ord FROM expand_3
  )
SELECT subject, event
FROM select_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (label IS '推荐科技人才申报省级以上荣誉')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.name,
      r.label,
      r.kind,
      r.form,
      r.section,
      r.county,
      r.organizer,
      r.partners,
      r."year",
      r.year_basis,
      r.participants,
      r.participants_unit,
      r.participants_approx,
      r.sessions,
      r.sessions_approx,
      r.involvement,
      v.value AS program,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.key) AS __ord
    FROM where_2 AS r
    LEFT JOIN json_each(r.program) AS v ON TRUE
  ),
  select_4 AS (
    SELECT
      program,
      (SELECT t.kind FROM programs AS t WHERE t.id = expand_3.program) AS "program.kind",
      participants,
      participants_approx,
      "source",
      "offset",
      line,
      __ord
    FROM expand_3
  )
SELECT program, "program.kind", participants, participants_approx
FROM select_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((form IS '推荐') AND NOT (EXISTS (SELECT 1 FROM json_each(CASE WHEN coalesce(json_array_length(partners), 0) = 0 THEN '[null]' ELSE partners END) AS v0 WHERE v0.value IS NULL)))
  ),
  select_3 AS (
    SELECT
      partners,
      (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_group_array(value) END FROM (SELECT t.name AS value FROM json_each((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_group_array(value) END FROM (SELECT t.parent AS value FROM json_each(where_2.partners) AS v JOIN orgs AS t ON t.id = v.value WHERE t.parent IS NOT NULL ORDER BY v.key))) AS v JOIN orgs AS t ON t.id = v.value WHERE t.name IS NOT NULL ORDER BY v.key)) AS "partners.parent.name",
      program,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT partners, "partners.parent.name", program
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM json_each(event) AS v0 WHERE v0.value IS 'henan-kexue-suzhi-jingsai'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "rank", "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, "rank"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM json_each(event) AS v0 WHERE v0.value IS 'nongmin-kexue-suzhi-jingsai'))
  ),
  select_3 AS (
    SELECT subject, "rank", scope, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "rank", scope
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (("rank" IS 1) AND (scope IS 'henan'))
  ),
  select_3 AS (
    SELECT subject, quote, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, quote
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (instr(subject, '科普活动') > 0) IS TRUE
  ),
  select_3 AS (
    SELECT subject, "value", unit, approx, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, approx
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (form IS '学术交流')
  ),
  select_3 AS (
    SELECT
      sessions,
      sessions_approx,
      participants,
      participants_unit,
      participants_approx,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT sessions, sessions_approx, participants, participants_unit, participants_approx
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (form IS '学术交流')
  ),
  select_3 AS (
    SELECT
      organizer,
      (SELECT t.kind FROM orgs AS t WHERE t.id = where_2.organizer) AS "organizer.kind",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT organizer, "organizer.kind"
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (organizer IS 'zhuanjia-zhiyuan-fuwutuan')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.name,
      r.label,
      r.kind,
      r.form,
      r.section,
      r.county,
      r.organizer,
      v.value AS partners,
      r."year",
      r.year_basis,
      r.participants,
      r.participants_unit,
      r.participants_approx,
      r.sessions,
      r.sessions_approx,
      r.involvement,
      r.program,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.key) AS __ord
    FROM where_2 AS r
    LEFT JOIN json_each(r.partners) AS v ON TRUE
  ),
  select_4 AS (
    SELECT
      partners,
      (SELECT t.county FROM orgs AS t WHERE t.id = expand_3.partners) AS "partners.county",
      "source",
      "offset",
      line,
      __ord
    FROM expand_3
  )
SELECT partners, "partners.county"
FROM select_4
ORDER BY __ord;
WITH
  orgs_1 AS (
    SELECT *, rowid AS __ord FROM orgs
  ),
  where_2 AS (
    SELECT * FROM orgs_1 WHERE (name IS '专家志愿服务团')
  ),
  select_3 AS (
    SELECT
      name,
      parent,
      (SELECT t.kind FROM orgs AS t WHERE t.id = where_2.parent) AS "parent.kind",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT name, parent, "parent.kind"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM json_each(program) AS v0 WHERE v0.value IS 'xuehui-fuwuzhan'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (kind IS '慰问')
  ),
  select_3 AS (
    SELECT participants, participants_unit, partners, "source", "offset", line, __ord FROM where_2
  )
SELECT participants, participants_unit, partners
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE ((kind IS '宣传') AND NOT (participants IS NULL))
  ),
  select_3 AS (
    SELECT label, participants, participants_unit, program, "source", "offset", line, __ord FROM where_2
  )
SELECT label, participants, participants_unit, program
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (name IS '仲景经方公益论坛')
  ),
  select_3 AS (
    SELECT participants, participants_unit, participants_approx, "source", "offset", line, __ord
    FROM where_2
  )
SELECT participants, participants_unit, participants_approx, "source", "offset", line
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM json_each(program) AS v0 WHERE v0.value IS 'dangshi-xuexi-jiaoyu'))
  ),
  select_3 AS (
    SELECT label, kind, "source", "offset", line, __ord FROM where_2
  )
SELECT label, kind
FROM select_3
ORDER BY __ord;
WITH
  mentions_1 AS (
    SELECT *, rowid AS __ord FROM mentions
  ),
  where_2 AS (
    SELECT * FROM mentions_1 WHERE (kind IS '方式')
  ),
  select_3 AS (
    SELECT name, org, "source", "offset", line, __ord FROM where_2
  )
SELECT name, org
FROM select_3
ORDER BY __ord;
WITH
  mentions_1 AS (
    SELECT *, rowid AS __ord FROM mentions
  ),
  where_2 AS (
    SELECT * FROM mentions_1 WHERE (kind IS '展望')
  ),
  select_3 AS (
    SELECT name, purpose, org, "source", "offset", line, __ord FROM where_2
  )
SELECT name, purpose, org
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM json_each(program) AS v0 WHERE v0.value IS 'qiye-kexie-zuzhi-jianshe'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "year", year_basis, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, "year", year_basis
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM json_each(event) AS v0 WHERE v0.value IS 'zhiyuanzhe-jiti-zhuce'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE ((EXISTS (SELECT 1 FROM json_each(program) AS v0 WHERE v0.value IS 'kepu-zhongguo')) AND ("rank" IS NULL))
  ),
  select_3 AS (
    SELECT subject, "value", unit, approx, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, approx
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM json_each(program) AS v0 WHERE v0.value IS 'shouxi-kepu-zhuanjia'))
  ),
  select_3 AS (
    SELECT "value", unit, org, "source", "offset", line, __ord FROM where_2
  )
SELECT "value", unit, org
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (quote IS '22万余人')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.subject,
      r."value",
      r.unit,
      r.approx,
      r."year",
      r.year_basis,
      r."rank",
      v.value AS event,
      r.org,
      r.program,
      r.place,
      r.scope,
      r.quote,
      r.quote_offset,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.key) AS __ord
    FROM where_2 AS r
    LEFT JOIN json_each(r.event) AS v ON TRUE
  ),
  select_4 AS (
    SELECT event, "source", "offset", line, __ord FROM expand_3
  )
SELECT event
FROM select_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE NOT (participants IS NULL)
  ),
  select_3 AS (
    SELECT label, participants, participants_unit, participants_approx, "source", "offset", line, __ord
    FROM where_2
  )
SELECT label, participants, participants_unit, participants_approx
FROM select_3
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, rowid AS __ord FROM places
  ),
  where_2 AS (
    SELECT * FROM places_1 WHERE ("level" IS '县')
  ),
  select_3 AS (
    SELECT short, pinyin, "source", "offset", line, __ord FROM where_2
  )
SELECT short, pinyin
FROM select_3
ORDER BY __ord;
WITH
  people_1 AS (
    SELECT *, rowid AS __ord FROM people
  ),
  where_2 AS (
    SELECT * FROM people_1 WHERE (role IS '作者')
  ),
  select_3 AS (
    SELECT name, title, "source", "offset", line, __ord FROM where_2
  )
SELECT name, title, "source", "offset", line
FROM select_3
ORDER BY __ord;
WITH
  orgs_1 AS (
    SELECT *, rowid AS __ord FROM orgs
  ),
  where_2 AS (
    SELECT * FROM orgs_1 WHERE (parent IS 'nanyang-kexie')
  ),
  select_3 AS (
    SELECT name, kind, "source", "offset", line, __ord FROM where_2
  )
SELECT name, kind
FROM select_3
ORDER BY __ord;
WITH
  programs_1 AS (
    SELECT *, rowid AS __ord FROM programs
  ),
  where_2 AS (
    SELECT * FROM programs_1 WHERE (kind IS '荣誉')
  ),
  select_3 AS (
    SELECT name, "level", "source", "offset", line, __ord FROM where_2
  )
SELECT name, "level"
FROM select_3
ORDER BY __ord;
-- ===== PostgreSQL =====
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT __ord FROM events_1
  ),
  groups_3 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_2
  ),
  count_4 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_3
  )
SELECT count
FROM count_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((organizer IS NOT DISTINCT FROM 'nanyang-kexie') AND (involvement IS NOT DISTINCT FROM '举办'))
  ),
  group_3 AS (
    SELECT __ord FROM where_2
  ),
  groups_4 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_3
  ),
  count_5 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_4
  )
SELECT count
FROM count_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT involvement AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  count_4 AS (
    SELECT k0 AS involvement, g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord
    FROM groups_3
  )
SELECT involvement, count
FROM count_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '淅川'))
  ),
  select_3 AS (
    SELECT name, county, "source", "offset", line, __ord FROM where_2
  )
SELECT name, county
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE ("year" IS NOT DISTINCT FROM 2021)
  ),
  group_3 AS (
    SELECT __ord FROM where_2
  ),
  groups_4 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_3
  ),
  count_5 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_4
  )
SELECT count
FROM count_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (year_basis IS NOT DISTINCT FROM 'stated')
  ),
  select_3 AS (
    SELECT label, "source", "offset", line, __ord FROM where_2
  )
SELECT label
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (kind IS NOT DISTINCT FROM '竞赛')
  ),
  select_3 AS (
    SELECT label, form, involvement, "source", "offset", line, __ord FROM where_2
  )
SELECT label, form, involvement
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
  summarize_4 AS (
    SELECT k0 AS "section.title", g0 AS "活动数", row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT "section.title", "活动数"
FROM summarize_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT kind AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  count_4 AS (
    SELECT k0 AS kind, g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord FROM groups_3
  )
SELECT kind, count
FROM count_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (name IS NOT DISTINCT FROM '流动科技馆巡展')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.name,
      r.label,
      r.kind,
      r.form,
      r.section,
      v.value AS county,
      r.organizer,
      r.partners,
      r."year",
      r.year_basis,
      r.participants,
      r.participants_unit,
      r.participants_approx,
      r.sessions,
      r.sessions_approx,
      r.involvement,
      r.program,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM where_2 AS r
    LEFT JOIN LATERAL unnest(r.county) WITH ORDINALITY AS v(value, ord) ON TRUE
  ),
  select_4 AS (
    SELECT county, "source", "offset", line, __ord FROM expand_3
  )
SELECT county
FROM select_4
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (quote IS NOT DISTINCT FROM '五个')
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((involvement IS NOT DISTINCT FROM '参加') AND NOT (kind IS NOT DISTINCT FROM '竞赛'))
  ),
  select_3 AS (
    SELECT name, organizer, "source", "offset", line, __ord FROM where_2
  )
SELECT name, organizer
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (quote IS NOT DISTINCT FROM '30多家')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.subject,
      r."value",
      r.unit,
      r.approx,
      r."year",
      r.year_basis,
      r."rank",
      v.value AS event,
      r.org,
      r.program,
      r.place,
      r.scope,
      r.quote,
      r.quote_offset,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM where_2 AS r
    LEFT JOIN LATERAL unnest(r.event) WITH ORDINALITY AS v(value, ord) ON TRUE
  ),
  select_4 AS (
    SELECT subject, event, "source", "offset", line, __ord FROM expand_3
  )
SELECT subject, event
FROM select_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (label IS NOT DISTINCT FROM '推荐科技人才申报省级以上荣誉')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.name,
      r.label,
      r.kind,
      r.form,
      r.section,
      r.county,
      r.organizer,
      r.partners,
      r."year",
      r.year_basis,
      r.participants,
      r.participants_unit,
      r.participants_approx,
      r.sessions,
      r.sessions_approx,
      r.involvement,
      v.value AS program,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM where_2 AS r
    LEFT JOIN LATERAL unnest(r.program) WITH ORDINALITY AS v(value, ord) ON TRUE
  ),
  select_4 AS (
    SELECT
      program,
      (SELECT t.kind FROM programs AS t WHERE t.id = expand_3.program) AS "program.kind",
      participants,
      participants_approx,
      "source",
      "offset",
      line,
      __ord
    FROM expand_3
  )
SELECT program, "program.kind", participants, participants_approx
FROM select_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((form IS NOT DISTINCT FROM '推荐') AND NOT (EXISTS (SELECT 1 FROM unnest(CASE WHEN coalesce(cardinality(partners), 0) = 0 THEN CAST(ARRAY[NULL] AS TEXT[]) ELSE partners END) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM NULL)))
  ),
  select_3 AS (
    SELECT
      partners,
      (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE array_agg(t.name ORDER BY v.ord) END FROM unnest((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE array_agg(t.parent ORDER BY v.ord) END FROM unnest(where_2.partners) WITH ORDINALITY AS v(value, ord) JOIN orgs AS t ON t.id = v.value WHERE t.parent IS NOT NULL)) WITH ORDINALITY AS v(value, ord) JOIN orgs AS t ON t.id = v.value WHERE t.name IS NOT NULL) AS "partners.parent.name",
      program,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT partners, "partners.parent.name", program
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM unnest(event) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM 'henan-kexue-suzhi-jingsai'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "rank", "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, "rank"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM unnest(event) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM 'nongmin-kexue-suzhi-jingsai'))
  ),
  select_3 AS (
    SELECT subject, "rank", scope, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "rank", scope
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (("rank" IS NOT DISTINCT FROM 1) AND (scope IS NOT DISTINCT FROM 'henan'))
  ),
  select_3 AS (
    SELECT subject, quote, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, quote
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (strpos(subject, '科普活动') > 0) IS TRUE
  ),
  select_3 AS (
    SELECT subject, "value", unit, approx, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, approx
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (form IS NOT DISTINCT FROM '学术交流')
  ),
  select_3 AS (
    SELECT
      sessions,
      sessions_approx,
      participants,
      participants_unit,
      participants_approx,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT sessions, sessions_approx, participants, participants_unit, participants_approx
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (form IS NOT DISTINCT FROM '学术交流')
  ),
  select_3 AS (
    SELECT
      organizer,
      (SELECT t.kind FROM orgs AS t WHERE t.id = where_2.organizer) AS "organizer.kind",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT organizer, "organizer.kind"
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (organizer IS NOT DISTINCT FROM 'zhuanjia-zhiyuan-fuwutuan')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.name,
      r.label,
      r.kind,
      r.form,
      r.section,
      r.county,
      r.organizer,
      v.value AS partners,
      r."year",
      r.year_basis,
      r.participants,
      r.participants_unit,
      r.participants_approx,
      r.sessions,
      r.sessions_approx,
      r.involvement,
      r.program,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM where_2 AS r
    LEFT JOIN LATERAL unnest(r.partners) WITH ORDINALITY AS v(value, ord) ON TRUE
  ),
  select_4 AS (
    SELECT
      partners,
      (SELECT t.county FROM orgs AS t WHERE t.id = expand_3.partners) AS "partners.county",
      "source",
      "offset",
      line,
      __ord
    FROM expand_3
  )
SELECT partners, "partners.county"
FROM select_4
ORDER BY __ord;
WITH
  orgs_1 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  where_2 AS (
    SELECT * FROM orgs_1 WHERE (name IS NOT DISTINCT FROM '专家志愿服务团')
  ),
  select_3 AS (
    SELECT
      name,
      parent,
      (SELECT t.kind FROM orgs AS t WHERE t.id = where_2.parent) AS "parent.kind",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT name, parent, "parent.kind"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM unnest(program) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM 'xuehui-fuwuzhan'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (kind IS NOT DISTINCT FROM '慰问')
  ),
  select_3 AS (
    SELECT participants, participants_unit, partners, "source", "offset", line, __ord FROM where_2
  )
SELECT participants, participants_unit, partners
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((kind IS NOT DISTINCT FROM '宣传') AND NOT (participants IS NOT DISTINCT FROM NULL))
  ),
  select_3 AS (
    SELECT label, participants, participants_unit, program, "source", "offset", line, __ord FROM where_2
  )
SELECT label, participants, participants_unit, program
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (name IS NOT DISTINCT FROM '仲景经方公益论坛')
  ),
  select_3 AS (
    SELECT participants, participants_unit, participants_approx, "source", "offset", line, __ord
    FROM where_2
  )
SELECT participants, participants_unit, participants_approx, "source", "offset", line
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(program) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM 'dangshi-xuexi-jiaoyu'))
  ),
  select_3 AS (
    SELECT label, kind, "source", "offset", line, __ord FROM where_2
  )
SELECT label, kind
FROM select_3
ORDER BY __ord;
WITH
  mentions_1 AS (
    SELECT *, kexie_row AS __ord FROM mentions
  ),
  where_2 AS (
    SELECT * FROM mentions_1 WHERE (kind IS NOT DISTINCT FROM '方式')
  ),
  select_3 AS (
    SELECT name, org, "source", "offset", line, __ord FROM where_2
  )
SELECT name, org
FROM select_3
ORDER BY __ord;
WITH
  mentions_1 AS (
    SELECT *, kexie_row AS __ord FROM mentions
  ),
  where_2 AS (
    SELECT * FROM mentions_1 WHERE (kind IS NOT DISTINCT FROM '展望')
  ),
  select_3 AS (
    SELECT name, purpose, org, "source", "offset", line, __ord FROM where_2
  )
SELECT name, purpose, org
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM unnest(program) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM 'qiye-kexie-zuzhi-jianshe'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "year", year_basis, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, "year", year_basis
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM unnest(event) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM 'zhiyuanzhe-jiti-zhuce'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE ((EXISTS (SELECT 1 FROM unnest(program) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM 'kepu-zhongguo')) AND ("rank" IS NOT DISTINCT FROM NULL))
  ),
  select_3 AS (
    SELECT subject, "value", unit, approx, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, approx
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM unnest(program) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM 'shouxi-kepu-zhuanjia'))
  ),
  select_3 AS (
    SELECT "value", unit, org, "source", "offset", line, __ord FROM where_2
  )
SELECT "value", unit, org
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (quote IS NOT DISTINCT FROM '22万余人')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.subject,
      r."value",
      r.unit,
      r.approx,
      r."year",
      r.year_basis,
      r."rank",
      v.value AS event,
      r.org,
      r.program,
      r.place,
      r.scope,
      r.quote,
      r.quote_offset,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM where_2 AS r
    LEFT JOIN LATERAL unnest(r.event) WITH ORDINALITY AS v(value, ord) ON TRUE
  ),
  select_4 AS (
    SELECT event, "source", "offset", line, __ord FROM expand_3
  )
SELECT event
FROM select_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE NOT (participants IS NOT DISTINCT FROM NULL)
  ),
  select_3 AS (
    SELECT label, participants, participants_unit, participants_approx, "source", "offset", line, __ord
    FROM where_2
  )
SELECT label, participants, participants_unit, participants_approx
FROM select_3
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  where_2 AS (
    SELECT * FROM places_1 WHERE ("level" IS NOT DISTINCT FROM '县')
  ),
  select_3 AS (
    SELECT short, pinyin, "source", "offset", line, __ord FROM where_2
  )
SELECT short, pinyin
FROM select_3
ORDER BY __ord;
WITH
  people_1 AS (
    SELECT *, kexie_row AS __ord FROM people
  ),
  where_2 AS (
    SELECT * FROM people_1 WHERE (role IS NOT DISTINCT FROM '作者')
  ),
  select_3 AS (
    SELECT name, title, "source", "offset", line, __ord FROM where_2
  )
SELECT name, title, "source", "offset", line
FROM select_3
ORDER BY __ord;
WITH
  orgs_1 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  where_2 AS (
    SELECT * FROM orgs_1 WHERE (parent IS NOT DISTINCT FROM 'nanyang-kexie')
  ),
  select_3 AS (
    SELECT name, kind, "source", "offset", line, __ord FROM where_2
  )
SELECT name, kind
FROM select_3
ORDER BY __ord;
WITH
  programs_1 AS (
    SELECT *, kexie_row AS __ord FROM programs
  ),
  where_2 AS (
    SELECT * FROM programs_1 WHERE (kind IS NOT DISTINCT FROM '荣誉')
  ),
  select_3 AS (
    SELECT name, "level", "source", "offset", line, __ord FROM where_2
  )
SELECT name, "level"
FROM select_3
ORDER BY __ord;
-- ===== DuckDB =====
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT __ord FROM events_1
  ),
  groups_3 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_2
  ),
  count_4 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_3
  )
SELECT count
FROM count_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((organizer IS NOT DISTINCT FROM 'nanyang-kexie') AND (involvement IS NOT DISTINCT FROM '举办'))
  ),
  group_3 AS (
    SELECT __ord FROM where_2
  ),
  groups_4 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_3
  ),
  count_5 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_4
  )
SELECT count
FROM count_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT involvement AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  count_4 AS (
    SELECT k0 AS involvement, g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord
    FROM groups_3
  )
SELECT involvement, count
FROM count_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '淅川'))
  ),
  select_3 AS (
    SELECT name, county, "source", "offset", line, __ord FROM where_2
  )
SELECT name, county
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE ("year" IS NOT DISTINCT FROM 2021)
  ),
  group_3 AS (
    SELECT __ord FROM where_2
  ),
  groups_4 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_3
  ),
  count_5 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_4
  )
SELECT count
FROM count_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (year_basis IS NOT DISTINCT FROM 'stated')
  ),
  select_3 AS (
    SELECT label, "source", "offset", line, __ord FROM where_2
  )
SELECT label
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (kind IS NOT DISTINCT FROM '竞赛')
  ),
  select_3 AS (
    SELECT label, form, involvement, "source", "offset", line, __ord FROM where_2
  )
SELECT label, form, involvement
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
  summarize_4 AS (
    SELECT k0 AS "section.title", g0 AS "活动数", row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT "section.title", "活动数"
FROM summarize_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT kind AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  count_4 AS (
    SELECT k0 AS kind, g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord FROM groups_3
  )
SELECT kind, count
FROM count_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (name IS NOT DISTINCT FROM '流动科技馆巡展')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.name,
      r.label,
      r.kind,
      r.form,
      r.section,
      v.value AS county,
      r.organizer,
      r.partners,
      r."year",
      r.year_basis,
      r.participants,
      r.participants_unit,
      r.participants_approx,
      r.sessions,
      r.sessions_approx,
      r.involvement,
      r.program,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM where_2 AS r
    LEFT JOIN LATERAL (SELECT unnest(r.county) AS value, generate_subscripts(r.county, 1) AS ord) AS v ON TRUE
  ),
  select_4 AS (
    SELECT county, "source", "offset", line, __ord FROM expand_3
  )
SELECT county
FROM select_4
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (quote IS NOT DISTINCT FROM '五个')
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((involvement IS NOT DISTINCT FROM '参加') AND NOT (kind IS NOT DISTINCT FROM '竞赛'))
  ),
  select_3 AS (
    SELECT name, organizer, "source", "offset", line, __ord FROM where_2
  )
SELECT name, organizer
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (quote IS NOT DISTINCT FROM '30多家')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.subject,
      r."value",
      r.unit,
      r.approx,
      r."year",
      r.year_basis,
      r."rank",
      v.value AS event,
      r.org,
      r.program,
      r.place,
      r.scope,
      r.quote,
      r.quote_offset,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM where_2 AS r
    LEFT JOIN LATERAL (SELECT unnest(r.event) AS value, generate_subscripts(r.event, 1) AS ord) AS v ON TRUE
  ),
  select_4 AS (
    SELECT subject, event, "source", "offset", line, __ord FROM expand_3
  )
SELECT subject, event
FROM select_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (label IS NOT DISTINCT FROM '推荐科技人才申报省级以上荣誉')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.name,
      r.label,
      r.kind,
      r.form,
      r.section,
      r.county,
      r.organizer,
      r.partners,
      r."year",
      r.year_basis,
      r.participants,
      r.participants_unit,
      r.participants_approx,
      r.sessions,
      r.sessions_approx,
      r.involvement,
      v.value AS program,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM where_2 AS r
    LEFT JOIN LATERAL (SELECT unnest(r.program) AS value, generate_subscripts(r.program, 1) AS ord) AS v ON TRUE
  ),
  select_4 AS (
    SELECT
      program,
      (SELECT t.kind FROM programs AS t WHERE t.id = expand_3.program) AS "program.kind",
      participants,
      participants_approx,
      "source",
      "offset",
      line,
      __ord
    FROM expand_3
  )
SELECT program, "program.kind", participants, participants_approx
FROM select_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((form IS NOT DISTINCT FROM '推荐') AND NOT (EXISTS (SELECT 1 FROM (SELECT unnest(CASE WHEN coalesce(len(partners), 0) = 0 THEN CAST([NULL] AS VARCHAR[]) ELSE partners END) AS value, generate_subscripts(CASE WHEN coalesce(len(partners), 0) = 0 THEN CAST([NULL] AS VARCHAR[]) ELSE partners END, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM NULL)))
  ),
  select_3 AS (
    SELECT
      partners,
      (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE list(t.name ORDER BY v.ord) END FROM (SELECT unnest((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE list(t.parent ORDER BY v.ord) END FROM (SELECT unnest(where_2.partners) AS value, generate_subscripts(where_2.partners, 1) AS ord) AS v JOIN orgs AS t ON t.id = v.value WHERE t.parent IS NOT NULL)) AS value, generate_subscripts((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE list(t.parent ORDER BY v.ord) END FROM (SELECT unnest(where_2.partners) AS value, generate_subscripts(where_2.partners, 1) AS ord) AS v JOIN orgs AS t ON t.id = v.value WHERE t.parent IS NOT NULL), 1) AS ord) AS v JOIN orgs AS t ON t.id = v.value WHERE t.name IS NOT NULL) AS "partners.parent.name",
      program,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT partners, "partners.parent.name", program
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(event) AS value, generate_subscripts(event, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM 'henan-kexue-suzhi-jingsai'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "rank", "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, "rank"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(event) AS value, generate_subscripts(event, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM 'nongmin-kexue-suzhi-jingsai'))
  ),
  select_3 AS (
    SELECT subject, "rank", scope, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "rank", scope
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (("rank" IS NOT DISTINCT FROM 1) AND (scope IS NOT DISTINCT FROM 'henan'))
  ),
  select_3 AS (
    SELECT subject, quote, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, quote
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (contains(subject, '科普活动')) IS TRUE
  ),
  select_3 AS (
    SELECT subject, "value", unit, approx, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, approx
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (form IS NOT DISTINCT FROM '学术交流')
  ),
  select_3 AS (
    SELECT
      sessions,
      sessions_approx,
      participants,
      participants_unit,
      participants_approx,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT sessions, sessions_approx, participants, participants_unit, participants_approx
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (form IS NOT DISTINCT FROM '学术交流')
  ),
  select_3 AS (
    SELECT
      organizer,
      (SELECT t.kind FROM orgs AS t WHERE t.id = where_2.organizer) AS "organizer.kind",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT organizer, "organizer.kind"
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (organizer IS NOT DISTINCT FROM 'zhuanjia-zhiyuan-fuwutuan')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.name,
      r.label,
      r.kind,
      r.form,
      r.section,
      r.county,
      r.organizer,
      v.value AS partners,
      r."year",
      r.year_basis,
      r.participants,
      r.participants_unit,
      r.participants_approx,
      r.sessions,
      r.sessions_approx,
      r.involvement,
      r.program,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM where_2 AS r
    LEFT JOIN LATERAL (SELECT unnest(r.partners) AS value, generate_subscripts(r.partners, 1) AS ord) AS v ON TRUE
  ),
  select_4 AS (
    SELECT
      partners,
      (SELECT t.county FROM orgs AS t WHERE t.id = expand_3.partners) AS "partners.county",
      "source",
      "offset",
      line,
      __ord
    FROM expand_3
  )
SELECT partners, "partners.county"
FROM select_4
ORDER BY __ord;
WITH
  orgs_1 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  where_2 AS (
    SELECT * FROM orgs_1 WHERE (name IS NOT DISTINCT FROM '专家志愿服务团')
  ),
  select_3 AS (
    SELECT
      name,
      parent,
      (SELECT t.kind FROM orgs AS t WHERE t.id = where_2.parent) AS "parent.kind",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT name, parent, "parent.kind"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(program) AS value, generate_subscripts(program, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM 'xuehui-fuwuzhan'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (kind IS NOT DISTINCT FROM '慰问')
  ),
  select_3 AS (
    SELECT participants, participants_unit, partners, "source", "offset", line, __ord FROM where_2
  )
SELECT participants, participants_unit, partners
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((kind IS NOT DISTINCT FROM '宣传') AND NOT (participants IS NOT DISTINCT FROM NULL))
  ),
  select_3 AS (
    SELECT label, participants, participants_unit, program, "source", "offset", line, __ord FROM where_2
  )
SELECT label, participants, participants_unit, program
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (name IS NOT DISTINCT FROM '仲景经方公益论坛')
  ),
  select_3 AS (
    SELECT participants, participants_unit, participants_approx, "source", "offset", line, __ord
    FROM where_2
  )
SELECT participants, participants_unit, participants_approx, "source", "offset", line
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(program) AS value, generate_subscripts(program, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM 'dangshi-xuexi-jiaoyu'))
  ),
  select_3 AS (
    SELECT label, kind, "source", "offset", line, __ord FROM where_2
  )
SELECT label, kind
FROM select_3
ORDER BY __ord;
WITH
  mentions_1 AS (
    SELECT *, kexie_row AS __ord FROM mentions
  ),
  where_2 AS (
    SELECT * FROM mentions_1 WHERE (kind IS NOT DISTINCT FROM '方式')
  ),
  select_3 AS (
    SELECT name, org, "source", "offset", line, __ord FROM where_2
  )
SELECT name, org
FROM select_3
ORDER BY __ord;
WITH
  mentions_1 AS (
    SELECT *, kexie_row AS __ord FROM mentions
  ),
  where_2 AS (
    SELECT * FROM mentions_1 WHERE (kind IS NOT DISTINCT FROM '展望')
  ),
  select_3 AS (
    SELECT name, purpose, org, "source", "offset", line, __ord FROM where_2
  )
SELECT name, purpose, org
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(program) AS value, generate_subscripts(program, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM 'qiye-kexie-zuzhi-jianshe'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "year", year_basis, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, "year", year_basis
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(event) AS value, generate_subscripts(event, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM 'zhiyuanzhe-jiti-zhuce'))
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE ((EXISTS (SELECT 1 FROM (SELECT unnest(program) AS value, generate_subscripts(program, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM 'kepu-zhongguo')) AND ("rank" IS NOT DISTINCT FROM NULL))
  ),
  select_3 AS (
    SELECT subject, "value", unit, approx, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, approx
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(program) AS value, generate_subscripts(program, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM 'shouxi-kepu-zhuanjia'))
  ),
  select_3 AS (
    SELECT "value", unit, org, "source", "offset", line, __ord FROM where_2
  )
SELECT "value", unit, org
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (quote IS NOT DISTINCT FROM '22万余人')
  ),
  expand_3 AS (
    SELECT
      r.id,
      r.subject,
      r."value",
      r.unit,
      r.approx,
      r."year",
      r.year_basis,
      r."rank",
      v.value AS event,
      r.org,
      r.program,
      r.place,
      r.scope,
      r.quote,
      r.quote_offset,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM where_2 AS r
    LEFT JOIN LATERAL (SELECT unnest(r.event) AS value, generate_subscripts(r.event, 1) AS ord) AS v ON TRUE
  ),
  select_4 AS (
    SELECT event, "source", "offset", line, __ord FROM expand_3
  )
SELECT event
FROM select_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE NOT (participants IS NOT DISTINCT FROM NULL)
  ),
  select_3 AS (
    SELECT label, participants, participants_unit, participants_approx, "source", "offset", line, __ord
    FROM where_2
  )
SELECT label, participants, participants_unit, participants_approx
FROM select_3
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  where_2 AS (
    SELECT * FROM places_1 WHERE ("level" IS NOT DISTINCT FROM '县')
  ),
  select_3 AS (
    SELECT short, pinyin, "source", "offset", line, __ord FROM where_2
  )
SELECT short, pinyin
FROM select_3
ORDER BY __ord;
WITH
  people_1 AS (
    SELECT *, kexie_row AS __ord FROM people
  ),
  where_2 AS (
    SELECT * FROM people_1 WHERE (role IS NOT DISTINCT FROM '作者')
  ),
  select_3 AS (
    SELECT name, title, "source", "offset", line, __ord FROM where_2
  )
SELECT name, title, "source", "offset", line
FROM select_3
ORDER BY __ord;
WITH
  orgs_1 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  where_2 AS (
    SELECT * FROM orgs_1 WHERE (parent IS NOT DISTINCT FROM 'nanyang-kexie')
  ),
  select_3 AS (
    SELECT name, kind, "source", "offset", line, __ord FROM where_2
  )
SELECT name, kind
FROM select_3
ORDER BY __ord;
WITH
  programs_1 AS (
    SELECT *, kexie_row AS __ord FROM programs
  ),
  where_2 AS (
    SELECT * FROM programs_1 WHERE (kind IS NOT DISTINCT FROM '荣誉')
  ),
  select_3 AS (
    SELECT name, "level", "source", "offset", line, __ord FROM where_2
  )
SELECT name, "level"
FROM select_3
ORDER BY __ord;
