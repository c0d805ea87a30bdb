-- ===== SQLite =====
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  select_2 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM figures_1
  ),
  sort_3 AS (
    SELECT
      subject,
      "value",
      unit,
      "source",
      "offset",
      line,
      row_number() OVER (ORDER BY "value" IS NULL, "value" DESC, __ord) AS __ord
    FROM (SELECT * FROM select_2 ORDER BY "value" IS NULL, "value" DESC, __ord LIMIT 5) AS kept
  ),
  limit_4 AS (
    SELECT * FROM sort_3 ORDER BY __ord LIMIT 5
  )
SELECT subject, "value", unit
FROM limit_4
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
    FROM (SELECT * FROM figures_1 ORDER BY "value" IS NULL, "value" DESC, __ord LIMIT 5) AS kept
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM top_2
  )
SELECT subject, "value", unit
FROM select_3
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, rowid AS __ord FROM places
  ),
  sort_2 AS (
    SELECT
      id,
      name,
      short,
      pinyin,
      "level",
      "source",
      "offset",
      line,
      row_number() OVER (ORDER BY pinyin IS NULL, pinyin, __ord) AS __ord
    FROM (SELECT * FROM places_1 ORDER BY pinyin IS NULL, pinyin, __ord LIMIT 3) AS kept
  ),
  limit_3 AS (
    SELECT * FROM sort_2 ORDER BY __ord LIMIT 3
  ),
  select_4 AS (
    SELECT name, pinyin, "source", "offset", line, __ord FROM limit_3
  )
SELECT name, pinyin
FROM select_4
ORDER BY __ord;
-- ===== PostgreSQL =====
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  select_2 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM figures_1
  ),
  sort_3 AS (
    SELECT
      subject,
      "value",
      unit,
      "source",
      "offset",
      line,
      row_number() OVER (ORDER BY "value" DESC NULLS LAST, __ord) AS __ord
    FROM (SELECT * FROM select_2 ORDER BY "value" DESC NULLS LAST, __ord LIMIT 5) AS kept
  ),
  limit_4 AS (
    SELECT * FROM sort_3 ORDER BY __ord LIMIT 5
  )
SELECT subject, "value", unit
FROM limit_4
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
    FROM (SELECT * FROM figures_1 ORDER BY "value" DESC NULLS LAST, __ord LIMIT 5) AS kept
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM top_2
  )
SELECT subject, "value", unit
FROM select_3
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  sort_2 AS (
    SELECT
      id,
      name,
      short,
      pinyin,
      "level",
      "source",
      "offset",
      line,
      row_number() OVER (ORDER BY pinyin COLLATE "C" NULLS LAST, __ord) AS __ord
    FROM (SELECT * FROM places_1 ORDER BY pinyin COLLATE "C" NULLS LAST, __ord LIMIT 3) AS kept
  ),
  limit_3 AS (
    SELECT * FROM sort_2 ORDER BY __ord LIMIT 3
  ),
  select_4 AS (
    SELECT name, pinyin, "source", "offset", line, __ord FROM limit_3
  )
SELECT name, pinyin
FROM select_4
ORDER BY __ord;
-- ===== DuckDB =====
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  select_2 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM figures_1
  ),
  sort_3 AS (
    SELECT
      subject,
      "value",
      unit,
      "source",
      "offset",
      line,
      row_number() OVER (ORDER BY "value" DESC NULLS LAST, __ord) AS __ord
    FROM (SELECT * FROM select_2 ORDER BY "value" DESC NULLS LAST, __ord LIMIT 5) AS kept
  ),
  limit_4 AS (
    SELECT * FROM sort_3 ORDER BY __ord LIMIT 5
  )
SELECT subject, "value", unit
FROM limit_4
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
    FROM (SELECT * FROM figures_1 ORDER BY "value" DESC NULLS LAST, __ord LIMIT 5) AS kept
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM top_2
  )
SELECT subject, "value", unit
FROM select_3
ORDER BY __ord;
WITH
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  sort_2 AS (
    SELECT
      id,
      name,
      short,
      pinyin,
      "level",
      "source",
      "offset",
      line,
      row_number() OVER (ORDER BY pinyin NULLS LAST, __ord) AS __ord
    FROM (SELECT * FROM places_1 ORDER BY pinyin NULLS LAST, __ord LIMIT 3) AS kept
  ),
  limit_3 AS (
    SELECT * FROM sort_2 ORDER BY __ord LIMIT 3
  ),
  select_4 AS (
    SELECT name, pinyin, "source", "offset", line, __ord FROM limit_3
  )
SELECT name, pinyin
FROM select_4
ORDER BY __ord;
