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
  )
SELECT county
FROM select_4
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
  group_4 AS (
    SELECT __ord FROM tour_3
  ),
  groups_5 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_4
  ),
  count_6 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_5
  )
SELECT count
FROM count_6
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
  expand_4 AS (
    SELECT
      r.id,
      r.name,
      r.label,
      r.kind,
      r.form,
      r.section,
      v.value AS county,
      r.organizer,
      r.partners,
      r."year",
      r.year_basis,
      r.participants,
      r.participants_unit,
      r.participants_approx,
      r.sessions,
      r.sessions_approx,
      r.involvement,
      r.program,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.key) AS __ord
    FROM tour_3 AS r
    LEFT JOIN json_each(r.county) AS v ON TRUE
  ),
  group_5 AS (
    SELECT __ord FROM expand_4
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
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE ((unit IS '人') OR (unit IS '人次'))
  ),
  people_counts_3 AS (
    SELECT
      id,
      subject,
      "value",
      unit,
      approx,
      "year",
      year_basis,
      "rank",
      event,
      org,
      program,
      place,
      scope,
      quote,
      quote_offset,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  ),
  top_4 AS (
    SELECT
      id,
      subject,
      "value",
      unit,
      approx,
      "year",
      year_basis,
      "rank",
      event,
      org,
      program,
      place,
      scope,
      quote,
      quote_offset,
      "source",
      "offset",
      line,
      row_number() OVER (ORDER BY "value" IS NULL, "value" DESC, __ord) AS __ord
    FROM (SELECT * FROM people_counts_3 ORDER BY "value" IS NULL, "value" DESC, __ord LIMIT 3) AS kept
  ),
  select_5 AS (
    SELECT subject, "value", unit, approx, "source", "offset", line, __ord FROM top_4
  )
SELECT subject, "value", unit, approx
FROM select_5
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
  )
SELECT county
FROM select_4
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
  group_4 AS (
    SELECT __ord FROM tour_3
  ),
  groups_5 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_4
  ),
  count_6 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_5
  )
SELECT count
FROM count_6
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
  expand_4 AS (
    SELECT
      r.id,
      r.name,
      r.label,
      r.kind,
      r.form,
      r.section,
      v.value AS county,
      r.organizer,
      r.partners,
      r."year",
      r.year_basis,
      r.participants,
      r.participants_unit,
      r.participants_approx,
      r.sessions,
      r.sessions_approx,
      r.involvement,
      r.program,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM tour_3 AS r
    LEFT JOIN LATERAL unnest(r.county) WITH ORDINALITY AS v(value, ord) ON TRUE
  ),
  group_5 AS (
    SELECT __ord FROM expand_4
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
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE ((unit IS NOT DISTINCT FROM '人') OR (unit IS NOT DISTINCT FROM '人次'))
  ),
  people_counts_3 AS (
    SELECT
      id,
      subject,
      "value",
      unit,
      approx,
      "year",
      year_basis,
      "rank",
      event,
      org,
      program,
      place,
      scope,
      quote,
      quote_offset,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  ),
  top_4 AS (
    SELECT
      id,
      subject,
      "value",
      unit,
      approx,
      "year",
      year_basis,
      "rank",
      event,
      org,
      program,
      place,
      scope,
      quote,
      quote_offset,
      "source",
      "offset",
      line,
      row_number() OVER (ORDER BY "value" DESC NULLS LAST, __ord) AS __ord
    FROM (SELECT * FROM people_counts_3 ORDER BY "value" DESC NULLS LAST, __ord LIMIT 3) AS kept
  ),
  select_5 AS (
    SELECT subject, "value", unit, approx, "source", "offset", line, __ord FROM top_4
  )
SELECT subject, "value", unit, approx
FROM select_5
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
  )
SELECT county
FROM select_4
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
  group_4 AS (
    SELECT __ord FROM tour_3
  ),
  groups_5 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_4
  ),
  count_6 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_5
  )
SELECT count
FROM count_6
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
  expand_4 AS (
    SELECT
      r.id,
      r.name,
      r.label,
      r.kind,
      r.form,
      r.section,
      v.value AS county,
      r.organizer,
      r.partners,
      r."year",
      r.year_basis,
      r.participants,
      r.participants_unit,
      r.participants_approx,
      r.sessions,
      r.sessions_approx,
      r.involvement,
      r.program,
      r."source",
      r."offset",
      r.line,
      row_number() OVER (ORDER BY r.__ord, v.ord) AS __ord
    FROM tour_3 AS r
    LEFT JOIN LATERAL (SELECT unnest(r.county) AS value, generate_subscripts(r.county, 1) AS ord) AS v ON TRUE
  ),
  group_5 AS (
    SELECT __ord FROM expand_4
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
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE ((unit IS NOT DISTINCT FROM '人') OR (unit IS NOT DISTINCT FROM '人次'))
  ),
  people_counts_3 AS (
    SELECT
      id,
      subject,
      "value",
      unit,
      approx,
      "year",
      year_basis,
      "rank",
      event,
      org,
      program,
      place,
      scope,
      quote,
      quote_offset,
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  ),
  top_4 AS (
    SELECT
      id,
      subject,
      "value",
      unit,
      approx,
      "year",
      year_basis,
      "rank",
      event,
      org,
      program,
      place,
      scope,
      quote,
      quote_offset,
      "source",
      "offset",
      line,
      row_number() OVER (ORDER BY "value" DESC NULLS LAST, __ord) AS __ord
    FROM (SELECT * FROM people_counts_3 ORDER BY "value" DESC NULLS LAST, __ord LIMIT 3) AS kept
  ),
  select_5 AS (
    SELECT subject, "value", unit, approx, "source", "offset", line, __ord FROM top_4
  )
SELECT subject, "value", unit, approx
FROM select_5
ORDER BY __ord;
