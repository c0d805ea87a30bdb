-- ===== SQLite =====
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '南召')) AND (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '内乡')))
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
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '社旗' OR v0.value IS '淅川'))
  ),
  select_3 AS (
    SELECT label, county, "source", "offset", line, __ord FROM where_2
  )
SELECT label, county
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE instr(v0.value, '淅') > 0)) IS TRUE OR (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE instr(v0.value, '社') = 1)) IS TRUE)
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
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value >= '南' AND v0.value <= '淅')) IS TRUE
  ),
  select_3 AS (
    SELECT label, "source", "offset", line, __ord FROM where_2
  )
SELECT label
FROM select_3
ORDER BY __ord;
Tests/GoldenTests/Cases/lists.kx:7:18: error[E0801]: sorting by a list cannot be written exactly in SQLite SQL: lists compare value by value, which SQL does not
  |
7 | events | sort by county desc | select label, county | limit 3
  |                  ^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  extend_2 AS (
    SELECT
      id,
      name,
      label,
      kind,
      form,
      section,
      county,
      organizer,
      partners,
      "year",
      year_basis,
      participants,
      participants_unit,
      participants_approx,
      sessions,
      sessions_approx,
      involvement,
      program,
      "source",
      "offset",
      line,
      CASE WHEN coalesce(json_array_length(county), 0) = 0 THEN json_array('全市') ELSE county END AS where_held,
      __ord
    FROM events_1
  ),
  select_3 AS (
    SELECT label, where_held, "source", "offset", line, __ord FROM extend_2
  ),
  limit_4 AS (
    SELECT * FROM select_3 ORDER BY __ord LIMIT 2
  )
SELECT label, where_held
FROM limit_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  expand_2 AS (
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
    FROM events_1 AS r
    LEFT JOIN json_each(r.county) AS v ON TRUE
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
    FROM expand_2 AS r
    LEFT JOIN json_each(r.program) AS v ON TRUE
  ),
  where_4 AS (
    SELECT * FROM expand_3 WHERE NOT (county IS NULL)
  ),
  select_5 AS (
    SELECT label, county, program, "source", "offset", line, __ord FROM where_4
  )
SELECT label, county, program
FROM select_5
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM json_each((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_group_array(value) END FROM (SELECT t.organizer AS value FROM json_each(figures_1.event) AS v JOIN events AS t ON t.id = v.value WHERE t.organizer IS NOT NULL ORDER BY v.key))) AS v0 WHERE v0.value IS 'nanyang-kexie'))
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
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  expand_2 AS (
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
    FROM figures_1 AS r
    LEFT JOIN json_each(r.event) AS v ON TRUE
  ),
  group_3 AS (
    SELECT (SELECT t.kind FROM events AS t WHERE t.id = expand_2.event) AS k0, __ord FROM expand_2
  ),
  groups_4 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_3 GROUP BY k0
  ),
  count_5 AS (
    SELECT k0 AS "event.kind", g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord
    FROM groups_4
  ),
  limit_6 AS (
    SELECT * FROM count_5 ORDER BY __ord LIMIT 3
  )
SELECT "event.kind", count
FROM limit_6
ORDER BY __ord;
Tests/GoldenTests/Cases/lists.kx:12:20: error[E0801]: min() of a list cannot be written exactly in SQLite SQL: it runs over every value of the group's lists
   |
12 | events | summarize min(county), max(county), count_distinct(county) by involvement
   |                    ^^^^^^^^^^^
   = when a database runs this query, kexie runs this part itself on the rows it returns
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  join_2 AS (
    SELECT
      id,
      name,
      label,
      kind,
      form,
      section,
      county,
      organizer,
      partners,
      "year",
      year_basis,
      participants,
      participants_unit,
      participants_approx,
      sessions,
      sessions_approx,
      involvement,
      program,
      "source",
      "offset",
      line,
      county AS __key,
      __ord
    FROM events_1
  ),
  join_3 AS (
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
      r.program,
      r."source",
      r."offset",
      r.line,
      v.value AS __key,
      row_number() OVER (ORDER BY r.__ord, v.key) AS __ord
    FROM join_2 AS r
    LEFT JOIN json_each(r.__key) AS v ON TRUE
  ),
  places_4 AS (
    SELECT *, rowid AS __ord FROM places
  ),
  join_5 AS (
    SELECT
      l.id AS id,
      l.name AS name,
      l.label AS label,
      l.kind AS kind,
      l.form AS form,
      l.section AS section,
      l.county AS county,
      l.organizer AS organizer,
      l.partners AS partners,
      l."year" AS "year",
      l.year_basis AS year_basis,
      l.participants AS participants,
      l.participants_unit AS participants_unit,
      l.participants_approx AS participants_approx,
      l.sessions AS sessions,
      l.sessions_approx AS sessions_approx,
      l.involvement AS involvement,
      l.program AS program,
      l."source" AS "source",
      l."offset" AS "offset",
      l.line AS line,
      r.id AS "places.id",
      r.name AS "places.name",
      r.short AS short,
      r.pinyin AS pinyin,
      r."level" AS "level",
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM join_3 AS l
    JOIN places_4 AS r ON l.__key = r.short
  ),
  select_6 AS (
    SELECT label, "places.name", pinyin, "source", "offset", line, __ord FROM join_5
  )
