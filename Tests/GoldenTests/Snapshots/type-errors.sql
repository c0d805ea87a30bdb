-- ===== SQLite =====
Tests/GoldenTests/Cases/type-errors.kx:3:14: error[E0401]: cannot compare an integer with text using '='
  |
3 | events where participants = "500"
  |              ^^^^^^^^^^^^^^^^^^^^
  = drop the quotes to compare numbers, or convert with to_int(…)
Tests/GoldenTests/Cases/type-errors.kx:4:17: error[E0402]: '+' needs numbers, found text
  |
4 | events | select name + 1
  |                 ^^^^
  = to join text, use concat(a, b)
Tests/GoldenTests/Cases/type-errors.kx:5:14: error[E0403]: 'where' needs a true/false condition, found an integer
  |
5 | events where participants
  |              ^^^^^^^^^^^^
  = compare it with something, e.g. 'participants > 100' or 'county is not null'
Tests/GoldenTests/Cases/type-errors.kx:6:17: error[E0404]: length() takes 1 argument, found 2 arguments
  |
6 | events | select length(name, 2)
  |                 ^^^^^^^^^^^^^^^
  = see '.help functions'
Tests/GoldenTests/Cases/type-errors.kx:7:24: error[E0405]: length() takes text as argument 1, found an integer
  |
7 | events | select length(participants)
  |                        ^^^^^^^^^^^^
  = see '.help functions'
Tests/GoldenTests/Cases/type-errors.kx:8:24: error[E0405]: sum() takes a number as argument 1, found text
  |
8 | events | summarize sum(name)
  |                        ^^^^
  = see '.help functions'
Tests/GoldenTests/Cases/type-errors.kx:9:14: error[E0406]: count() is an aggregate; it can only be used in 'summarize'
  |
9 | events where count() > 1
  |              ^^^^^^^
  = e.g. 'summarize count(…) by county'
Tests/GoldenTests/Cases/type-errors.kx:10:20: error[E0407]: 'summarize' needs an aggregate such as count() or sum(…)
   |
10 | events | summarize name
   |                    ^^^^
   = put grouping fields after 'by': 'summarize count() by county'
   = 'name' is neither a group key (after 'by') nor inside an aggregate
Tests/GoldenTests/Cases/type-errors.kx:11:29: error[E0408]: list item is text, but the value tested is an integer
   |
11 | events where year in (2021, "2020")
   |                             ^^^^^^
Tests/GoldenTests/Cases/type-errors.kx:12:17: error[E0204]: 'county' is text, not a link, so it has no fields
   |
12 | events | select county.name
   |                 ^^^^^^
   = only link fields (→ in '.schema') can be followed with '.'
Tests/GoldenTests/Cases/type-errors.kx:13:31: error[E0205]: the result already has a column named 'name'
   |
13 | events | select name, kind as name
   |                               ^^^^
   = rename one of them with 'as'
Tests/GoldenTests/Cases/type-errors.kx:14:28: error[E0503]: invalid regular expression '(': the group opened here is not closed
   |
14 | events where name matches "("
   |                            ^
Tests/GoldenTests/Cases/type-errors.kx:15:30: error[E0203]: unknown field 'county' in the rows after 'select'
   |
15 | events | select name | where county = "淅川"
   |                              ^^^^^^
   = the rows after 'select' has: name
Tests/GoldenTests/Cases/type-errors.kx:16:26: error[E0203]: unknown field 'source' in the rows after 'count'
   |
16 | events | count by kind | cite
   |                          ^^^^
   = cite shows the report sentence of each row; rows made by count, summarize or distinct have none
Tests/GoldenTests/Cases/type-errors.kx:17:5: error[E0207]: 'events' already names an entity set; let cannot rebind it
   |
17 | let events = orgs
   |     ^^^^^^
   = choose another name
-- ===== PostgreSQL =====
Tests/GoldenTests/Cases/type-errors.kx:3:14: error[E0401]: cannot compare an integer with text using '='
  |
3 | events where participants = "500"
  |              ^^^^^^^^^^^^^^^^^^^^
  = drop the quotes to compare numbers, or convert with to_int(…)
Tests/GoldenTests/Cases/type-errors.kx:4:17: error[E0402]: '+' needs numbers, found text
  |
4 | events | select name + 1
  |                 ^^^^
  = to join text, use concat(a, b)
Tests/GoldenTests/Cases/type-errors.kx:5:14: error[E0403]: 'where' needs a true/false condition, found an integer
  |
5 | events where participants
  |              ^^^^^^^^^^^^
  = compare it with something, e.g. 'participants > 100' or 'county is not null'
Tests/GoldenTests/Cases/type-errors.kx:6:17: error[E0404]: length() takes 1 argument, found 2 arguments
  |
6 | events | select length(name, 2)
  |                 ^^^^^^^^^^^^^^^
  = see '.help functions'
Tests/GoldenTests/Cases/type-errors.kx:7:24: error[E0405]: length() takes text as argument 1, found an integer
  |
7 | events | select length(participants)
  |                        ^^^^^^^^^^^^
  = see '.help functions'
Tests/GoldenTests/Cases/type-errors.kx:8:24: error[E0405]: sum() takes a number as argument 1, found text
  |
8 | events | summarize sum(name)
  |                        ^^^^
  = see '.help functions'
Tests/GoldenTests/Cases/type-errors.kx:9:14: error[E0406]: count() is an aggregate; it can only be used in 'summarize'
  |
9 | events where count() > 1
  |              ^^^^^^^
  = e.g. 'summarize count(…) by county'
