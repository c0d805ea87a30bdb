-- ===== SQLite =====
stops: loaded table, 5 rows
 field  type     null  about
 县     text     yes   loaded from examples/data/tour-stops.csv
 站次   integer  yes   loaded from examples/data/tour-stops.csv
WITH
  stops_1 AS (
    SELECT *, rowid AS __ord FROM stops
  ),
  where_2 AS (
    SELECT * FROM stops_1 WHERE ("站次" <= 3) IS TRUE
  ),
  select_3 AS (
    SELECT "县", __ord FROM where_2
  )
SELECT "县"
FROM select_3
ORDER BY __ord;
WITH
  stops_1 AS (
    SELECT *, rowid AS __ord FROM stops
  ),
  events_2 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  join_3 AS (
    SELECT
      l."县" AS "县",
      l."站次" AS "站次",
      r.id AS id,
      r.name AS name,
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
    FROM stops_1 AS l
    JOIN (SELECT t.*, v.value AS __key, v.key AS __rsub FROM events_2 AS t JOIN json_each(t.county) AS v ON TRUE) AS r ON l."县" = r.__key
  ),
  select_4 AS (
    SELECT
      "站次",
      "县",
      name,
      (SELECT t.name FROM orgs AS t WHERE t.id = join_3.organizer) AS "organizer.name",
      __ord
    FROM join_3
  ),
  sort_5 AS (
    SELECT
      "站次",
      "县",
      name,
      "organizer.name",
      row_number() OVER (ORDER BY "站次" IS NULL, "站次", __ord) AS __ord
    FROM select_4
  )
SELECT "站次", "县", name, "organizer.name"
FROM sort_5
ORDER BY __ord;
WITH
  stops_1 AS (
    SELECT *, rowid AS __ord FROM stops
  ),
  places_2 AS (
    SELECT *, rowid AS __ord FROM places
  ),
  join_3 AS (
    SELECT
      l."县" AS "县",
      l."站次" AS "站次",
      r.id AS id,
      r.name AS name,
      r.short AS short,
      r.pinyin AS pinyin,
      r."level" AS "level",
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM stops_1 AS l
    LEFT JOIN places_2 AS r ON l."县" = r.short
  ),
  select_4 AS (
    SELECT "县", name AS "places.name", pinyin, __ord FROM join_3
  )
SELECT "县", "places.name", pinyin
FROM select_4
ORDER BY __ord;
-- ===== PostgreSQL =====
stops: loaded table, 5 rows
 field  type     null  about
 县     text     yes   loaded from examples/data/tour-stops.csv
 站次   integer  yes   loaded from examples/data/tour-stops.csv
WITH
  stops_1 AS (
    SELECT *, kexie_row AS __ord FROM stops
  ),
  where_2 AS (
    SELECT * FROM stops_1 WHERE ("站次" <= 3) IS TRUE
  ),
  select_3 AS (
    SELECT "县", __ord FROM where_2
  )
SELECT "县"
FROM select_3
ORDER BY __ord;
WITH
  stops_1 AS (
    SELECT *, kexie_row AS __ord FROM stops
  ),
  events_2 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  join_3 AS (
    SELECT
      l."县" AS "县",
      l."站次" AS "站次",
      r.id AS id,
      r.name AS name,
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
    FROM stops_1 AS l
    JOIN (SELECT t.*, v.value AS __key, v.ord AS __rsub FROM events_2 AS t JOIN LATERAL unnest(t.county) WITH ORDINALITY AS v(value, ord) ON TRUE) AS r ON l."县" = r.__key
  ),
  select_4 AS (
    SELECT
      "站次",
      "县",
      name,
      (SELECT t.name FROM orgs AS t WHERE t.id = join_3.organizer) AS "organizer.name",
      __ord
    FROM join_3
  ),
  sort_5 AS (
    SELECT
      "站次",
      "县",
      name,
      "organizer.name",
      row_number() OVER (ORDER BY "站次" NULLS LAST, __ord) AS __ord
    FROM select_4
  )
SELECT "站次", "县", name, "organizer.name"
FROM sort_5
ORDER BY __ord;
WITH
  stops_1 AS (
    SELECT *, kexie_row AS __ord FROM stops
  ),
  places_2 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  join_3 AS (
    SELECT
      l."县" AS "县",
      l."站次" AS "站次",
      r.id AS id,
      r.name AS name,
      r.short AS short,
      r.pinyin AS pinyin,
      r."level" AS "level",
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM stops_1 AS l
    LEFT JOIN places_2 AS r ON l."县" = r.short
  ),
  select_4 AS (
    SELECT "县", name AS "places.name", pinyin, __ord FROM join_3
  )
SELECT "县", "places.name", pinyin
FROM select_4
ORDER BY __ord;
-- ===== DuckDB =====
stops: loaded table, 5 rows
 field  type     null  about
 县     text     yes   loaded from examples/data/tour-stops.csv
 站次   integer  yes   loaded from examples/data/tour-stops.csv
WITH
  stops_1 AS (
    SELECT *, kexie_row AS __ord FROM stops
  ),
  where_2 AS (
    SELECT * FROM stops_1 WHERE ("站次" <= 3) IS TRUE
  ),
  select_3 AS (
    SELECT "县", __ord FROM where_2
  )
SELECT "县"
FROM select_3
ORDER BY __ord;
WITH
  stops_1 AS (
    SELECT *, kexie_row AS __ord FROM stops
  ),
  events_2 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  join_3 AS (
    SELECT
      l."县" AS "县",
      l."站次" AS "站次",
      r.id AS id,
      r.name AS name,
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
    FROM stops_1 AS l
    JOIN (SELECT t.*, v.value AS __key, v.ord AS __rsub FROM events_2 AS t JOIN LATERAL (SELECT unnest(t.county) AS value, generate_subscripts(t.county, 1) AS ord) AS v ON TRUE) AS r ON l."县" = r.__key
  ),
  select_4 AS (
    SELECT
      "站次",
      "县",
      name,
      (SELECT t.name FROM orgs AS t WHERE t.id = join_3.organizer) AS "organizer.name",
      __ord
    FROM join_3
  ),
  sort_5 AS (
    SELECT
      "站次",
      "县",
      name,
      "organizer.name",
      row_number() OVER (ORDER BY "站次" NULLS LAST, __ord) AS __ord
    FROM select_4
  )
SELECT "站次", "县", name, "organizer.name"
FROM sort_5
ORDER BY __ord;
WITH
  stops_1 AS (
    SELECT *, kexie_row AS __ord FROM stops
  ),
  places_2 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  join_3 AS (
    SELECT
      l."县" AS "县",
      l."站次" AS "站次",
      r.id AS id,
      r.name AS name,
      r.short AS short,
      r.pinyin AS pinyin,
      r."level" AS "level",
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM stops_1 AS l
    LEFT JOIN places_2 AS r ON l."县" = r.short
  ),
  select_4 AS (
    SELECT "县", name AS "places.name", pinyin, __ord FROM join_3
  )
SELECT "县", "places.name", pinyin
FROM select_4
ORDER BY __ord;