SELECT label, "places.name", pinyin
FROM select_6
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, rowid AS __ord FROM places
  ),
  events_2 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  join_3 AS (
    SELECT
      l.id AS id,
      l.name AS name,
      l.short AS short,
      l.pinyin AS pinyin,
      l."level" AS "level",
      l."source" AS "source",
      l."offset" AS "offset",
      l.line AS line,
      r.id AS "events.id",
      r.name AS "events.name",
      r.label AS label,
      r.kind AS kind,
      r.form AS form,
      r.section AS section,
      r.county AS county,
      r.organizer AS organizer,
      r.partners AS partners,
      r."year" AS "year",
      r.year_basis AS year_basis,
      r.participants AS participants,
      r.participants_unit AS participants_unit,
      r.participants_approx AS participants_approx,
      r.sessions AS sessions,
      r.sessions_approx AS sessions_approx,
      r.involvement AS involvement,
      r.program AS program,
      row_number() OVER (ORDER BY l.__ord, r.__ord, r.__rsub) AS __ord
    FROM places_1 AS l
    JOIN (SELECT t.*, v.value AS __key, v.key AS __rsub FROM events_2 AS t JOIN json_each(t.county) AS v ON TRUE) AS r ON l.short = r.__key
  ),
  select_4 AS (
    SELECT name AS "places.name", label, "source", "offset", line, __ord FROM join_3
  )
SELECT "places.name", label
FROM select_4
ORDER BY __ord;
Tests/GoldenTests/Cases/lists.kx:16:23: error[E0409]: 'county' is a list of text, but upper() takes one value
   |
16 | events | select upper(county)
   |                       ^^^^^^
   = 'expand county' first gives one row per value; size(county) says how many it holds
Tests/GoldenTests/Cases/lists.kx:17:17: error[E0409]: 'county' is a list of text, but '+' takes one value
   |
17 | events | select county + 1
   |                 ^^^^^^
   = 'expand county' first gives one row per value; size(county) says how many it holds
Tests/GoldenTests/Cases/lists.kx:18:14: error[E0403]: 'where' needs a true/false condition, found a list
   |
18 | events where county
   |              ^^^^^^
   = compare it with something, e.g. 'participants > 100' or 'county is not null'
Tests/GoldenTests/Cases/lists.kx:19:17: error[E0410]: 'name' is text, not a list field: there is nothing to expand
   |
19 | events | expand name
   |                 ^^^^
   = expand takes fields shown as 'list of …' in .schema
Tests/GoldenTests/Cases/lists.kx:20:17: error[E0410]: 'organizer.name' is text, not a list field: there is nothing to expand
   |
20 | events | expand organizer.name
   |                 ^^^^^^^^^^^^^^
   = expand takes fields shown as 'list of …' in .schema
Tests/GoldenTests/Cases/lists.kx:21:24: error[E0405]: sum() takes a number as argument 1, found text
   |
21 | events | summarize sum(county)
   |                        ^^^^^^
   = see '.help functions'
Tests/GoldenTests/Cases/lists.kx:22:17: error[E0410]: expand takes a list field of the rows, and 'partners.name' is computed
   |
22 | events | expand partners.name
   |                 ^^^^^^^^^^^^^
   = name it first: 'extend partners.name as values | expand values'
-- ===== PostgreSQL =====
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '南召')) AND (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '内乡')))
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
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '社旗' OR v0.value IS NOT DISTINCT FROM '淅川'))
  ),
  select_3 AS (
    SELECT label, county, "source", "offset", line, __ord FROM where_2
  )
