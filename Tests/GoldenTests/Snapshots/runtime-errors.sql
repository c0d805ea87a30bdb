-- ===== SQLite =====
-- kexie_error(): defined by kexie's SQLite backend
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (participants > 0) IS TRUE
  ),
  select_3 AS (
    SELECT
      (CASE WHEN participants IS NULL OR 0 IS NULL THEN NULL WHEN 0 = 0 THEN kexie_error('E0501 49 65') ELSE CAST(participants AS REAL) / 0 END) AS "participants / 0",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT "participants / 0"
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  select_2 AS (
    SELECT
      (9223372036854775807 + participants) AS "9223372036854775807 + participants",
      "source",
      "offset",
      line,
      __ord
    FROM events_1
  )
SELECT "9223372036854775807 + participants"
FROM select_2
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  group_2 AS (
    SELECT ("value" * 1000000000000) AS a0, __ord FROM figures_1
  ),
  groups_3 AS (
    SELECT sum(a0) AS g0, 1 AS __first FROM group_2
  ),
  summarize_4 AS (
    SELECT g0 AS "sum(value * 1000000000000)", row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT "sum(value * 1000000000000)"
FROM summarize_4
ORDER BY __ord;
Tests/GoldenTests/Cases/runtime-errors.kx:5:17: error[E0801]: round() cannot be written exactly in SQLite SQL: its digits must be a number from 0 to 15 written in the query
  |
5 | events | select round(participants, 99)
  |                 ^^^^^^^^^^^^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
-- kexie_substr(): defined by kexie's SQLite backend
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  select_2 AS (
    SELECT kexie_substr(name, 1, -1) AS "substr(name, 1, -1)", "source", "offset", line, __ord
    FROM events_1
  )
SELECT "substr(name, 1, -1)"
FROM select_2
ORDER BY __ord;
-- ===== PostgreSQL =====
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (participants > 0) IS TRUE
  ),
  select_3 AS (
    SELECT
      (CAST(participants AS DOUBLE PRECISION) / 0) AS "participants / 0",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT "participants / 0"
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  select_2 AS (
    SELECT
      (9223372036854775807 + participants) AS "9223372036854775807 + participants",
      "source",
      "offset",
      line,
      __ord
    FROM events_1
  )
SELECT "9223372036854775807 + participants"
FROM select_2
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  group_2 AS (
    SELECT ("value" * 1000000000000) AS a0, __ord FROM figures_1
  ),
  groups_3 AS (
    SELECT sum(a0) AS g0, 1 AS __first FROM group_2
  ),
  summarize_4 AS (
    SELECT g0 AS "sum(value * 1000000000000)", row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT "sum(value * 1000000000000)"
FROM summarize_4
ORDER BY __ord;
Tests/GoldenTests/Cases/runtime-errors.kx:5:17: error[E0801]: round() cannot be written exactly in PostgreSQL SQL: its digits must be a number from 0 to 15 written in the query
  |
5 | events | select round(participants, 99)
  |                 ^^^^^^^^^^^^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
Tests/GoldenTests/Cases/runtime-errors.kx:6:17: error[E0801]: substr() cannot be written exactly in PostgreSQL SQL: kexie counts characters as people see them
  |
6 | events | select substr(name, 1, -1)
  |                 ^^^^^^^^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
-- ===== DuckDB =====
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (participants > 0) IS TRUE
  ),
  select_3 AS (
    SELECT
      (CASE WHEN participants IS NULL OR 0 IS NULL THEN NULL WHEN 0 = 0 THEN error('E0501 49 65') ELSE CAST(participants AS DOUBLE) / 0 END) AS "participants / 0",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT "participants / 0"
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  select_2 AS (
    SELECT
      (9223372036854775807 + participants) AS "9223372036854775807 + participants",
      "source",
      "offset",
      line,
      __ord
    FROM events_1
  )
SELECT "9223372036854775807 + participants"
FROM select_2
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  group_2 AS (
    SELECT ("value" * 1000000000000) AS a0, __ord FROM figures_1
  ),
  groups_3 AS (
    SELECT sum(a0) AS g0, 1 AS __first FROM group_2
  ),
  summarize_4 AS (
    SELECT g0 AS "sum(value * 1000000000000)", row_number() OVER (ORDER BY __first) AS __ord
    FROM groups_3
  )
SELECT "sum(value * 1000000000000)"
FROM summarize_4
ORDER BY __ord;
Tests/GoldenTests/Cases/runtime-errors.kx:5:17: error[E0801]: round() cannot be written exactly in DuckDB SQL: its digits must be a number from 0 to 15 written in the query
  |
5 | events | select round(participants, 99)
  |                 ^^^^^^^^^^^^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
Tests/GoldenTests/Cases/runtime-errors.kx:6:17: error[E0801]: substr() cannot be written exactly in DuckDB SQL: kexie counts characters as people see them
  |
6 | events | select substr(name, 1, -1)
  |                 ^^^^^^^^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
