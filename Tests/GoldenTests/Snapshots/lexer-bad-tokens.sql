-- ===== SQLite =====
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:2:29: error[E0103]: '1e' is not a number
  |
2 | events where participants > 1e | count
  |                             ^^
  = numbers look like 42, 58.7, 1e6, 58.7万, 1.5亿, 2万亿 or 35%
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:3:21: error[E0103]: '2021年' is not a number
  |
3 | events where year = 2021年
  |                     ^^^^^^
  = numbers look like 42, 58.7, 1e6, 58.7万, 1.5亿, 2万亿 or 35%
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:4:21: error[E0102]: unexpected character '@'
  |
4 | events where county @ "淅川"
  |                     ^
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:5:29: error[E0104]: unknown escape sequence '\q'
  |
5 | events where name contains "\q"
  |                             ^^
  = known escapes: \" \' \\ \n \t \r \0 \u{4E2D}; write \\ for a backslash
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:6:17: error[E0105]: quoted name is not closed
  |
6 | events | select `open
  |                 ^^^^^
  = end it with '`' on the same line
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:7:29: error[E0106]: '99999999999999999999' does not fit in a 64-bit integer
  |
7 | events where participants > 99999999999999999999
  |                             ^^^^^^^^^^^^^^^^^^^^
  = integers range from -9223372036854775808 to 9223372036854775807
-- ===== PostgreSQL =====
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:2:29: error[E0103]: '1e' is not a number
  |
2 | events where participants > 1e | count
  |                             ^^
  = numbers look like 42, 58.7, 1e6, 58.7万, 1.5亿, 2万亿 or 35%
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:3:21: error[E0103]: '2021年' is not a number
  |
3 | events where year = 2021年
  |                     ^^^^^^
  = numbers look like 42, 58.7, 1e6, 58.7万, 1.5亿, 2万亿 or 35%
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:4:21: error[E0102]: unexpected character '@'
  |
4 | events where county @ "淅川"
  |                     ^
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:5:29: error[E0104]: unknown escape sequence '\q'
  |
5 | events where name contains "\q"
  |                             ^^
  = known escapes: \" \' \\ \n \t \r \0 \u{4E2D}; write \\ for a backslash
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:6:17: error[E0105]: quoted name is not closed
  |
6 | events | select `open
  |                 ^^^^^
  = end it with '`' on the same line
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:7:29: error[E0106]: '99999999999999999999' does not fit in a 64-bit integer
  |
7 | events where participants > 99999999999999999999
  |                             ^^^^^^^^^^^^^^^^^^^^
  = integers range from -9223372036854775808 to 9223372036854775807
-- ===== DuckDB =====
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:2:29: error[E0103]: '1e' is not a number
  |
2 | events where participants > 1e | count
  |                             ^^
  = numbers look like 42, 58.7, 1e6, 58.7万, 1.5亿, 2万亿 or 35%
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:3:21: error[E0103]: '2021年' is not a number
  |
3 | events where year = 2021年
  |                     ^^^^^^
  = numbers look like 42, 58.7, 1e6, 58.7万, 1.5亿, 2万亿 or 35%
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:4:21: error[E0102]: unexpected character '@'
  |
4 | events where county @ "淅川"
  |                     ^
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:5:29: error[E0104]: unknown escape sequence '\q'
  |
5 | events where name contains "\q"
  |                             ^^
  = known escapes: \" \' \\ \n \t \r \0 \u{4E2D}; write \\ for a backslash
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:6:17: error[E0105]: quoted name is not closed
  |
6 | events | select `open
  |                 ^^^^^
  = end it with '`' on the same line
Tests/GoldenTests/Cases/lexer-bad-tokens.kx:7:29: error[E0106]: '99999999999999999999' does not fit in a 64-bit integer
  |
7 | events where participants > 99999999999999999999
  |                             ^^^^^^^^^^^^^^^^^^^^
  = integers range from -9223372036854775808 to 9223372036854775807