SELECT label, county
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE strpos(v0.value, '淅') > 0)) IS TRUE OR (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE starts_with(v0.value, '社'))) IS TRUE)
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
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value COLLATE "C" >= '南' COLLATE "C" AND v0.value COLLATE "C" <= '淅' COLLATE "C")) IS TRUE
  ),
  select_3 AS (
    SELECT label, "source", "offset", line, __ord FROM where_2
  )
SELECT label
FROM select_3
ORDER BY __ord;
Tests/GoldenTests/Cases/lists.kx:7:18: error[E0801]: sorting by a list cannot be written exactly in PostgreSQL SQL: lists compare value by value, which SQL does not
  |
7 | events | sort by county desc | select label, county | limit 3
  |                  ^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  extend_2 AS (
    SELECT
      id,
      name,
      label,
      kind,
      form,
      section,
      county,
      organizer,
      partners,
      "year",
      year_basis,
      participants,
      participants_unit,
      participants_approx,
      sessions,
      sessions_approx,
      involvement,
      program,
      "source",
      "offset",
      line,
      CASE WHEN coalesce(cardinality(county), 0) = 0 THEN ARRAY['全市'] ELSE county END AS where_held,
      __ord
    FROM events_1
  ),
  select_3 AS (
    SELECT label, where_held, "source", "offset", line, __ord FROM extend_2
  ),
  limit_4 AS (
    SELECT * FROM select_3 ORDER BY __ord LIMIT 2
  )
SELECT label, where_held
FROM limit_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  expand_2 AS (
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
    FROM events_1 AS r
    LEFT JOIN LATERAL unnest(r.county) WITH ORDINALITY AS v(value, ord) ON TRUE
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
    FROM expand_2 AS r
    LEFT JOIN LATERAL unnest(r.program) WITH ORDINALITY AS v(value, ord) ON TRUE
  ),
  where_4 AS (
    SELECT * FROM expand_3 WHERE NOT (county IS NOT DISTINCT FROM NULL)
  ),
  select_5 AS (
    SELECT label, county, program, "source", "offset", line, __ord FROM where_4
  )
SELECT label, county, program
FROM select_5
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM unnest((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE array_agg(t.organizer ORDER BY v.ord) END FROM unnest(figures_1.event) WITH ORDINALITY AS v(value, ord) JOIN events AS t ON t.id = v.value WHERE t.organizer IS NOT NULL)) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM 'nanyang-kexie'))
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
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  expand_2 AS (
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
    FROM figures_1 AS r
    LEFT JOIN LATERAL unnest(r.event) WITH ORDINALITY AS v(value, ord) ON TRUE
  ),
  group_3 AS (
    SELECT (SELECT t.kind FROM events AS t WHERE t.id = expand_2.event) AS k0, __ord FROM expand_2
  ),
  groups_4 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_3 GROUP BY k0
  ),
  count_5 AS (
    SELECT k0 AS "event.kind", g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord
    FROM groups_4
  ),
  limit_6 AS (
    SELECT * FROM count_5 ORDER BY __ord LIMIT 3
  )
SELECT "event.kind", count
FROM limit_6
ORDER BY __ord;
Tests/GoldenTests/Cases/lists.kx:12:20: error[E0801]: min() of a list cannot be written exactly in PostgreSQL SQL: it runs over every value of the group's lists
   |
12 | events | summarize min(county), max(county), count_distinct(county) by involvement
   |                    ^^^^^^^^^^^
   = when a database runs this query, kexie runs this part itself on the rows it returns
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  join_2 AS (
    SELECT
      id,
      name,
      label,
      kind,
      form,
      section,
      county,
      organizer,
      partners,
      "year",
      year_basis,
      participants,
      participants_unit,
      participants_approx,
      sessions,
      sessions_approx,
      involvement,
      program,
      "source",
      "offset",
      line,
      county AS __key,
      __ord
    FROM events_1
  ),
  join_3 AS (
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
      r.program,
      r."source",
      r."offset",
      r.line,
      v.value AS __key,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM join_2 AS r
    LEFT JOIN LATERAL unnest(r.__key) WITH ORDINALITY AS v(value, ord) ON TRUE
  ),
  places_4 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  join_5 AS (
    SELECT
      l.id AS id,
      l.name AS name,
      l.label AS label,
      l.kind AS kind,
      l.form AS form,
      l.section AS section,
      l.county AS county,
      l.organizer AS organizer,
      l.partners AS partners,
      l."year" AS "year",
      l.year_basis AS year_basis,
      l.participants AS participants,
      l.participants_unit AS participants_unit,
      l.participants_approx AS participants_approx,
      l.sessions AS sessions,
      l.sessions_approx AS sessions_approx,
      l.involvement AS involvement,
      l.program AS program,
      l."source" AS "source",
      l."offset" AS "offset",
      l.line AS line,
      r.id AS "places.id",
      r.name AS "places.name",
      r.short AS short,
      r.pinyin AS pinyin,
      r."level" AS "level",
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM join_3 AS l
    JOIN places_4 AS r ON l.__key = r.short
  ),
  select_6 AS (
    SELECT label, "places.name", pinyin, "source", "offset", line, __ord FROM join_5
  )
