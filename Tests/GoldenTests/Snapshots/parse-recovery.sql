-- ===== SQLite =====
Tests/GoldenTests/Cases/parse-recovery.kx:3:23: error[E0301]: expected an expression, found '|'
  |
3 | events where county = | select name as | count
  |                       ^
Tests/GoldenTests/Cases/parse-recovery.kx:3:40: error[E0301]: expected a column name after 'as', found '|'
  |
3 | events where county = | select name as | count
  |                                        ^
Tests/GoldenTests/Cases/parse-recovery.kx:4:8: error[E0302]: expected a clause, found 'filter'
  |
4 | places filter name = "南阳市"
  |        ^^^^^^
  = did you mean 'where'?
  = clauses: where, select, extend, sort by, limit, top, count, summarize, distinct, expand, join, cite
Tests/GoldenTests/Cases/parse-recovery.kx:5:13: error[E0301]: expected 'by' after 'sort', found 'name'
  |
5 | orgs | sort name
  |             ^^^^
Tests/GoldenTests/Cases/parse-recovery.kx:6:15: error[E0301]: expected a number of rows after 'top', found 'by'
  |
6 | figures | top by value
  |               ^^
Tests/GoldenTests/Cases/parse-recovery.kx:7:20: error[E0301]: expected the end of the comparison, found '<'
  |
7 | events where a < b < c
  |                    ^
  = comparisons do not chain: write 'a < b and b < c'
Tests/GoldenTests/Cases/parse-recovery.kx:8:16: error[E0308]: 'limit' needs a whole number of rows, found '-3'
  |
8 | events | limit -3
  |                ^^
Tests/GoldenTests/Cases/parse-recovery.kx:9:14: error[E0301]: expected ')' to close the '(' at 9:14, found the end of the input
  |
9 | events where (county = "淅川"
  |              ^
  = this '(' is never closed
-- ===== PostgreSQL =====
Tests/GoldenTests/Cases/parse-recovery.kx:3:23: error[E0301]: expected an expression, found '|'
  |
3 | events where county = | select name as | count
  |                       ^
Tests/GoldenTests/Cases/parse-recovery.kx:3:40: error[E0301]: expected a column name after 'as', found '|'
  |
3 | events where county = | select name as | count
  |                                        ^
Tests/GoldenTests/Cases/parse-recovery.kx:4:8: error[E0302]: expected a clause, found 'filter'
  |
4 | places filter name = "南阳市"
  |        ^^^^^^
  = did you mean 'where'?
  = clauses: where, select, extend, sort by, limit, top, count, summarize, distinct, expand, join, cite
Tests/GoldenTests/Cases/parse-recovery.kx:5:13: error[E0301]: expected 'by' after 'sort', found 'name'
  |
5 | orgs | sort name
  |             ^^^^
Tests/GoldenTests/Cases/parse-recovery.kx:6:15: error[E0301]: expected a number of rows after 'top', found 'by'
  |
6 | figures | top by value
  |               ^^
Tests/GoldenTests/Cases/parse-recovery.kx:7:20: error[E0301]: expected the end of the comparison, found '<'
  |
7 | events where a < b < c
  |                    ^
  = comparisons do not chain: write 'a < b and b < c'
Tests/GoldenTests/Cases/parse-recovery.kx:8:16: error[E0308]: 'limit' needs a whole number of rows, found '-3'
  |
8 | events | limit -3
  |                ^^
Tests/GoldenTests/Cases/parse-recovery.kx:9:14: error[E0301]: expected ')' to close the '(' at 9:14, found the end of the input
  |
9 | events where (county = "淅川"
  |              ^
  = this '(' is never closed
-- ===== DuckDB =====
Tests/GoldenTests/Cases/parse-recovery.kx:3:23: error[E0301]: expected an expression, found '|'
  |
3 | events where county = | select name as | count
  |                       ^
Tests/GoldenTests/Cases/parse-recovery.kx:3:40: error[E0301]: expected a column name after 'as', found '|'
  |
3 | events where county = | select name as | count
  |                                        ^
Tests/GoldenTests/Cases/parse-recovery.kx:4:8: error[E0302]: expected a clause, found 'filter'
  |
4 | places filter name = "南阳市"
  |        ^^^^^^
  = did you mean 'where'?
  = clauses: where, select, extend, sort by, limit, top, count, summarize, distinct, expand, join, cite
Tests/GoldenTests/Cases/parse-recovery.kx:5:13: error[E0301]: expected 'by' after 'sort', found 'name'
  |
5 | orgs | sort name
  |             ^^^^
Tests/GoldenTests/Cases/parse-recovery.kx:6:15: error[E0301]: expected a number of rows after 'top', found 'by'
  |
6 | figures | top by value
  |               ^^
Tests/GoldenTests/Cases/parse-recovery.kx:7:20: error[E0301]: expected the end of the comparison, found '<'
  |
7 | events where a < b < c
  |                    ^
  = comparisons do not chain: write 'a < b and b < c'
Tests/GoldenTests/Cases/parse-recovery.kx:8:16: error[E0308]: 'limit' needs a whole number of rows, found '-3'
  |
8 | events | limit -3
  |                ^^
Tests/GoldenTests/Cases/parse-recovery.kx:9:14: error[E0301]: expected ')' to close the '(' at 9:14, found the end of the input
  |
9 | events where (county = "淅川"
  |              ^
  = this '(' is never closed
