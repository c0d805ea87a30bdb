-- ===== SQLite =====
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (kind IS '竞赛' OR kind IS '讲座')
  ),
  select_3 AS (
    SELECT label, kind, form, "source", "offset", line, __ord FROM where_2
  )
SELECT label, kind, form
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (participants >= 100 AND participants <= 1000000) IS TRUE
  ),
  select_3 AS (
    SELECT label, participants, participants_unit, "source", "offset", line, __ord FROM where_2
  )
SELECT label, participants, participants_unit
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((instr(name, '科普') > 0) IS TRUE AND (coalesce(json_array_length(county), 0) = 0))
  ),
  select_3 AS (
    SELECT name, "source", "offset", line, __ord FROM where_2
  )
SELECT name
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM json_each(CASE WHEN coalesce(json_array_length(county), 0) = 0 THEN '[null]' ELSE county END) AS v0 WHERE v0.value IS NULL))
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
    WHERE NOT (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '淅川'))
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
-- ===== PostgreSQL =====
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (kind IS NOT DISTINCT FROM '竞赛' OR kind IS NOT DISTINCT FROM '讲座')
  ),
  select_3 AS (
    SELECT label, kind, form, "source", "offset", line, __ord FROM where_2
  )
SELECT label, kind, form
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (participants >= 100 AND participants <= 1000000) IS TRUE
  ),
  select_3 AS (
    SELECT label, participants, participants_unit, "source", "offset", line, __ord FROM where_2
  )
SELECT label, participants, participants_unit
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((strpos(name, '科普') > 0) IS TRUE AND (coalesce(cardinality(county), 0) = 0))
  ),
  select_3 AS (
    SELECT name, "source", "offset", line, __ord FROM where_2
  )
SELECT name
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(CASE WHEN coalesce(cardinality(county), 0) = 0 THEN CAST(ARRAY[NULL] AS TEXT[]) ELSE county END) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM NULL))
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
    WHERE NOT (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '淅川'))
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
-- ===== DuckDB =====
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (kind IS NOT DISTINCT FROM '竞赛' OR kind IS NOT DISTINCT FROM '讲座')
  ),
  select_3 AS (
    SELECT label, kind, form, "source", "offset", line, __ord FROM where_2
  )
SELECT label, kind, form
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (participants >= 100 AND participants <= 1000000) IS TRUE
  ),
  select_3 AS (
    SELECT label, participants, participants_unit, "source", "offset", line, __ord FROM where_2
  )
SELECT label, participants, participants_unit
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE ((contains(name, '科普')) IS TRUE AND (coalesce(len(county), 0) = 0))
  ),
  select_3 AS (
    SELECT name, "source", "offset", line, __ord FROM where_2
  )
SELECT name
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(CASE WHEN coalesce(len(county), 0) = 0 THEN CAST([NULL] AS VARCHAR[]) ELSE county END) AS value, generate_subscripts(CASE WHEN coalesce(len(county), 0) = 0 THEN CAST([NULL] AS VARCHAR[]) ELSE county END, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM NULL))
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
    WHERE NOT (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '淅川'))
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
