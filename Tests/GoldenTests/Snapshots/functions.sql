-- ===== SQLite =====
-- kexie_length(), kexie_lower(), kexie_upper() and kexie_width(): defined by kexie's SQLite backend
WITH
  places_1 AS (
    SELECT *, rowid AS __ord FROM places
  ),
  select_2 AS (
    SELECT
      name,
      kexie_length(name) AS chars,
      kexie_width(name) AS cells,
      kexie_lower(pinyin) AS "lower(pinyin)",
      kexie_upper(pinyin) AS "upper(pinyin)",
      "source",
      "offset",
      line,
      __ord
    FROM places_1
  )
SELECT name, chars, cells, "lower(pinyin)", "upper(pinyin)"
FROM select_2
ORDER BY __ord;
-- kexie_substr(): defined by kexie's SQLite backend
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '淅川'))
  ),
  select_3 AS (
    SELECT
      kexie_substr(name, 1, 2) AS "substr(name, 1, 2)",
      replace(name, '科技馆', '科学馆') AS "replace(name, ""科技馆"", ""科学馆"")",
      "source",
      "offset",
      line,
      __ord
    FROM where_2
  )
SELECT "substr(name, 1, 2)", "replace(name, ""科技馆"", ""科学馆"")"
FROM select_3
ORDER BY __ord;
Tests/GoldenTests/Cases/functions.kx:3:83: error[E0801]: round() cannot be written exactly in SQLite SQL: engines round the decimal digits of a double differently
  |
3 | figures where quote = "58.7万" | select to_text(value), to_decimal(value) / 10000, round(2.5), round(2.455, 2), abs(-value)
  |                                                                                    ^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
Tests/GoldenTests/Cases/functions.kx:4:17: error[E0801]: concat() cannot be written exactly in SQLite SQL: its argument is a list
  |
4 | events | select concat(name, "@", county ?? "全市"), coalesce(participants, sessions, 0) | limit 3
  |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
Tests/GoldenTests/Cases/functions.kx:5:37: error[E0801]: to_int() cannot be written exactly in SQLite SQL: kexie reads numbers from text by its own rules
  |
5 | contacts where kind = "QQ" | select to_int(value) + 1
  |                                     ^^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
-- ===== PostgreSQL =====
Tests/GoldenTests/Cases/functions.kx:1:23: error[E0801]: length() cannot be written exactly in PostgreSQL SQL: kexie counts characters as people see them, and PostgreSQL counts code points
  |
1 | places | select name, length(name) as chars, width(name) as cells, lower(pinyin), upper(pinyin)
  |                       ^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
Tests/GoldenTests/Cases/functions.kx:2:37: error[E0801]: substr() cannot be written exactly in PostgreSQL SQL: kexie counts characters as people see them
  |
2 | events where county = "淅川" | select substr(name, 1, 2), replace(name, "科技馆", "科学馆")
  |                                       ^^^^^^^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
Tests/GoldenTests/Cases/functions.kx:3:83: error[E0801]: round() cannot be written exactly in PostgreSQL SQL: engines round the decimal digits of a double differently
  |
3 | figures where quote = "58.7万" | select to_text(value), to_decimal(value) / 10000, round(2.5), round(2.455, 2), abs(-value)
  |                                                                                    ^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
Tests/GoldenTests/Cases/functions.kx:4:17: error[E0801]: concat() cannot be written exactly in PostgreSQL SQL: its argument is a list
  |
4 | events | select concat(name, "@", county ?? "全市"), coalesce(participants, sessions, 0) | limit 3
  |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
Tests/GoldenTests/Cases/functions.kx:5:37: error[E0801]: to_int() cannot be written exactly in PostgreSQL SQL: kexie reads numbers from text by its own rules
  |
5 | contacts where kind = "QQ" | select to_int(value) + 1
  |                                     ^^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
-- ===== DuckDB =====
Tests/GoldenTests/Cases/functions.kx:1:46: error[E0801]: width() cannot be written exactly in DuckDB SQL: DuckDB does not know how wide a character is on a terminal
  |
1 | places | select name, length(name) as chars, width(name) as cells, lower(pinyin), upper(pinyin)
  |                                              ^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
Tests/GoldenTests/Cases/functions.kx:2:37: error[E0801]: substr() cannot be written exactly in DuckDB SQL: kexie counts characters as people see them
  |
2 | events where county = "淅川" | select substr(name, 1, 2), replace(name, "科技馆", "科学馆")
  |                                       ^^^^^^^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
Tests/GoldenTests/Cases/functions.kx:3:83: error[E0801]: round() cannot be written exactly in DuckDB SQL: engines round the decimal digits of a double differently
  |
3 | figures where quote = "58.7万" | select to_text(value), to_decimal(value) / 10000, round(2.5), round(2.455, 2), abs(-value)
  |                                                                                    ^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
Tests/GoldenTests/Cases/functions.kx:4:17: error[E0801]: concat() cannot be written exactly in DuckDB SQL: its argument is a list
  |
4 | events | select concat(name, "@", county ?? "全市"), coalesce(participants, sessions, 0) | limit 3
  |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
Tests/GoldenTests/Cases/functions.kx:5:37: error[E0801]: to_int() cannot be written exactly in DuckDB SQL: kexie reads numbers from text by its own rules
  |
5 | contacts where kind = "QQ" | select to_int(value) + 1
  |                                     ^^^^^^^^^^^^^
  = when a database runs this query, kexie runs this part itself on the rows it returns
