-- ===== SQLite =====
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (name IS '流动科技馆巡展')
  ),
  tour_3 AS (
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
      __ord
    FROM where_2
  ),
  select_4 AS (
    SELECT county, "source", "offset", line, __ord FROM tour_3
  ),
  tour_counties_5 AS (
    SELECT county, "source", "offset", line, __ord FROM select_4
  ),
  group_6 AS (
    SELECT __ord FROM tour_counties_5
  ),
  groups_7 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_6
  ),
  count_8 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_7
  )
SELECT count
FROM count_8
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (name IS '流动科技馆巡展')
  ),
  tour_3 AS (
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
      __ord
    FROM where_2
  ),
  where_4 AS (
    SELECT *
    FROM tour_3
    WHERE NOT (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '淅川'))
  ),
  subquery_5 AS (
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
      __ord
    FROM where_4
  ),
  group_6 AS (
    SELECT __ord FROM subquery_5
  ),
  groups_7 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_6
  ),
  count_8 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_7
  )
SELECT count
FROM count_8
ORDER BY __ord;
Tests/GoldenTests/Cases/let-and-subqueries.kx:5:5: warning[W0102]: 'tour' now names a new query
  |
5 | let tour = places
  |     ^^^^
WITH
  places_1 AS (
    SELECT *, rowid AS __ord FROM places
  ),
  tour_2 AS (
    SELECT id, name, short, pinyin, "level", "source", "offset", line, __ord FROM places_1
  ),
  group_3 AS (
    SELECT __ord FROM tour_2
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
  places_1 AS (
    SELECT *, rowid AS __ord FROM places
  ),
  where_2 AS (
    SELECT * FROM places_1 WHERE (short IS '淅川' OR short IS '南召')
  ),
  select_3 AS (
    SELECT name, "source", "offset", line, __ord FROM where_2
  )
SELECT name
FROM select_3
ORDER BY __ord;
-- ===== PostgreSQL =====
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (name IS NOT DISTINCT FROM '流动科技馆巡展')
  ),
  tour_3 AS (
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
      __ord
    FROM where_2
  ),
  select_4 AS (
    SELECT county, "source", "offset", line, __ord FROM tour_3
  ),
  tour_counties_5 AS (
    SELECT county, "source", "offset", line, __ord FROM select_4
  ),
  group_6 AS (
    SELECT __ord FROM tour_counties_5
  ),
  groups_7 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_6
  ),
  count_8 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_7
  )
SELECT count
FROM count_8
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (name IS NOT DISTINCT FROM '流动科技馆巡展')
  ),
  tour_3 AS (
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
      __ord
    FROM where_2
  ),
  where_4 AS (
    SELECT *
    FROM tour_3
    WHERE NOT (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '淅川'))
  ),
  subquery_5 AS (
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
      __ord
    FROM where_4
  ),
  group_6 AS (
    SELECT __ord FROM subquery_5
  ),
  groups_7 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_6
  ),
  count_8 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_7
  )
SELECT count
FROM count_8
ORDER BY __ord;
Tests/GoldenTests/Cases/let-and-subqueries.kx:5:5: warning[W0102]: 'tour' now names a new query
  |
5 | let tour = places
  |     ^^^^
WITH
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  tour_2 AS (
    SELECT id, name, short, pinyin, "level", "source", "offset", line, __ord FROM places_1
  ),
  group_3 AS (
    SELECT __ord FROM tour_2
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
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  where_2 AS (
    SELECT * FROM places_1 WHERE (short IS NOT DISTINCT FROM '淅川' OR short IS NOT DISTINCT FROM '南召')
  ),
  select_3 AS (
    SELECT name, "source", "offset", line, __ord FROM where_2
  )
SELECT name
FROM select_3
ORDER BY __ord;
-- ===== DuckDB =====
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (name IS NOT DISTINCT FROM '流动科技馆巡展')
  ),
  tour_3 AS (
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
      __ord
    FROM where_2
  ),
  select_4 AS (
    SELECT county, "source", "offset", line, __ord FROM tour_3
  ),
  tour_counties_5 AS (
    SELECT county, "source", "offset", line, __ord FROM select_4
  ),
  group_6 AS (
    SELECT __ord FROM tour_counties_5
  ),
  groups_7 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_6
  ),
  count_8 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_7
  )
SELECT count
FROM count_8
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (name IS NOT DISTINCT FROM '流动科技馆巡展')
  ),
  tour_3 AS (
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
      __ord
    FROM where_2
  ),
  where_4 AS (
    SELECT *
    FROM tour_3
    WHERE NOT (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '淅川'))
  ),
  subquery_5 AS (
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
      __ord
    FROM where_4
  ),
  group_6 AS (
    SELECT __ord FROM subquery_5
  ),
  groups_7 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_6
  ),
  count_8 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_7
  )
SELECT count
FROM count_8
ORDER BY __ord;
Tests/GoldenTests/Cases/let-and-subqueries.kx:5:5: warning[W0102]: 'tour' now names a new query
  |
5 | let tour = places
  |     ^^^^
WITH
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  tour_2 AS (
    SELECT id, name, short, pinyin, "level", "source", "offset", line, __ord FROM places_1
  ),
  group_3 AS (
    SELECT __ord FROM tour_2
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
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  where_2 AS (
    SELECT * FROM places_1 WHERE (short IS NOT DISTINCT FROM '淅川' OR short IS NOT DISTINCT FROM '南召')
  ),
  select_3 AS (
    SELECT name, "source", "offset", line, __ord FROM where_2
  )
SELECT name
FROM select_3
ORDER BY __ord;
