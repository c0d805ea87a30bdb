-- ===== SQLite =====
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  orgs_2 AS (
    SELECT *, rowid AS __ord FROM orgs
  ),
  join_3 AS (
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
      r.id AS "orgs.id",
      r.name AS "orgs.name",
      r.alias AS alias,
      r.kind AS "orgs.kind",
      r.county AS "orgs.county",
      r.parent AS parent,
      r.role AS role,
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM events_1 AS l
    JOIN orgs_2 AS r ON l.organizer = r.id
  ),
  select_4 AS (
    SELECT label AS "events.label", "orgs.name", "orgs.kind", "source", "offset", line, __ord
    FROM join_3
  ),
  limit_5 AS (
    SELECT * FROM select_4 ORDER BY __ord LIMIT 4
  )
SELECT "events.label", "orgs.name", "orgs.kind"
FROM limit_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  orgs_2 AS (
    SELECT *, rowid AS __ord FROM orgs
  ),
  join_3 AS (
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
      r.id AS "orgs.id",
      r.name AS "orgs.name",
      r.alias AS alias,
      r.kind AS "orgs.kind",
      r.county AS "orgs.county",
      r.parent AS parent,
      r.role AS role,
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM events_1 AS l
    LEFT JOIN orgs_2 AS r ON l.organizer = r.id
  ),
  where_4 AS (
    SELECT * FROM join_3 WHERE ("orgs.name" IS NULL)
  ),
  group_5 AS (
    SELECT __ord FROM where_4
  ),
  groups_6 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_5
  ),
  count_7 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_6
  )
SELECT count
FROM count_7
ORDER BY __ord;
WITH
  people_1 AS (
    SELECT *, rowid AS __ord FROM people
  ),
  orgs_2 AS (
    SELECT *, rowid AS __ord FROM orgs
  ),
  join_3 AS (
    SELECT
      l.id AS id,
      l.name AS name,
      l.role AS role,
      l.title AS title,
      l.org AS org,
      l."source" AS "source",
      l."offset" AS "offset",
      l.line AS line,
      r.id AS "orgs.id",
      r.name AS "orgs.name",
      r.alias AS alias,
      r.kind AS kind,
      r.county AS county,
      r.parent AS parent,
      r.role AS "orgs.role",
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM people_1 AS l
    LEFT JOIN orgs_2 AS r ON l.org = r.id
  ),
  select_4 AS (
    SELECT
      name AS "people.name",
      role AS "people.role",
      "orgs.name" AS org,
      "source",
      "offset",
      line,
      __ord
    FROM join_3
  )
SELECT "people.name", "people.role", org
FROM select_4
ORDER BY __ord;
-- ===== PostgreSQL =====
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  orgs_2 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  join_3 AS (
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
      r.id AS "orgs.id",
      r.name AS "orgs.name",
      r.alias AS alias,
      r.kind AS "orgs.kind",
      r.county AS "orgs.county",
      r.parent AS parent,
      r.role AS role,
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM events_1 AS l
    JOIN orgs_2 AS r ON l.organizer = r.id
  ),
  select_4 AS (
    SELECT label AS "events.label", "orgs.name", "orgs.kind", "source", "offset", line, __ord
    FROM join_3
  ),
  limit_5 AS (
    SELECT * FROM select_4 ORDER BY __ord LIMIT 4
  )
SELECT "events.label", "orgs.name", "orgs.kind"
FROM limit_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  orgs_2 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  join_3 AS (
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
      r.id AS "orgs.id",
      r.name AS "orgs.name",
      r.alias AS alias,
      r.kind AS "orgs.kind",
      r.county AS "orgs.county",
      r.parent AS parent,
      r.role AS role,
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM events_1 AS l
    LEFT JOIN orgs_2 AS r ON l.organizer = r.id
  ),
  where_4 AS (
    SELECT * FROM join_3 WHERE ("orgs.name" IS NOT DISTINCT FROM NULL)
  ),
  group_5 AS (
    SELECT __ord FROM where_4
  ),
  groups_6 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_5
  ),
  count_7 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_6
  )
SELECT count
FROM count_7
ORDER BY __ord;
WITH
  people_1 AS (
    SELECT *, kexie_row AS __ord FROM people
  ),
  orgs_2 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  join_3 AS (
    SELECT
      l.id AS id,
      l.name AS name,
      l.role AS role,
      l.title AS title,
      l.org AS org,
      l."source" AS "source",
      l."offset" AS "offset",
      l.line AS line,
      r.id AS "orgs.id",
      r.name AS "orgs.name",
      r.alias AS alias,
      r.kind AS kind,
      r.county AS county,
      r.parent AS parent,
      r.role AS "orgs.role",
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM people_1 AS l
    LEFT JOIN orgs_2 AS r ON l.org = r.id
  ),
  select_4 AS (
    SELECT
      name AS "people.name",
      role AS "people.role",
      "orgs.name" AS org,
      "source",
      "offset",
      line,
      __ord
    FROM join_3
  )
SELECT "people.name", "people.role", org
FROM select_4
ORDER BY __ord;
-- ===== DuckDB =====
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  orgs_2 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  join_3 AS (
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
      r.id AS "orgs.id",
      r.name AS "orgs.name",
      r.alias AS alias,
      r.kind AS "orgs.kind",
      r.county AS "orgs.county",
      r.parent AS parent,
      r.role AS role,
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM events_1 AS l
    JOIN orgs_2 AS r ON l.organizer = r.id
  ),
  select_4 AS (
    SELECT label AS "events.label", "orgs.name", "orgs.kind", "source", "offset", line, __ord
    FROM join_3
  ),
  limit_5 AS (
    SELECT * FROM select_4 ORDER BY __ord LIMIT 4
  )
SELECT "events.label", "orgs.name", "orgs.kind"
FROM limit_5
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  orgs_2 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  join_3 AS (
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
      r.id AS "orgs.id",
      r.name AS "orgs.name",
      r.alias AS alias,
      r.kind AS "orgs.kind",
      r.county AS "orgs.county",
      r.parent AS parent,
      r.role AS role,
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM events_1 AS l
    LEFT JOIN orgs_2 AS r ON l.organizer = r.id
  ),
  where_4 AS (
    SELECT * FROM join_3 WHERE ("orgs.name" IS NOT DISTINCT FROM NULL)
  ),
  group_5 AS (
    SELECT __ord FROM where_4
  ),
  groups_6 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_5
  ),
  count_7 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_6
  )
SELECT count
FROM count_7
ORDER BY __ord;
WITH
  people_1 AS (
    SELECT *, kexie_row AS __ord FROM people
  ),
  orgs_2 AS (
    SELECT *, kexie_row AS __ord FROM orgs
  ),
  join_3 AS (
    SELECT
      l.id AS id,
      l.name AS name,
      l.role AS role,
      l.title AS title,
      l.org AS org,
      l."source" AS "source",
      l."offset" AS "offset",
      l.line AS line,
      r.id AS "orgs.id",
      r.name AS "orgs.name",
      r.alias AS alias,
      r.kind AS kind,
      r.county AS county,
      r.parent AS parent,
      r.role AS "orgs.role",
      row_number() OVER (ORDER BY l.__ord, r.__ord) AS __ord
    FROM people_1 AS l
    LEFT JOIN orgs_2 AS r ON l.org = r.id
  ),
  select_4 AS (
    SELECT
      name AS "people.name",
      role AS "people.role",
      "orgs.name" AS org,
      "source",
      "offset",
      line,
      __ord
    FROM join_3
  )
SELECT "people.name", "people.role", org
FROM select_4
ORDER BY __ord;