SELECT label, "places.name", pinyin
FROM select_6
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  events_2 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  join_3 AS (
    SELECT
      l.id AS id,
      l.name AS name,
      l.short AS short,
      l.pinyin AS pinyin,
      l."level" AS "level",
      l."source" AS "source",
      l."offset" AS "offset",
      l.line AS line,
      r.id AS "events.id",
      r.name AS "events.name",
      r.label AS label,
      r.kind AS kind,
      r.form AS form,
      r.section AS section,
      r.county AS county,
      r.organizer AS organizer,
      r.partners AS partners,
      r."year" AS "year",
      r.year_basis AS year_basis,
      r.participants AS participants,
      r.participants_unit AS participants_unit,
      r.participants_approx AS participants_approx,
      r.sessions AS sessions,
      r.sessions_approx AS sessions_approx,
      r.involvement AS involvement,
      r.program AS program,
      row_number() OVER (ORDER BY l.__ord, r.__ord, r.__rsub) AS __ord
    FROM places_1 AS l
    JOIN (SELECT t.*, v.value AS __key, v.ord AS __rsub FROM events_2 AS t JOIN LATERAL unnest(t.county) WITH ORDINALITY AS v(value, ord) ON TRUE) AS r ON l.short = r.__key
  ),
  select_4 AS (
    SELECT name AS "places.name", label, "source", "offset", line, __ord FROM join_3
  )
SELECT "places.name", label
FROM select_4
ORDER BY __ord;
Tests/GoldenTests/Cases/lists.kx:16:23: error[E0409]: 'county' is a list of text, but upper() takes one value
   |
16 | events | select upper(county)
   |                       ^^^^^^
   = 'expand county' first gives one row per value; size(county) says how many it holds
Tests/GoldenTests/Cases/lists.kx:17:17: error[E0409]: 'county' is a list of text, but '+' takes one value
   |
17 | events | select county + 1
   |                 ^^^^^^
   = 'expand county' first gives one row per value; size(county) says how many it holds
Tests/GoldenTests/Cases/lists.kx:18:14: error[E0403]: 'where' needs a true/false condition, found a list
   |
18 | events where county
   |              ^^^^^^
   = compare it with something, e.g. 'participants > 100' or 'county is not null'
Tests/GoldenTests/Cases/lists.kx:19:17: error[E0410]: 'name' is text, not a list field: there is nothing to expand
   |
19 | events | expand name
   |                 ^^^^
   = expand takes fields shown as 'list of …' in .schema
Tests/GoldenTests/Cases/lists.kx:20:17: error[E0410]: 'organizer.name' is text, not a list field: there is nothing to expand
   |
20 | events | expand organizer.name
   |                 ^^^^^^^^^^^^^^
   = expand takes fields shown as 'list of …' in .schema
Tests/GoldenTests/Cases/lists.kx:21:24: error[E0405]: sum() takes a number as argument 1, found text
   |
21 | events | summarize sum(county)
   |                        ^^^^^^
   = see '.help functions'
Tests/GoldenTests/Cases/lists.kx:22:17: error[E0410]: expand takes a list field of the rows, and 'partners.name' is computed
   |
22 | events | expand partners.name
   |                 ^^^^^^^^^^^^^
   = name it first: 'extend partners.name as values | expand values'
-- ===== DuckDB =====
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '南召')) AND (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '内乡')))
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
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '社旗' OR v0.value IS NOT DISTINCT FROM '淅川'))
  ),
  select_3 AS (
    SELECT label, county, "source", "offset", line, __ord FROM where_2
  )
