-- ===== SQLite =====
Tests/GoldenTests/Cases/lexer-input-method.kx:2:23: note[N0101]: read “…” as string quotes
  |
2 | events where county ＝ “淅川” or county ＝ ‘南召’ ｜ count
  |                        ^^^^^^
  = the text inside is kept exactly as typed
Tests/GoldenTests/Cases/lexer-input-method.kx:5:29: note[N0102]: read '、' as ',' between list items
  |
5 | events where county in (“淅川”、“南召”、“镇平”) | count  // a trailing comment
  |                               ^^
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
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (("value" >= 587000) IS TRUE AND ("value" < 150000000) IS TRUE)
  ),
  select_3 AS (
    SELECT quote, "value", "source", "offset", line, __ord FROM where_2
  )
SELECT quote, "value"
FROM select_3
ORDER BY __ord;
-- kexie_error(): defined by kexie's SQLite backend
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (("value" > 2000000000000) IS TRUE OR ((CASE WHEN "value" IS NULL OR 15066000 IS NULL THEN NULL WHEN 15066000 = 0 THEN kexie_error('E0501 274 290') ELSE CAST("value" AS REAL) / 15066000 END) > 0.35) IS TRUE)
  ),
  select_3 AS (
    SELECT quote, "source", "offset", line, __ord FROM where_2
  )
SELECT quote
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '淅川' OR v0.value IS '南召' OR v0.value IS '镇平'))
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
  places_1 AS (
    SELECT *, rowid AS __ord FROM places
  ),
  select_2 AS (
    SELECT '多行
字符串' AS s, "source", "offset", line, __ord FROM places_1
  ),
  limit_3 AS (
    SELECT * FROM select_2 ORDER BY __ord LIMIT 1
  )
SELECT s
FROM limit_3
ORDER BY __ord;
-- ===== PostgreSQL =====
Tests/GoldenTests/Cases/lexer-input-method.kx:2:23: note[N0101]: read “…” as string quotes
  |
2 | events where county ＝ “淅川” or county ＝ ‘南召’ ｜ count
  |                        ^^^^^^
  = the text inside is kept exactly as typed
Tests/GoldenTests/Cases/lexer-input-method.kx:5:29: note[N0102]: read '、' as ',' between list items
  |
5 | events where county in (“淅川”、“南召”、“镇平”) | count  // a trailing comment
  |                               ^^
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
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (("value" >= 587000) IS TRUE AND ("value" < 150000000) IS TRUE)
  ),
  select_3 AS (
    SELECT quote, "value", "source", "offset", line, __ord FROM where_2
  )
SELECT quote, "value"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (("value" > 2000000000000) IS TRUE OR ((CAST("value" AS DOUBLE PRECISION) / 15066000) > CAST(0.35 AS DOUBLE PRECISION)) IS TRUE)
  ),
  select_3 AS (
    SELECT quote, "source", "offset", line, __ord FROM where_2
  )
SELECT quote
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '淅川' OR v0.value IS NOT DISTINCT FROM '南召' OR v0.value IS NOT DISTINCT FROM '镇平'))
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
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  select_2 AS (
    SELECT '多行
字符串' AS s, "source", "offset", line, __ord FROM places_1
  ),
  limit_3 AS (
    SELECT * FROM select_2 ORDER BY __ord LIMIT 1
  )
SELECT s
FROM limit_3
ORDER BY __ord;
-- ===== DuckDB =====
Tests/GoldenTests/Cases/lexer-input-method.kx:2:23: note[N0101]: read “…” as string quotes
  |
2 | events where county ＝ “淅川” or county ＝ ‘南召’ ｜ count
  |                        ^^^^^^
  = the text inside is kept exactly as typed
Tests/GoldenTests/Cases/lexer-input-method.kx:5:29: note[N0102]: read '、' as ',' between list items
  |
5 | events where county in (“淅川”、“南召”、“镇平”) | count  // a trailing comment
  |                               ^^
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
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (("value" >= 587000) IS TRUE AND ("value" < 150000000) IS TRUE)
  ),
  select_3 AS (
    SELECT quote, "value", "source", "offset", line, __ord FROM where_2
  )
SELECT quote, "value"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT *
    FROM figures_1
    WHERE (("value" > 2000000000000) IS TRUE OR ((CASE WHEN "value" IS NULL OR 15066000 IS NULL THEN NULL WHEN 15066000 = 0 THEN error('E0501 274 290') ELSE CAST("value" AS DOUBLE) / 15066000 END) > CAST(0.35 AS DOUBLE)) IS TRUE)
  ),
  select_3 AS (
    SELECT quote, "source", "offset", line, __ord FROM where_2
  )
SELECT quote
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '淅川' OR v0.value IS NOT DISTINCT FROM '南召' OR v0.value IS NOT DISTINCT FROM '镇平'))
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
  places_1 AS (
    SELECT *, kexie_row AS __ord FROM places
  ),
  select_2 AS (
    SELECT '多行
字符串' AS s, "source", "offset", line, __ord FROM places_1
  ),
  limit_3 AS (
    SELECT * FROM select_2 ORDER BY __ord LIMIT 1
  )
SELECT s
FROM limit_3
ORDER BY __ord;
