-- ===== SQLite =====
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
  ),
  limit_5 AS (
    SELECT * FROM count_4 ORDER BY __ord LIMIT 5
  )
SELECT kind, count
FROM limit_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  group_2 AS (
    SELECT involvement AS k0, participants AS a1, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, sum(a1) AS g1, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  summarize_4 AS (
    SELECT
      k0 AS involvement,
      g0 AS activities,
      g1 AS people,
      row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT involvement, activities, people
FROM summarize_4
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  group_2 AS (
    SELECT unit AS a1, "value" AS a2, __ord FROM figures_1
  ),
  groups_3 AS (
    SELECT count(*) AS g0, count(DISTINCT a1) AS g1, max(a2) AS g2, 1 AS __first FROM group_2
  ),
  summarize_4 AS (
    SELECT g0 AS figures, g1 AS units, g2 AS largest, row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT figures, units, largest
FROM summarize_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  group_2 AS (
    SELECT (SELECT t.title FROM sections AS t WHERE t.id = events_1.section) AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  distinct_4 AS (
    SELECT k0 AS "section.title", row_number() OVER (ORDER BY __first) AS __ord FROM groups_3
  )
SELECT "section.title"
FROM distinct_4
ORDER BY __ord;
-- ===== PostgreSQL =====
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
  ),
  limit_5 AS (
    SELECT * FROM count_4 ORDER BY __ord LIMIT 5
  )
SELECT kind, count
FROM limit_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT involvement AS k0, participants AS a1, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, sum(a1) AS g1, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  summarize_4 AS (
    SELECT
      k0 AS involvement,
      g0 AS activities,
      g1 AS people,
      row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT involvement, activities, people
FROM summarize_4
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  group_2 AS (
    SELECT unit AS a1, "value" AS a2, __ord FROM figures_1
  ),
  groups_3 AS (
    SELECT count(*) AS g0, count(DISTINCT a1) AS g1, max(a2) AS g2, 1 AS __first FROM group_2
  ),
  summarize_4 AS (
    SELECT g0 AS figures, g1 AS units, g2 AS largest, row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT figures, units, largest
FROM summarize_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT (SELECT t.title FROM sections AS t WHERE t.id = events_1.section) AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  distinct_4 AS (
    SELECT k0 AS "section.title", row_number() OVER (ORDER BY __first) AS __ord FROM groups_3
  )
SELECT "section.title"
FROM distinct_4
ORDER BY __ord;
-- ===== DuckDB =====
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
  ),
  limit_5 AS (
    SELECT * FROM count_4 ORDER BY __ord LIMIT 5
  )
SELECT kind, count
FROM limit_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT involvement AS k0, participants AS a1, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, count(*) AS g0, sum(a1) AS g1, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  summarize_4 AS (
    SELECT
      k0 AS involvement,
      g0 AS activities,
      g1 AS people,
      row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT involvement, activities, people
FROM summarize_4
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  group_2 AS (
    SELECT unit AS a1, "value" AS a2, __ord FROM figures_1
  ),
  groups_3 AS (
    SELECT count(*) AS g0, count(DISTINCT a1) AS g1, max(a2) AS g2, 1 AS __first FROM group_2
  ),
  summarize_4 AS (
    SELECT g0 AS figures, g1 AS units, g2 AS largest, row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT figures, units, largest
FROM summarize_4
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT (SELECT t.title FROM sections AS t WHERE t.id = events_1.section) AS k0, __ord FROM events_1
  ),
  groups_3 AS (
    SELECT k0, min(__ord) AS __first FROM group_2 GROUP BY k0
  ),
  distinct_4 AS (
    SELECT k0 AS "section.title", row_number() OVER (ORDER BY __first) AS __ord FROM groups_3
  )
SELECT "section.title"
FROM distinct_4
ORDER BY __ord;
