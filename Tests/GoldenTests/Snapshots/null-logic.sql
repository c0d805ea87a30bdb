-- ===== SQLite =====
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (organizer IS NULL)
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
    SELECT * FROM events_1 WHERE NOT (organizer IS NULL)
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
    SELECT * FROM events_1 WHERE (participants > 1000) IS TRUE
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
    SELECT * FROM events_1 WHERE NOT (participants > 1000) IS TRUE
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
    SELECT * FROM events_1 WHERE (coalesce(participants, 0) < 1000) IS TRUE
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
    SELECT
      participants AS a1,
      participants AS a2,
      participants AS a3,
      sessions AS a4,
      sessions AS a5,
      __ord
    FROM events_1
  ),
  groups_3 AS (
    SELECT
      count(*) AS g0,
      count(a1) AS g1,
      sum(a2) AS g2,
      avg(a3) AS g3,
      min(a4) AS g4,
      max(a5) AS g5,
      1 AS __first
    FROM group_2
  ),
  summarize_4 AS (
    SELECT
      g0 AS count,
      g1 AS "count(participants)",
      g2 AS "sum(participants)",
      g3 AS "avg(participants)",
      g4 AS "min(sessions)",
      g5 AS "max(sessions)",
      row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT count, "count(participants)", "sum(participants)", "avg(participants)", "min(sessions)", "max(sessions)"
FROM summarize_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (organizer IS NULL)
  ),
  group_3 AS (
    SELECT participants AS a0, sessions AS a1, __ord FROM where_2
  ),
  groups_4 AS (
    SELECT sum(a0) AS g0, max(a1) AS g1, 1 AS __first FROM group_3
  ),
  summarize_5 AS (
    SELECT
      g0 AS "sum(participants)",
      g1 AS "max(sessions)",
      row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_4
  )
SELECT "sum(participants)", "max(sessions)"
FROM summarize_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  sort_2 AS (
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
      row_number() OVER (ORDER BY participants IS NULL, participants DESC, __ord) AS __ord
    FROM events_1
  ),
  select_3 AS (
    SELECT name, participants, "source", "offset", line, __ord FROM sort_2
  ),
  limit_4 AS (
    SELECT * FROM select_3 ORDER BY __ord LIMIT 5
  )
SELECT name, participants
FROM limit_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  sort_2 AS (
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
      row_number() OVER (ORDER BY participants IS NULL, participants, __ord) AS __ord
    FROM events_1
  ),
  select_3 AS (
    SELECT name, participants, "source", "offset", line, __ord FROM sort_2
  ),
  limit_4 AS (
    SELECT * FROM select_3 ORDER BY __ord LIMIT 2
  )
SELECT name, participants
FROM limit_4
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
    SELECT * FROM events_1 WHERE (organizer IS NOT DISTINCT FROM NULL)
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
    SELECT * FROM events_1 WHERE NOT (organizer IS NOT DISTINCT FROM NULL)
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
    SELECT * FROM events_1 WHERE (participants > 1000) IS TRUE
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
    SELECT * FROM events_1 WHERE NOT (participants > 1000) IS TRUE
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
    SELECT * FROM events_1 WHERE (coalesce(participants, 0) < 1000) IS TRUE
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
    SELECT
      participants AS a1,
      participants AS a2,
      participants AS a3,
      sessions AS a4,
      sessions AS a5,
      __ord
    FROM events_1
  ),
  groups_3 AS (
    SELECT
      count(*) AS g0,
      count(a1) AS g1,
      sum(a2) AS g2,
      avg(a3) AS g3,
      min(a4) AS g4,
      max(a5) AS g5,
      1 AS __first
    FROM group_2
  ),
  summarize_4 AS (
    SELECT
      g0 AS count,
      g1 AS "count(participants)",
      g2 AS "sum(participants)",
      g3 AS "avg(participants)",
      g4 AS "min(sessions)",
      g5 AS "max(sessions)",
      row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT count, "count(participants)", "sum(participants)", "avg(participants)", "min(sessions)", "max(sessions)"
FROM summarize_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (organizer IS NOT DISTINCT FROM NULL)
  ),
  group_3 AS (
    SELECT participants AS a0, sessions AS a1, __ord FROM where_2
  ),
  groups_4 AS (
    SELECT sum(a0) AS g0, max(a1) AS g1, 1 AS __first FROM group_3
  ),
  summarize_5 AS (
    SELECT
      g0 AS "sum(participants)",
      g1 AS "max(sessions)",
      row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_4
  )
