-- ===== SQLite =====
examples/04-chinese-input.kx:6:23: note[N0101]: read “…” as string quotes
  |
6 | events where county ＝ “淅川” | select name
  |                        ^^^^^^
  = the text inside is kept exactly as typed
examples/04-chinese-input.kx:8:29: note[N0102]: read '、' as ',' between list items
  |
8 | events where county in （“淅川”、“南召”） | count
  |                                ^^
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '淅川'))
  ),
  select_3 AS (
    SELECT name, "source", "offset", line, __ord FROM where_2
  )
SELECT name
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '淅川' OR v0.value IS '南召'))
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
    SELECT * FROM figures_1 WHERE ("value" > 587000) IS TRUE
  ),
  select_3 AS (
    SELECT subject, "value", "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE ("value" >= 150000000) IS TRUE
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
 kind      written  meaning  at    bytes    display column  normalised
 name      figures  figures  1:1   0..<7                 1  null
 keyword   where    where    1:9   8..<13                9  null
 name      value    value    1:15  14..<19              15  null
 operator  ＞＝     >=       1:21  20..<26              21  ＞＝ → >=
 integer   58.7万   587000   1:24  27..<34              26  58.7万 → 587000
 keyword   and      and      1:30  35..<38              33  null
 name      unit     unit     1:34  39..<43              37  null
 operator  ＝       =        1:39  44..<47              42  ＝ → =
 string    ‘人’     "人"     1:41  48..<57              45  ‘ → "
-- ===== PostgreSQL =====
examples/04-chinese-input.kx:6:23: note[N0101]: read “…” as string quotes
  |
6 | events where county ＝ “淅川” | select name
  |                        ^^^^^^
  = the text inside is kept exactly as typed
examples/04-chinese-input.kx:8:29: note[N0102]: read '、' as ',' between list items
  |
8 | events where county in （“淅川”、“南召”） | count
  |                                ^^
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '淅川'))
  ),
  select_3 AS (
    SELECT name, "source", "offset", line, __ord FROM where_2
  )
SELECT name
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '淅川' OR v0.value IS NOT DISTINCT FROM '南召'))
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
    SELECT * FROM figures_1 WHERE ("value" > 587000) IS TRUE
  ),
  select_3 AS (
    SELECT subject, "value", "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE ("value" >= 150000000) IS TRUE
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
 kind      written  meaning  at    bytes    display column  normalised
 name      figures  figures  1:1   0..<7                 1  null
 keyword   where    where    1:9   8..<13                9  null
 name      value    value    1:15  14..<19              15  null
 operator  ＞＝     >=       1:21  20..<26              21  ＞＝ → >=
 integer   58.7万   587000   1:24  27..<34              26  58.7万 → 587000
 keyword   and      and      1:30  35..<38              33  null
 name      unit     unit     1:34  39..<43              37  null
 operator  ＝       =        1:39  44..<47              42  ＝ → =
 string    ‘人’     "人"     1:41  48..<57              45  ‘ → "
-- ===== DuckDB =====
examples/04-chinese-input.kx:6:23: note[N0101]: read “…” as string quotes
  |
6 | events where county ＝ “淅川” | select name
  |                        ^^^^^^
  = the text inside is kept exactly as typed
examples/04-chinese-input.kx:8:29: note[N0102]: read '、' as ',' between list items
  |
8 | events where county in （“淅川”、“南召”） | count
  |                                ^^
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '淅川'))
  ),
  select_3 AS (
    SELECT name, "source", "offset", line, __ord FROM where_2
  )
SELECT name
FROM select_3
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '淅川' OR v0.value IS NOT DISTINCT FROM '南召'))
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
    SELECT * FROM figures_1 WHERE ("value" > 587000) IS TRUE
  ),
  select_3 AS (
    SELECT subject, "value", "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value"
FROM select_3
ORDER BY __ord;
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE ("value" >= 150000000) IS TRUE
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
 kind      written  meaning  at    bytes    display column  normalised
 name      figures  figures  1:1   0..<7                 1  null
 keyword   where    where    1:9   8..<13                9  null
 name      value    value    1:15  14..<19              15  null
 operator  ＞＝     >=       1:21  20..<26              21  ＞＝ → >=
 integer   58.7万   587000   1:24  27..<34              26  58.7万 → 587000
 keyword   and      and      1:30  35..<38              33  null
 name      unit     unit     1:34  39..<43              37  null
 operator  ＝       =        1:39  44..<47              42  ＝ → =
 string    ‘人’     "人"     1:41  48..<57              45  ‘ → "
