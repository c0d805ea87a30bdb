-- ===== SQLite =====
examples/11-mistakes.kx:15:8: error[E0302]: expected a clause, found 'filter'
   |
15 | events filter county = "淅川"
   |        ^^^^^^
   = did you mean 'where'?
   = clauses: where, select, extend, sort by, limit, top, count, summarize, distinct, expand, join, cite
examples/11-mistakes.kx:16:26: error[E0303]: kexie writes '&&' as 'and'
   |
16 | events where year = 2021 && county = "淅川"
   |                          ^^
   = did you mean 'and'?
examples/11-mistakes.kx:17:20: error[E0305]: kexie names an aggregate after it, not before
   |
17 | events | summarize n = count()
   |                    ^^^^^^^^^^^
   = use 'count() as n'
examples/11-mistakes.kx:18:1: error[E0306]: a query starts with its source, not with 'select'
   |
18 | select name from events where county = '淅川'
   | ^^^^^^
   = kexie starts with the source and flows left to right
   = try 'events | where county = '淅川' | select name'
examples/11-mistakes.kx:28:1: error[E0307]: 'where' starts a new statement, but a statement cannot start with a clause
   |
28 | where ordinal = 1
   | ^^^^^
   = to continue the query on a new line, start the line with '| where'
examples/11-mistakes.kx:9:14: error[E0203]: unknown field 'countyy' in events
  |
9 | events where countyy = "淅川"
  |              ^^^^^^^
  = did you mean 'county'?
  = events has: id, name, label, kind, form, section, county, organizer, partners, year, year_basis, participants, …
examples/11-mistakes.kx:12:23: warning[W0101]: no county is '西川'; did you mean '淅川'?
   |
12 | events where county = "西川" | count
   |                       ^^^^^^
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '西川'))
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
examples/11-mistakes.kx:21:14: error[E0401]: cannot compare an integer with text using '='
   |
21 | events where participants = "500"
   |              ^^^^^^^^^^^^^^^^^^^^
   = drop the quotes to compare numbers, or convert with to_int(…)
examples/11-mistakes.kx:24:14: error[E0406]: count() is an aggregate; it can only be used in 'summarize'
   |
24 | events where count() > 1
   |              ^^^^^^^
   = e.g. 'summarize count(…) by county'
WITH
  sections_1 AS (
    SELECT *, rowid AS __ord FROM sections
  ),
  group_2 AS (
    SELECT __ord FROM sections_1
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
examples/11-mistakes.kx:31:23: error[E0203]: unknown field '淅川' in events
   |
31 | events where county = 淅川
   |                       ^^^^
   = '淅川' is a value of county, not a field: quote it to compare with the text, "淅川"
   = events has: id, name, label, kind, form, section, county, organizer, partners, year, year_basis, participants, …
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
      (CASE WHEN participants IS NULL OR (participants - participants) IS NULL THEN NULL WHEN (participants - participants) = 0 THEN kexie_error('E0501 1128 1172') ELSE CAST(participants AS REAL) / (participants - participants) END) AS "participants / (participants - participants)",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT "participants / (participants - participants)"
FROM select_3
ORDER BY __ord;
-- ===== PostgreSQL =====
examples/11-mistakes.kx:15:8: error[E0302]: expected a clause, found 'filter'
   |
15 | events filter county = "淅川"
   |        ^^^^^^
   = did you mean 'where'?
   = clauses: where, select, extend, sort by, limit, top, count, summarize, distinct, expand, join, cite
examples/11-mistakes.kx:16:26: error[E0303]: kexie writes '&&' as 'and'
   |
16 | events where year = 2021 && county = "淅川"
   |                          ^^
   = did you mean 'and'?
examples/11-mistakes.kx:17:20: error[E0305]: kexie names an aggregate after it, not before
   |
17 | events | summarize n = count()
   |                    ^^^^^^^^^^^
   = use 'count() as n'
examples/11-mistakes.kx:18:1: error[E0306]: a query starts with its source, not with 'select'
   |
18 | select name from events where county = '淅川'
   | ^^^^^^
   = kexie starts with the source and flows left to right
   = try 'events | where county = '淅川' | select name'
examples/11-mistakes.kx:28:1: error[E0307]: 'where' starts a new statement, but a statement cannot start with a clause
   |
28 | where ordinal = 1
   | ^^^^^
   = to continue the query on a new line, start the line with '| where'
examples/11-mistakes.kx:9:14: error[E0203]: unknown field 'countyy' in events
  |
9 | events where countyy = "淅川"
  |              ^^^^^^^
  = did you mean 'county'?
  = events has: id, name, label, kind, form, section, county, organizer, partners, year, year_basis, participants, …
examples/11-mistakes.kx:12:23: warning[W0101]: no county is '西川'; did you mean '淅川'?
   |
12 | events where county = "西川" | count
   |                       ^^^^^^
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '西川'))
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
examples/11-mistakes.kx:21:14: error[E0401]: cannot compare an integer with text using '='
   |