SELECT "sum(participants)", "max(sessions)"
FROM summarize_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  sort_2 AS (
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
      row_number() OVER (ORDER BY participants DESC NULLS LAST, __ord) AS __ord
    FROM events_1
  ),
  select_3 AS (
    SELECT name, participants, "source", "offset", line, __ord FROM sort_2
  ),
  limit_4 AS (
    SELECT * FROM select_3 ORDER BY __ord LIMIT 5
  )
SELECT name, participants
FROM limit_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  sort_2 AS (
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
      row_number() OVER (ORDER BY participants NULLS LAST, __ord) AS __ord
    FROM events_1
  ),
  select_3 AS (
    SELECT name, participants, "source", "offset", line, __ord FROM sort_2
  ),
  limit_4 AS (
    SELECT * FROM select_3 ORDER BY __ord LIMIT 2
  )
SELECT name, participants
FROM limit_4
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
    SELECT * FROM events_1 WHERE (organizer IS NOT DISTINCT FROM NULL)
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
    SELECT * FROM events_1 WHERE NOT (organizer IS NOT DISTINCT FROM NULL)
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
    SELECT * FROM events_1 WHERE (participants > 1000) IS TRUE
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
    SELECT * FROM events_1 WHERE NOT (participants > 1000) IS TRUE
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
    SELECT * FROM events_1 WHERE (coalesce(participants, 0) < 1000) IS TRUE
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
    SELECT
      participants AS a1,
      participants AS a2,
      participants AS a3,
      sessions AS a4,
      sessions AS a5,
      __ord
    FROM events_1
  ),
  groups_3 AS (
    SELECT
      count(*) AS g0,
      count(a1) AS g1,
      sum(a2) AS g2,
      avg(a3) AS g3,
      min(a4) AS g4,
      max(a5) AS g5,
      1 AS __first
    FROM group_2
  ),
  summarize_4 AS (
    SELECT
      g0 AS count,
      g1 AS "count(participants)",
      g2 AS "sum(participants)",
      g3 AS "avg(participants)",
      g4 AS "min(sessions)",
      g5 AS "max(sessions)",
      row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT count, "count(participants)", "sum(participants)", "avg(participants)", "min(sessions)", "max(sessions)"
FROM summarize_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (organizer IS NOT DISTINCT FROM NULL)
  ),
  group_3 AS (
    SELECT participants AS a0, sessions AS a1, __ord FROM where_2
  ),
  groups_4 AS (
    SELECT sum(a0) AS g0, max(a1) AS g1, 1 AS __first FROM group_3
  ),
  summarize_5 AS (
    SELECT
      g0 AS "sum(participants)",
      g1 AS "max(sessions)",
      row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_4
  )
SELECT "sum(participants)", "max(sessions)"
FROM summarize_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  sort_2 AS (
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
      row_number() OVER (ORDER BY participants DESC NULLS LAST, __ord) AS __ord
    FROM events_1
  ),
  select_3 AS (
    SELECT name, participants, "source", "offset", line, __ord FROM sort_2
  ),
  limit_4 AS (
    SELECT * FROM select_3 ORDER BY __ord LIMIT 5
  )
SELECT name, participants
FROM limit_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  sort_2 AS (
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
      row_number() OVER (ORDER BY participants NULLS LAST, __ord) AS __ord
    FROM events_1
  ),
  select_3 AS (
    SELECT name, participants, "source", "offset", line, __ord FROM sort_2
  ),
  limit_4 AS (
    SELECT * FROM select_3 ORDER BY __ord LIMIT 2
  )
SELECT name, participants
FROM limit_4
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
