-- ===== SQLite =====
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '淅川'))
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
    WHERE ((EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '淅川')) OR (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '内乡')))
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
    SELECT *
    FROM events_1
    WHERE NOT (EXISTS (SELECT 1 FROM json_each(CASE WHEN coalesce(json_array_length(county), 0) = 0 THEN '[null]' ELSE county END) AS v0 WHERE v0.value IS NULL))
  ),
  group_3 AS (
    SELECT county AS k0, __ord FROM where_2
  ),
  group_4 AS (
    SELECT v.value AS k0, row_number() OVER (ORDER BY r.__ord, v.key) AS __ord
    FROM group_3 AS r
    LEFT JOIN json_each(r.k0) AS v ON TRUE
  ),
  groups_5 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_4 GROUP BY k0
  ),
  count_6 AS (
    SELECT k0 AS county, g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord
    FROM groups_5
  )
SELECT county, count
FROM count_6
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE NOT (EXISTS (SELECT 1 FROM json_each(CASE WHEN coalesce(json_array_length(county), 0) = 0 THEN '[null]' ELSE county END) AS v0 WHERE v0.value IS NULL))
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
    SELECT * FROM events_1 WHERE (kind IS '展览')
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
  expand_4 AS (
    SELECT
      id,
      name,
      label,
      kind,
      form,
      section,
      county AS "县",
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
      __ord
    FROM expand_3
  ),
  select_5 AS (
    SELECT label, "县", "source", "offset", line, __ord FROM expand_4
  )
SELECT label, "县"
FROM select_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM json_each(partners) AS v0 WHERE v0.value IS 'shiwei'))
  ),
  select_3 AS (
    SELECT label, partners, "source", "offset", line, __ord FROM where_2
  )
SELECT label, partners
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (coalesce(json_array_length((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_group_array(value) END FROM (SELECT t.name AS value FROM json_each(events_1.program) AS v JOIN programs AS t ON t.id = v.value WHERE t.name IS NOT NULL ORDER BY v.key))), 0) > 1) IS TRUE
  ),
  select_3 AS (
    SELECT
      label,
      coalesce(json_array_length((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_group_array(value) END FROM (SELECT t.name AS value FROM json_each(where_2.program) AS v JOIN programs AS t ON t.id = v.value WHERE t.name IS NOT NULL ORDER BY v.key))), 0) AS programmes,
      program,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT label, programmes, program
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (organizer IS 'nanyang-kexie')
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
    SELECT * FROM events_1 WHERE (organizer IS 'nanyang-kexie')
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
  where_2 AS (
    SELECT * FROM figures_1 WHERE (scope IS 'henan')
  ),
  select_3 AS (
    SELECT subject, "rank", place, scope, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "rank", place, scope
FROM select_3
ORDER BY __ord;
examples/14-lists-and-links.kx:27:26: warning[W0101]: no organizer is '南阳科协'; did you mean '南阳市科协' or '中科协'?
   |
27 | events where organizer = "南阳科协" | count
   |                          ^^^^^^^^^^
   = organizer links to orgs: compare it with the name or the id of one of them
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (organizer IS '南阳科协')
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
examples/14-lists-and-links.kx:30:64: error[E0801]: count_distinct() of a list cannot be written exactly in SQLite SQL: it runs over every value of the group's lists
   |
30 | figures | summarize count() as figures, count(event) as links, count_distinct(event) as activities
   |                                                                ^^^^^^^^^^^^^^^^^^^^^
   = when a database runs this query, kexie runs this part itself on the rows it returns
-- ===== PostgreSQL =====
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
    WHERE ((EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '淅川')) OR (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '内乡')))
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
    SELECT *
    FROM events_1
    WHERE NOT (EXISTS (SELECT 1 FROM unnest(CASE WHEN coalesce(cardinality(county), 0) = 0 THEN CAST(ARRAY[NULL] AS TEXT[]) ELSE county END) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM NULL))
  ),
  group_3 AS (
    SELECT county AS k0, __ord FROM where_2
  ),
  group_4 AS (
    SELECT v.value AS k0, row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM group_3 AS r
    LEFT JOIN LATERAL unnest(r.k0) WITH ORDINALITY AS v(value, ord) ON TRUE
  ),
  groups_5 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_4 GROUP BY k0
  ),
  count_6 AS (
    SELECT k0 AS county, g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord
    FROM groups_5
  )
SELECT county, count
FROM count_6
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE NOT (EXISTS (SELECT 1 FROM unnest(CASE WHEN coalesce(cardinality(county), 0) = 0 THEN CAST(ARRAY[NULL] AS TEXT[]) ELSE county END) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM NULL))
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
    SELECT * FROM events_1 WHERE (kind IS NOT DISTINCT FROM '展览')
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
  expand_4 AS (
    SELECT
      id,
      name,
      label,
      kind,
      form,
      section,
      county AS "县",
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
      __ord
    FROM expand_3
  ),
  select_5 AS (
    SELECT label, "县", "source", "offset", line, __ord FROM expand_4
  )
SELECT label, "县"
FROM select_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(partners) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM 'shiwei'))
  ),
  select_3 AS (
    SELECT label, partners, "source", "offset", line, __ord FROM where_2
  )
