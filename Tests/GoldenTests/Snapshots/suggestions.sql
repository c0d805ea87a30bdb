-- ===== SQLite =====
Tests/GoldenTests/Cases/suggestions.kx:2:23: warning[W0101]: no county is '西川'; did you mean '淅川'?
  |
2 | events where county = "西川" | count
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
Tests/GoldenTests/Cases/suggestions.kx:3:23: warning[W0101]: no county is 'xichuan'; did you mean '淅川'?
  |
3 | events where county = "xichuan" | count
  |                       ^^^^^^^^^
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS 'xichuan'))
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
Tests/GoldenTests/Cases/suggestions.kx:4:23: warning[W0101]: no county is '社旗县'; did you mean '社旗'?
  |
4 | events where county = "社旗县" | count
  |                       ^^^^^^^^
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '社旗县'))
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
Tests/GoldenTests/Cases/suggestions.kx:5:23: error[E0203]: unknown field '淅川' in events
  |
5 | events where county = 淅川
  |                       ^^^^
  = '淅川' is a value of county, not a field: quote it to compare with the text, "淅川"
  = events has: id, name, label, kind, form, section, county, organizer, partners, year, year_basis, participants, …
Tests/GoldenTests/Cases/suggestions.kx:6:1: error[E0201]: no set, let binding or table is named 'event'
  |
6 | event | count
  | ^^^^^
  = did you mean 'events'?
  = sources: events, orgs, people, places, programs, figures, sections, contacts, mentions
Tests/GoldenTests/Cases/suggestions.kx:7:17: error[E0202]: unknown function 'lenght'
  |
7 | events | select lenght(name)
  |                 ^^^^^^
  = did you mean 'length'?
  = '.help functions' lists them
Tests/GoldenTests/Cases/suggestions.kx:8:14: error[E0203]: unknown field 'County' in events
  |
8 | events where County = "淅川"
  |              ^^^^^^
  = did you mean 'county'?
  = events has: id, name, label, kind, form, section, county, organizer, partners, year, year_basis, participants, …
Tests/GoldenTests/Cases/suggestions.kx:9:1: error[E0701]: unknown command '.tiemr'
  |
9 | .tiemr on
  | ^^^^^^
  = did you mean '.timer'?
  = '.help' lists the commands
Tests/GoldenTests/Cases/suggestions.kx:10:7: error[E0702]: .mode: unknown format 'sideways'
   |
10 | .mode sideways
   |       ^^^^^^^^
   = formats: table, box, ascii, markdown, csv, tsv, json, jsonl, line
-- ===== PostgreSQL =====
Tests/GoldenTests/Cases/suggestions.kx:2:23: warning[W0101]: no county is '西川'; did you mean '淅川'?
  |
2 | events where county = "西川" | count
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
Tests/GoldenTests/Cases/suggestions.kx:3:23: warning[W0101]: no county is 'xichuan'; did you mean '淅川'?
  |
3 | events where county = "xichuan" | count
  |                       ^^^^^^^^^
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM 'xichuan'))
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
Tests/GoldenTests/Cases/suggestions.kx:4:23: warning[W0101]: no county is '社旗县'; did you mean '社旗'?
  |
4 | events where county = "社旗县" | count
  |                       ^^^^^^^^
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '社旗县'))
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
Tests/GoldenTests/Cases/suggestions.kx:5:23: error[E0203]: unknown field '淅川' in events
  |
5 | events where county = 淅川
  |                       ^^^^
  = '淅川' is a value of county, not a field: quote it to compare with the text, "淅川"
  = events has: id, name, label, kind, form, section, county, organizer, partners, year, year_basis, participants, …
Tests/GoldenTests/Cases/suggestions.kx:6:1: error[E0201]: no set, let binding or table is named 'event'
  |
6 | event | count
  | ^^^^^
  = did you mean 'events'?
  = sources: events, orgs, people, places, programs, figures, sections, contacts, mentions
Tests/GoldenTests/Cases/suggestions.kx:7:17: error[E0202]: unknown function 'lenght'
  |
7 | events | select lenght(name)
  |                 ^^^^^^
  = did you mean 'length'?
  = '.help functions' lists them
Tests/GoldenTests/Cases/suggestions.kx:8:14: error[E0203]: unknown field 'County' in events
  |
8 | events where County = "淅川"
  |              ^^^^^^
  = did you mean 'county'?
  = events has: id, name, label, kind, form, section, county, organizer, partners, year, year_basis, participants, …
Tests/GoldenTests/Cases/suggestions.kx:9:1: error[E0701]: unknown command '.tiemr'
  |
9 | .tiemr on
  | ^^^^^^
  = did you mean '.timer'?
  = '.help' lists the commands
Tests/GoldenTests/Cases/suggestions.kx:10:7: error[E0702]: .mode: unknown format 'sideways'
   |
10 | .mode sideways
   |       ^^^^^^^^
   = formats: table, box, ascii, markdown, csv, tsv, json, jsonl, line
-- ===== DuckDB =====
Tests/GoldenTests/Cases/suggestions.kx:2:23: warning[W0101]: no county is '西川'; did you mean '淅川'?
  |
2 | events where county = "西川" | count
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
Tests/GoldenTests/Cases/suggestions.kx:3:23: warning[W0101]: no county is 'xichuan'; did you mean '淅川'?
  |
3 | events where county = "xichuan" | count
  |                       ^^^^^^^^^
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM 'xichuan'))
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
Tests/GoldenTests/Cases/suggestions.kx:4:23: warning[W0101]: no county is '社旗县'; did you mean '社旗'?
  |
4 | events where county = "社旗县" | count
  |                       ^^^^^^^^
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '社旗县'))
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
Tests/GoldenTests/Cases/suggestions.kx:5:23: error[E0203]: unknown field '淅川' in events
  |
5 | events where county = 淅川
  |                       ^^^^
  = '淅川' is a value of county, not a field: quote it to compare with the text, "淅川"
  = events has: id, name, label, kind, form, section, county, organizer, partners, year, year_basis, participants, …
Tests/GoldenTests/Cases/suggestions.kx:6:1: error[E0201]: no set, let binding or table is named 'event'
  |
6 | event | count
  | ^^^^^
  = did you mean 'events'?
  = sources: events, orgs, people, places, programs, figures, sections, contacts, mentions
Tests/GoldenTests/Cases/suggestions.kx:7:17: error[E0202]: unknown function 'lenght'
  |
7 | events | select lenght(name)
  |                 ^^^^^^
  = did you mean 'length'?
  = '.help functions' lists them
Tests/GoldenTests/Cases/suggestions.kx:8:14: error[E0203]: unknown field 'County' in events
  |
8 | events where County = "淅川"
  |              ^^^^^^
  = did you mean 'county'?
  = events has: id, name, label, kind, form, section, county, organizer, partners, year, year_basis, participants, …
Tests/GoldenTests/Cases/suggestions.kx:9:1: error[E0701]: unknown command '.tiemr'
  |
9 | .tiemr on
  | ^^^^^^
  = did you mean '.timer'?
  = '.help' lists the commands
Tests/GoldenTests/Cases/suggestions.kx:10:7: error[E0702]: .mode: unknown format 'sideways'
   |
10 | .mode sideways
   |       ^^^^^^^^
   = formats: table, box, ascii, markdown, csv, tsv, json, jsonl, line