SELECT label, county
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE contains(v0.value, '淅'))) IS TRUE OR (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE starts_with(v0.value, '社'))) IS TRUE)
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
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value >= '南' AND v0.value <= '淅')) IS TRUE
  ),
  select_3 AS (
    SELECT label, "source", "offset", line, __ord FROM where_2
  )
SELECT label
FROM select_3
ORDER BY __ord;
Tests/GoldenTests/Cases/lists.kx:7:18: error[E0801]: sorting by a list cannot be written exactly in DuckDB SQL: lists compare value by value, which SQL does not
  |
7 | events | sort by county desc | select label, county | limit 3
  |                  ^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  extend_2 AS (
    SELECT
      id,
      name,
      label,
      kind,
      form,
      section,
      county,
      organizer,
      partners,
      "year",
      year_basis,
      participants,
      participants_unit,
      participants_approx,
      sessions,
      sessions_approx,
      involvement,
      program,
      "source",
      "offset",
      line,
      CASE WHEN coalesce(len(county), 0) = 0 THEN ['全市'] ELSE county END AS where_held,
      __ord
    FROM events_1
  ),
  select_3 AS (
    SELECT label, where_held, "source", "offset", line, __ord FROM extend_2
  ),
  limit_4 AS (
    SELECT * FROM select_3 ORDER BY __ord LIMIT 2
  )
SELECT label, where_held
FROM limit_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  expand_2 AS (
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
    FROM events_1 AS r
    LEFT JOIN LATERAL (SELECT unnest(r.county) AS value, generate_subscripts(r.county, 1) AS ord) AS v ON TRUE
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
    FROM expand_2 AS r
    LEFT JOIN LATERAL (SELECT unnest(r.program) AS value, generate_subscripts(r.program, 1) AS ord) AS v ON TRUE
  ),
  where_4 AS (
    SELECT * FROM expand_3 WHERE NOT (county IS NOT DISTINCT FROM NULL)
  ),
  select_5 AS (
    SELECT label, county, program, "source", "offset", line, __ord FROM where_4
  )
SELECT label, county, program
FROM select_5
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE list(t.organizer ORDER BY v.ord) END FROM (SELECT unnest(figures_1.event) AS value, generate_subscripts(figures_1.event, 1) AS ord) AS v JOIN events AS t ON t.id = v.value WHERE t.organizer IS NOT NULL)) AS value, generate_subscripts((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE list(t.organizer ORDER BY v.ord) END FROM (SELECT unnest(figures_1.event) AS value, generate_subscripts(figures_1.event, 1) AS ord) AS v JOIN events AS t ON t.id = v.value WHERE t.organizer IS NOT NULL), 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM 'nanyang-kexie'))
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
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  expand_2 AS (
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
    FROM figures_1 AS r
    LEFT JOIN LATERAL (SELECT unnest(r.event) AS value, generate_subscripts(r.event, 1) AS ord) AS v ON TRUE
  ),
  group_3 AS (
    SELECT (SELECT t.kind FROM events AS t WHERE t.id = expand_2.event) AS k0, __ord FROM expand_2
  ),
  groups_4 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_3 GROUP BY k0
  ),
  count_5 AS (
    SELECT k0 AS "event.kind", g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord
    FROM groups_4
  ),
  limit_6 AS (
    SELECT * FROM count_5 ORDER BY __ord LIMIT 3
  )
SELECT "event.kind", count
FROM limit_6
ORDER BY __ord;
Tests/GoldenTests/Cases/lists.kx:12:20: error[E0801]: min() of a list cannot be written exactly in DuckDB SQL: it runs over every value of the group's lists
   |
