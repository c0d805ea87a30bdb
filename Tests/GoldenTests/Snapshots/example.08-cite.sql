-- ===== SQLite =====
WITH
  figures_1 AS (
    SELECT *, rowid AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (quote IS '58.7万')
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, "source", "offset", line
FROM select_3
ORDER BY __ord;
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
SELECT name, "source", "offset", line
FROM select_3
ORDER BY __ord;
events liudong-kejiguan-xunzhan: seeds/nanyang-kexie-2021-report.txt, line 56, offset 2170
  在【淅川】、【南召】、【镇平】、【桐柏】、【内乡】五个县开展【流动科技馆巡展】活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。
WITH
  people_1 AS (
    SELECT *, rowid AS __ord FROM people
  ),
  select_2 AS (
    SELECT name, role, line, "offset", "source", __ord FROM people_1
  )
SELECT name, role, line, "offset"
FROM select_2
ORDER BY __ord;
-- ===== PostgreSQL =====
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (quote IS NOT DISTINCT FROM '58.7万')
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, "source", "offset", line
FROM select_3
ORDER BY __ord;
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
SELECT name, "source", "offset", line
FROM select_3
ORDER BY __ord;
events liudong-kejiguan-xunzhan: seeds/nanyang-kexie-2021-report.txt, line 56, offset 2170
  在【淅川】、【南召】、【镇平】、【桐柏】、【内乡】五个县开展【流动科技馆巡展】活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。
WITH
  people_1 AS (
    SELECT *, kexie_row AS __ord FROM people
  ),
  select_2 AS (
    SELECT name, role, line, "offset", "source", __ord FROM people_1
  )
SELECT name, role, line, "offset"
FROM select_2
ORDER BY __ord;
-- ===== DuckDB =====
WITH
  figures_1 AS (
    SELECT *, kexie_row AS __ord FROM figures
  ),
  where_2 AS (
    SELECT * FROM figures_1 WHERE (quote IS NOT DISTINCT FROM '58.7万')
  ),
  select_3 AS (
    SELECT subject, "value", unit, "source", "offset", line, __ord FROM where_2
  )
SELECT subject, "value", unit, "source", "offset", line
FROM select_3
ORDER BY __ord;
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
SELECT name, "source", "offset", line
FROM select_3
ORDER BY __ord;
events liudong-kejiguan-xunzhan: seeds/nanyang-kexie-2021-report.txt, line 56, offset 2170
  在【淅川】、【南召】、【镇平】、【桐柏】、【内乡】五个县开展【流动科技馆巡展】活动,组织“科普”进校园(社区)、高校科学营、青少年科技创新大赛等活动,累计受益22万余人。
WITH
  people_1 AS (
    SELECT *, kexie_row AS __ord FROM people
  ),
  select_2 AS (
    SELECT name, role, line, "offset", "source", __ord FROM people_1
  )
SELECT name, role, line, "offset"
FROM select_2
ORDER BY __ord;
