-- ===== SQLite =====
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '淅川'))
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
    WHERE ((EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '淅川')) OR (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '南召')))
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
  select_2 AS (
    SELECT name, kind, "source", "offset", line, __ord FROM events_1
  ),
  limit_3 AS (
    SELECT * FROM select_2 ORDER BY __ord LIMIT 1
  )
SELECT name, kind
FROM limit_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (("value" > 1000) IS TRUE AND (unit IS '人'))
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
  select_2 AS (
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
    FROM events_1
  ),
  limit_3 AS (
    SELECT * FROM select_2 ORDER BY __ord LIMIT 1
  )
SELECT id, name, label, kind, form, section, county, organizer, partners, "year", year_basis, participants, participants_unit, participants_approx, sessions, sessions_approx, involvement, program
FROM limit_3
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, rowid AS __ord FROM places
  ),
  group_2 AS (
    SELECT __ord FROM places_1
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
    WHERE ((EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '淅川')) OR (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '南召')))
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
  select_2 AS (
    SELECT name, kind, "source", "offset", line, __ord FROM events_1
  ),
  limit_3 AS (
    SELECT * FROM select_2 ORDER BY __ord LIMIT 1
  )
SELECT name, kind
FROM limit_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (("value" > 1000) IS TRUE AND (unit IS NOT DISTINCT FROM '人'))
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
  select_2 AS (
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
    FROM events_1
  ),
  limit_3 AS (
    SELECT * FROM select_2 ORDER BY __ord LIMIT 1
  )
SELECT id, name, label, kind, form, section, county, organizer, partners, "year", year_basis, participants, participants_unit, participants_approx, sessions, sessions_approx, involvement, program
FROM limit_3
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  group_2 AS (
    SELECT __ord FROM places_1
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
    WHERE ((EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '淅川')) OR (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '南召')))
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
  select_2 AS (
    SELECT name, kind, "source", "offset", line, __ord FROM events_1
  ),
  limit_3 AS (
    SELECT * FROM select_2 ORDER BY __ord LIMIT 1
  )
SELECT name, kind
FROM limit_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (("value" > 1000) IS TRUE AND (unit IS NOT DISTINCT FROM '人'))
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
  select_2 AS (
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
    FROM events_1
  ),
  limit_3 AS (
    SELECT * FROM select_2 ORDER BY __ord LIMIT 1
  )
SELECT id, name, label, kind, form, section, county, organizer, partners, "year", year_basis, participants, participants_unit, participants_approx, sessions, sessions_approx, involvement, program
FROM limit_3
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  group_2 AS (
    SELECT __ord FROM places_1
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