21 | events where participants = "500"
   |              ^^^^^^^^^^^^^^^^^^^^
   = drop the quotes to compare numbers, or convert with to_int(…)
examples/11-mistakes.kx:24:14: error[E0406]: count() is an aggregate; it can only be used in 'summarize'
   |
24 | events where count() > 1
   |              ^^^^^^^
   = e.g. 'summarize count(…) by county'
WITH
  sections_1 AS (
    SELECT *, kexie_row AS __ord FROM sections
  ),
  group_2 AS (
    SELECT __ord FROM sections_1
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
examples/11-mistakes.kx:31:23: error[E0203]: unknown field '淅川' in events
   |
31 | events where county = 淅川
   |                       ^^^^
   = '淅川' is a value of county, not a field: quote it to compare with the text, "淅川"
   = events has: id, name, label, kind, form, section, county, organizer, partners, year, year_basis, participants, …
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (participants > 0) IS TRUE
  ),
  select_3 AS (
    SELECT
      (CAST(participants AS DOUBLE PRECISION) / (participants - participants)) AS "participants / (participants - participants)",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT "participants / (participants - participants)"
FROM select_3
ORDER BY __ord;
-- ===== DuckDB =====
examples/11-mistakes.kx:15:8: error[E0302]: expected a clause, found 'filter'
   |
15 | events filter county = "淅川"
   |        ^^^^^^
   = did you mean 'where'?
   = clauses: where, select, extend, sort by, limit, top, count, summarize, distinct, expand, join, cite
examples/11-mistakes.kx:16:26: error[E0303]: kexie writes '&&' as 'and'
   |
16 | events where year = 2021 && county = "淅川"
   |                          ^^
   = did you mean 'and'?
examples/11-mistakes.kx:17:20: error[E0305]: kexie names an aggregate after it, not before
   |
17 | events | summarize n = count()
   |                    ^^^^^^^^^^^
   = use 'count() as n'
examples/11-mistakes.kx:18:1: error[E0306]: a query starts with its source, not with 'select'
   |
18 | select name from events where county = '淅川'
   | ^^^^^^
   = kexie starts with the source and flows left to right
   = try 'events | where county = '淅川' | select name'
examples/11-mistakes.kx:28:1: error[E0307]: 'where' starts a new statement, but a statement cannot start with a clause
   |
28 | where ordinal = 1
   | ^^^^^
   = to continue the query on a new line, start the line with '| where'
examples/11-mistakes.kx:9:14: error[E0203]: unknown field 'countyy' in events
  |
9 | events where countyy = "淅川"
  |              ^^^^^^^
  = did you mean 'county'?
  = events has: id, name, label, kind, form, section, county, organizer, partners, year, year_basis, participants, …
examples/11-mistakes.kx:12:23: warning[W0101]: no county is '西川'; did you mean '淅川'?
   |
12 | events where county = "西川" | count
   |                       ^^^^^^
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '西川'))
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
examples/11-mistakes.kx:21:14: error[E0401]: cannot compare an integer with text using '='
   |
21 | events where participants = "500"
   |              ^^^^^^^^^^^^^^^^^^^^
   = drop the quotes to compare numbers, or convert with to_int(…)
examples/11-mistakes.kx:24:14: error[E0406]: count() is an aggregate; it can only be used in 'summarize'
   |
24 | events where count() > 1
   |              ^^^^^^^
   = e.g. 'summarize count(…) by county'
WITH
  sections_1 AS (
    SELECT *, kexie_row AS __ord FROM sections
  ),
  group_2 AS (
    SELECT __ord FROM sections_1
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
examples/11-mistakes.kx:31:23: error[E0203]: unknown field '淅川' in events
   |
31 | events where county = 淅川
   |                       ^^^^
   = '淅川' is a value of county, not a field: quote it to compare with the text, "淅川"
   = events has: id, name, label, kind, form, section, county, organizer, partners, year, year_basis, participants, …
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (participants > 0) IS TRUE
  ),
  select_3 AS (
    SELECT
      (CASE WHEN participants IS NULL OR (participants - participants) IS NULL THEN NULL WHEN (participants - participants) = 0 THEN error('E0501 1128 1172') ELSE CAST(participants AS DOUBLE) / (participants - participants) END) AS "participants / (participants - participants)",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT "participants / (participants - participants)"
FROM select_3
ORDER BY __ord;