SELECT label, partners
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (coalesce(cardinality((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE array_agg(t.name ORDER BY v.ord) END FROM unnest(events_1.program) WITH ORDINALITY AS v(value, ord) JOIN programs AS t ON t.id = v.value WHERE t.name IS NOT NULL)), 0) > 1) IS TRUE
  ),
  select_3 AS (
    SELECT
      label,
      coalesce(cardinality((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE array_agg(t.name ORDER BY v.ord) END FROM unnest(where_2.program) WITH ORDINALITY AS v(value, ord) JOIN programs AS t ON t.id = v.value WHERE t.name IS NOT NULL)), 0) AS programmes,
      program,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT label, programmes, program
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (organizer IS NOT DISTINCT FROM 'nanyang-kexie')
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
    SELECT * FROM events_1 WHERE (organizer IS NOT DISTINCT FROM 'nanyang-kexie')
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
  where_2 AS (
    SELECT * FROM figures_1 WHERE (scope IS NOT DISTINCT FROM 'henan')
  ),
  select_3 AS (
    SELECT subject, "rank", place, scope, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "rank", place, scope
FROM select_3
ORDER BY __ord;
examples/14-lists-and-links.kx:27:26: warning[W0101]: no organizer is '南阳科协'; did you mean '南阳市科协' or '中科协'?
   |
27 | events where organizer = "南阳科协" | count
   |                          ^^^^^^^^^^
   = organizer links to orgs: compare it with the name or the id of one of them
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (organizer IS NOT DISTINCT FROM '南阳科协')
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
examples/14-lists-and-links.kx:30:64: error[E0801]: count_distinct() of a list cannot be written exactly in PostgreSQL SQL: it runs over every value of the group's lists
   |
30 | figures | summarize count() as figures, count(event) as links, count_distinct(event) as activities
   |                                                                ^^^^^^^^^^^^^^^^^^^^^
   = when a database runs this query, kexie runs this part itself on the rows it returns
-- ===== DuckDB =====
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
    WHERE ((EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '淅川')) OR (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '内乡')))
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
    SELECT *
    FROM events_1
    WHERE NOT (EXISTS (SELECT 1 FROM (SELECT unnest(CASE WHEN coalesce(len(county), 0) = 0 THEN CAST([NULL] AS VARCHAR[]) ELSE county END) AS value, generate_subscripts(CASE WHEN coalesce(len(county), 0) = 0 THEN CAST([NULL] AS VARCHAR[]) ELSE county END, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM NULL))
  ),
  group_3 AS (
    SELECT county AS k0, __ord FROM where_2
  ),
  group_4 AS (
    SELECT v.value AS k0, row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM group_3 AS r
    LEFT JOIN LATERAL (SELECT unnest(r.k0) AS value, generate_subscripts(r.k0, 1) AS ord) AS v ON TRUE
  ),
  groups_5 AS (
    SELECT k0, count(*) AS g0, min(__ord) AS __first FROM group_4 GROUP BY k0
  ),
  count_6 AS (
    SELECT k0 AS county, g0 AS count, row_number() OVER (ORDER BY g0 DESC, __first) AS __ord
    FROM groups_5
  )
SELECT county, count
FROM count_6
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE NOT (EXISTS (SELECT 1 FROM (SELECT unnest(CASE WHEN coalesce(len(county), 0) = 0 THEN CAST([NULL] AS VARCHAR[]) ELSE county END) AS value, generate_subscripts(CASE WHEN coalesce(len(county), 0) = 0 THEN CAST([NULL] AS VARCHAR[]) ELSE county END, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM NULL))
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
    SELECT * FROM events_1 WHERE (kind IS NOT DISTINCT FROM '展览')
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
  expand_4 AS (
    SELECT
      id,
      name,
      label,
      kind,
      form,
      section,
      county AS "县",
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
      __ord
    FROM expand_3
  ),
  select_5 AS (
    SELECT label, "县", "source", "offset", line, __ord FROM expand_4
  )
SELECT label, "县"
FROM select_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(partners) AS value, generate_subscripts(partners, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM 'shiwei'))
  ),
  select_3 AS (
    SELECT label, partners, "source", "offset", line, __ord FROM where_2
  )
SELECT label, partners
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (coalesce(len((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE list(t.name ORDER BY v.ord) END FROM (SELECT unnest(events_1.program) AS value, generate_subscripts(events_1.program, 1) AS ord) AS v JOIN programs AS t ON t.id = v.value WHERE t.name IS NOT NULL)), 0) > 1) IS TRUE
  ),
  select_3 AS (
    SELECT
      label,
      coalesce(len((SELECT CASE WHEN count(*) = 0 THEN NULL ELSE list(t.name ORDER BY v.ord) END FROM (SELECT unnest(where_2.program) AS value, generate_subscripts(where_2.program, 1) AS ord) AS v JOIN programs AS t ON t.id = v.value WHERE t.name IS NOT NULL)), 0) AS programmes,
      program,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT label, programmes, program
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (organizer IS NOT DISTINCT FROM 'nanyang-kexie')
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
    SELECT * FROM events_1 WHERE (organizer IS NOT DISTINCT FROM 'nanyang-kexie')
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
  where_2 AS (
    SELECT * FROM figures_1 WHERE (scope IS NOT DISTINCT FROM 'henan')
  ),
  select_3 AS (
    SELECT subject, "rank", place, scope, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "rank", place, scope
FROM select_3
ORDER BY __ord;
examples/14-lists-and-links.kx:27:26: warning[W0101]: no organizer is '南阳科协'; did you mean '南阳市科协' or '中科协'?
   |
27 | events where organizer = "南阳科协" | count
   |                          ^^^^^^^^^^
   = organizer links to orgs: compare it with the name or the id of one of them
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (organizer IS NOT DISTINCT FROM '南阳科协')
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
examples/14-lists-and-links.kx:30:64: error[E0801]: count_distinct() of a list cannot be written exactly in DuckDB SQL: it runs over every value of the group's lists
   |
30 | figures | summarize count() as figures, count(event) as links, count_distinct(event) as activities
   |                                                                ^^^^^^^^^^^^^^^^^^^^^
   = when a database runs this query, kexie runs this part itself on the rows it returns
