-- ===== SQLite =====
WITH
  sections_1 AS (
    SELECT *, rowid AS __ord FROM sections
  ),
  select_2 AS (
    SELECT ordinal, title, subtitle, "source", "offset", line, __ord FROM sections_1
  )
SELECT ordinal, title, subtitle
FROM select_2
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, rowid AS __ord FROM places
  ),
  select_2 AS (
    SELECT name, short, pinyin, "level", "source", "offset", line, __ord FROM places_1
  )
SELECT name, short, pinyin, "level"
FROM select_2
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  top_2 AS (
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
    FROM (SELECT * FROM figures_1 ORDER BY "value" IS NULL, "value" DESC, __ord LIMIT 2) AS kept
  ),
  select_3 AS (
    SELECT subject, "value", unit, approx, "source", "offset", line, __ord FROM top_2
  )
SELECT subject, "value", unit, approx
FROM select_3
ORDER BY __ord;
WITH
  people_1 AS (
    SELECT *, rowid AS __ord FROM people
  ),
  where_2 AS (
    SELECT * FROM people_1 WHERE (role IS '作者')
  ),
  select_3 AS (
    SELECT name, title, "source", "offset", line, __ord FROM where_2
  )
SELECT name, title
FROM select_3
ORDER BY __ord;
WITH
  contacts_1 AS (
    SELECT *, rowid AS __ord FROM contacts
  ),
  select_2 AS (
    SELECT kind, "value", note, "source", "offset", line, __ord FROM contacts_1
  )
SELECT kind, "value", note
FROM select_2
ORDER BY __ord;
-- ===== PostgreSQL =====
WITH
  sections_1 AS (
    SELECT *, kexie_row AS __ord FROM sections
  ),
  select_2 AS (
    SELECT ordinal, title, subtitle, "source", "offset", line, __ord FROM sections_1
  )
SELECT ordinal, title, subtitle
FROM select_2
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  select_2 AS (
    SELECT name, short, pinyin, "level", "source", "offset", line, __ord FROM places_1
  )
SELECT name, short, pinyin, "level"
FROM select_2
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  top_2 AS (
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
    FROM (SELECT * FROM figures_1 ORDER BY "value" DESC NULLS LAST, __ord LIMIT 2) AS kept
  ),
  select_3 AS (
    SELECT subject, "value", unit, approx, "source", "offset", line, __ord FROM top_2
  )
SELECT subject, "value", unit, approx
FROM select_3
ORDER BY __ord;
WITH
  people_1 AS (
    SELECT *, kexie_row AS __ord FROM people
  ),
  where_2 AS (
    SELECT * FROM people_1 WHERE (role IS NOT DISTINCT FROM '作者')
  ),
  select_3 AS (
    SELECT name, title, "source", "offset", line, __ord FROM where_2
  )
SELECT name, title
FROM select_3
ORDER BY __ord;
WITH
  contacts_1 AS (
    SELECT *, kexie_row AS __ord FROM contacts
  ),
  select_2 AS (
    SELECT kind, "value", note, "source", "offset", line, __ord FROM contacts_1
  )
SELECT kind, "value", note
FROM select_2
ORDER BY __ord;
-- ===== DuckDB =====
WITH
  sections_1 AS (
    SELECT *, kexie_row AS __ord FROM sections
  ),
  select_2 AS (
    SELECT ordinal, title, subtitle, "source", "offset", line, __ord FROM sections_1
  )
SELECT ordinal, title, subtitle
FROM select_2
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  select_2 AS (
    SELECT name, short, pinyin, "level", "source", "offset", line, __ord FROM places_1
  )
SELECT name, short, pinyin, "level"
FROM select_2
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  top_2 AS (
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
    FROM (SELECT * FROM figures_1 ORDER BY "value" DESC NULLS LAST, __ord LIMIT 2) AS kept
  ),
  select_3 AS (
    SELECT subject, "value", unit, approx, "source", "offset", line, __ord FROM top_2
  )
SELECT subject, "value", unit, approx
FROM select_3
ORDER BY __ord;
WITH
  people_1 AS (
    SELECT *, kexie_row AS __ord FROM people
  ),
  where_2 AS (
    SELECT * FROM people_1 WHERE (role IS NOT DISTINCT FROM '作者')
  ),
  select_3 AS (
    SELECT name, title, "source", "offset", line, __ord FROM where_2
  )
SELECT name, title
FROM select_3
ORDER BY __ord;
WITH
  contacts_1 AS (
    SELECT *, kexie_row AS __ord FROM contacts
  ),
  select_2 AS (
    SELECT kind, "value", note, "source", "offset", line, __ord FROM contacts_1
  )
SELECT kind, "value", note
FROM select_2
ORDER BY __ord;