12 | events | summarize min(county), max(county), count_distinct(county) by involvement
   |                    ^^^^^^^^^^^
   = when a database runs this query, kexie runs this part itself on the rows it returns
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  join_2 AS (
    SELECT
      id,
      name,
      label,
      kind,
      form,
      section,
      county,
      organizer,
      partners,
      "year",
      year_basis,
      participants,
      participants_unit,
      participants_approx,
      sessions,
      sessions_approx,
      involvement,
      program,
      "source",
      "offset",
      line,
      county AS __key,
      __ord
    FROM events_1
  ),
  join_3 AS (
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
      r.program,
      r."source",
      r."offset",
      r.line,
      v.value AS __key,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM join_2 AS r
    LEFT JOIN LATERAL (SELECT unnest(r.__key) AS value, generate_subscripts(r.__key, 1) AS ord) AS v ON TRUE
  ),
  places_4 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  join_5 AS (
    SELECT
      l.id AS id,
      l.name AS name,
      l.label AS label,
      l.kind AS kind,
      l.form AS form,
      l.section AS section,
      l.county AS county,
      l.organizer AS organizer,
      l.partners AS partners,
      l."year" AS "year",
      l.year_basis AS year_basis,
      l.participants AS participants,
      l.participants_unit AS participants_unit,
      l.participants_approx AS participants_approx,
      l.sessions AS sessions,
      l.sessions_approx AS sessions_approx,
      l.involvement AS involvement,
      l.program AS program,
      l."source" AS "source",
      l."offset" AS "offset",
      l.line AS line,
      r.id AS "places.id",
      r.name AS "places.name",
      r.short AS short,
      r.pinyin AS pinyin,
      r."level" AS "level",
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM join_3 AS l
    JOIN places_4 AS r ON l.__key = r.short
  ),
  select_6 AS (
    SELECT label, "places.name", pinyin, "source", "offset", line, __ord FROM join_5
  )
SELECT label, "places.name", pinyin
FROM select_6
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  events_2 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  join_3 AS (
    SELECT
      l.id AS id,
      l.name AS name,
      l.short AS short,
      l.pinyin AS pinyin,
      l."level" AS "level",
      l."source" AS "source",
      l."offset" AS "offset",
      l.line AS line,
      r.id AS "events.id",
      r.name AS "events.name",
      r.label AS label,
      r.kind AS kind,
      r.form AS form,
      r.section AS section,
      r.county AS county,
      r.organizer AS organizer,
      r.partners AS partners,
      r."year" AS "year",
      r.year_basis AS year_basis,
      r.participants AS participants,
      r.participants_unit AS participants_unit,
      r.participants_approx AS participants_approx,
      r.sessions AS sessions,
      r.sessions_approx AS sessions_approx,
      r.involvement AS involvement,
      r.program AS program,
      row_number() OVER (ORDER BY l.__ord, r.__ord, r.__rsub) AS __ord
    FROM places_1 AS l
    JOIN (SELECT t.*, v.value AS __key, v.ord AS __rsub FROM events_2 AS t JOIN LATERAL (SELECT unnest(t.county) AS value, generate_subscripts(t.county, 1) AS ord) AS v ON TRUE) AS r ON l.short = r.__key
  ),
  select_4 AS (
    SELECT name AS "places.name", label, "source", "offset", line, __ord FROM join_3
  )
SELECT "places.name", label
FROM select_4
ORDER BY __ord;
Tests/GoldenTests/Cases/lists.kx:16:23: error[E0409]: 'county' is a list of text, but upper() takes one value
   |
16 | events | select upper(county)
   |                       ^^^^^^
   = 'expand county' first gives one row per value; size(county) says how many it holds
Tests/GoldenTests/Cases/lists.kx:17:17: error[E0409]: 'county' is a list of text, but '+' takes one value
   |
17 | events | select county + 1
   |                 ^^^^^^
   = 'expand county' first gives one row per value; size(county) says how many it holds
Tests/GoldenTests/Cases/lists.kx:18:14: error[E0403]: 'where' needs a true/false condition, found a list
   |
18 | events where county
   |              ^^^^^^
   = compare it with something, e.g. 'participants > 100' or 'county is not null'
Tests/GoldenTests/Cases/lists.kx:19:17: error[E0410]: 'name' is text, not a list field: there is nothing to expand
   |
19 | events | expand name
   |                 ^^^^
   = expand takes fields shown as 'list of …' in .schema
Tests/GoldenTests/Cases/lists.kx:20:17: error[E0410]: 'organizer.name' is text, not a list field: there is nothing to expand
   |
20 | events | expand organizer.name
   |                 ^^^^^^^^^^^^^^
   = expand takes fields shown as 'list of …' in .schema
Tests/GoldenTests/Cases/lists.kx:21:24: error[E0405]: sum() takes a number as argument 1, found text
   |
21 | events | summarize sum(county)
   |                        ^^^^^^
   = see '.help functions'
Tests/GoldenTests/Cases/lists.kx:22:17: error[E0410]: expand takes a list field of the rows, and 'partners.name' is computed
   |
22 | events | expand partners.name
   |                 ^^^^^^^^^^^^^
   = name it first: 'extend partners.name as values | expand values'
