-- ===== SQLite =====
Tests/GoldenTests/Cases/lexer-errors.kx:2:21: error[E0101]: string is not closed
  |
2 | events where name = "unterminated
  |                     ^^^^^^^^^^^^^
  = the input ends before the closing "
-- ===== PostgreSQL =====
Tests/GoldenTests/Cases/lexer-errors.kx:2:21: error[E0101]: string is not closed
  |
2 | events where name = "unterminated
  |                     ^^^^^^^^^^^^^
  = the input ends before the closing "
-- ===== DuckDB =====
Tests/GoldenTests/Cases/lexer-errors.kx:2:21: error[E0101]: string is not closed
  |
2 | events where name = "unterminated
  |                     ^^^^^^^^^^^^^
  = the input ends before the closing "