Tests/GoldenTests/Cases/type-errors.kx:10:20: error[E0407]: 'summarize' needs an aggregate such as count() or sum(…)
   |
10 | events | summarize name
   |                    ^^^^
   = put grouping fields after 'by': 'summarize count() by county'
   = 'name' is neither a group key (after 'by') nor inside an aggregate
Tests/GoldenTests/Cases/type-errors.kx:11:29: error[E0408]: list item is text, but the value tested is an integer
   |
11 | events where year in (2021, "2020")
   |                             ^^^^^^
Tests/GoldenTests/Cases/type-errors.kx:12:17: error[E0204]: 'county' is text, not a link, so it has no fields
   |
12 | events | select county.name
   |                 ^^^^^^
   = only link fields (→ in '.schema') can be followed with '.'
Tests/GoldenTests/Cases/type-errors.kx:13:31: error[E0205]: the result already has a column named 'name'
   |
13 | events | select name, kind as name
   |                               ^^^^
   = rename one of them with 'as'
Tests/GoldenTests/Cases/type-errors.kx:14:28: error[E0503]: invalid regular expression '(': the group opened here is not closed
   |
14 | events where name matches "("
   |                            ^
Tests/GoldenTests/Cases/type-errors.kx:15:30: error[E0203]: unknown field 'county' in the rows after 'select'
   |
15 | events | select name | where county = "淅川"
   |                              ^^^^^^
   = the rows after 'select' has: name
Tests/GoldenTests/Cases/type-errors.kx:16:26: error[E0203]: unknown field 'source' in the rows after 'count'
   |
16 | events | count by kind | cite
   |                          ^^^^
   = cite shows the report sentence of each row; rows made by count, summarize or distinct have none
Tests/GoldenTests/Cases/type-errors.kx:17:5: error[E0207]: 'events' already names an entity set; let cannot rebind it
   |
17 | let events = orgs
   |     ^^^^^^
   = choose another name
-- ===== DuckDB =====
Tests/GoldenTests/Cases/type-errors.kx:3:14: error[E0401]: cannot compare an integer with text using '='
  |
3 | events where participants = "500"
  |              ^^^^^^^^^^^^^^^^^^^^
  = drop the quotes to compare numbers, or convert with to_int(…)
Tests/GoldenTests/Cases/type-errors.kx:4:17: error[E0402]: '+' needs numbers, found text
  |
4 | events | select name + 1
  |                 ^^^^
  = to join text, use concat(a, b)
Tests/GoldenTests/Cases/type-errors.kx:5:14: error[E0403]: 'where' needs a true/false condition, found an integer
  |
5 | events where participants
  |              ^^^^^^^^^^^^
  = compare it with something, e.g. 'participants > 100' or 'county is not null'
Tests/GoldenTests/Cases/type-errors.kx:6:17: error[E0404]: length() takes 1 argument, found 2 arguments
  |
6 | events | select length(name, 2)
  |                 ^^^^^^^^^^^^^^^
  = see '.help functions'
Tests/GoldenTests/Cases/type-errors.kx:7:24: error[E0405]: length() takes text as argument 1, found an integer
  |
7 | events | select length(participants)
  |                        ^^^^^^^^^^^^
  = see '.help functions'
Tests/GoldenTests/Cases/type-errors.kx:8:24: error[E0405]: sum() takes a number as argument 1, found text
  |
8 | events | summarize sum(name)
  |                        ^^^^
  = see '.help functions'
Tests/GoldenTests/Cases/type-errors.kx:9:14: error[E0406]: count() is an aggregate; it can only be used in 'summarize'
  |
9 | events where count() > 1
  |              ^^^^^^^
  = e.g. 'summarize count(…) by county'
Tests/GoldenTests/Cases/type-errors.kx:10:20: error[E0407]: 'summarize' needs an aggregate such as count() or sum(…)
   |
10 | events | summarize name
   |                    ^^^^
   = put grouping fields after 'by': 'summarize count() by county'
   = 'name' is neither a group key (after 'by') nor inside an aggregate
Tests/GoldenTests/Cases/type-errors.kx:11:29: error[E0408]: list item is text, but the value tested is an integer
   |
11 | events where year in (2021, "2020")
   |                             ^^^^^^
Tests/GoldenTests/Cases/type-errors.kx:12:17: error[E0204]: 'county' is text, not a link, so it has no fields
   |
12 | events | select county.name
   |                 ^^^^^^
   = only link fields (→ in '.schema') can be followed with '.'
Tests/GoldenTests/Cases/type-errors.kx:13:31: error[E0205]: the result already has a column named 'name'
   |
13 | events | select name, kind as name
   |                               ^^^^
   = rename one of them with 'as'
Tests/GoldenTests/Cases/type-errors.kx:14:28: error[E0503]: invalid regular expression '(': the group opened here is not closed
   |
14 | events where name matches "("
   |                            ^
Tests/GoldenTests/Cases/type-errors.kx:15:30: error[E0203]: unknown field 'county' in the rows after 'select'
   |
15 | events | select name | where county = "淅川"
   |                              ^^^^^^
   = the rows after 'select' has: name
Tests/GoldenTests/Cases/type-errors.kx:16:26: error[E0203]: unknown field 'source' in the rows after 'count'
   |
16 | events | count by kind | cite
   |                          ^^^^
   = cite shows the report sentence of each row; rows made by count, summarize or distinct have none
Tests/GoldenTests/Cases/type-errors.kx:17:5: error[E0207]: 'events' already names an entity set; let cannot rebind it
   |
17 | let events = orgs
   |     ^^^^^^
   = choose another name
