-- ===== SQLite =====
 kind         written  meaning  at    bytes    display column  normalised
 name         events   events   1:1   0..<6                 1  null
 keyword      where    where    1:8   7..<12                8  null
 name         county   county   1:14  13..<19              14  null
 operator     =        =        1:21  20..<21              21  null
 string       "淅川"   "淅川"   1:23  22..<30              23  null
 punctuation  |        |        1:28  31..<32              30  null
 keyword      count    count    1:30  33..<38              32  null
script
  query @1:1
    source events @1:1
    where @1:8
      binary = @1:14
        name county @1:14
        literal "淅川" @1:23
    count @1:30
source events: table, 29 rows
  columns: id: text, name: text, label: text, kind: text, form: text, section: → sections, county: list of text, organizer: → orgs, partners: list of → orgs, year: integer, year_basis: text, participants: integer, participants_unit: text, participants_approx: text, sessions: integer, sessions_approx: text, involvement: text, program: list of → programs (+3 hidden)
1. where @1:8
  = : bool
    follow link to orgs.kind : text
      organizer (events.organizer) : → orgs
    literal "科协" : text
  → id: text, name: text, label: text, kind: text, form: text, section: → sections, county: list of text, organizer: → orgs, partners: list of → orgs, year: integer, year_basis: text, participants: integer, participants_unit: text, participants_approx: text, sessions: integer, sessions_approx: text, involvement: text, program: list of → programs (+3 hidden)
2. count @1:38
  group by
    county =
      county (events.county) : list of text
  aggregate count : integer
  groups by count, largest first
  → county: text, count: integer
output: county: text, count: integer
1:23: note[N0101]: read “…” as string quotes
  |
1 | events WHERE county ＝ “淅川” ORDER BY name DESC TAKE 3
  |                        ^^^^^^
  = the text inside is kept exactly as typed
events
| where county = "淅川"
| sort by name desc
| limit 3
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((SELECT t.title FROM sections AS t WHERE t.id = events_1.section) IS '宣传普及')
  ),
  where_3 AS (
    SELECT *
    FROM where_2
    WHERE NOT (EXISTS (SELECT 1 FROM json_each(CASE WHEN coalesce(json_array_length(county), 0) = 0 THEN '[null]' ELSE county END) AS v0 WHERE v0.value IS NULL))
  ),
  select_4 AS (
    SELECT label, county, "source", "offset", line, __ord FROM where_3
  )
SELECT label, county
FROM select_4
ORDER BY __ord;
-- ===== PostgreSQL =====
 kind         written  meaning  at    bytes    display column  normalised
 name         events   events   1:1   0..<6                 1  null
 keyword      where    where    1:8   7..<12                8  null
 name         county   county   1:14  13..<19              14  null
 operator     =        =        1:21  20..<21              21  null
 string       "淅川"   "淅川"   1:23  22..<30              23  null
 punctuation  |        |        1:28  31..<32              30  null
 keyword      count    count    1:30  33..<38              32  null
script
  query @1:1
    source events @1:1
    where @1:8
      binary = @1:14
        name county @1:14
        literal "淅川" @1:23
    count @1:30
source events: table, 29 rows
  columns: id: text, name: text, label: text, kind: text, form: text, section: → sections, county: list of text, organizer: → orgs, partners: list of → orgs, year: integer, year_basis: text, participants: integer, participants_unit: text, participants_approx: text, sessions: integer, sessions_approx: text, involvement: text, program: list of → programs (+3 hidden)
1. where @1:8
  = : bool
    follow link to orgs.kind : text
      organizer (events.organizer) : → orgs
    literal "科协" : text
  → id: text, name: text, label: text, kind: text, form: text, section: → sections, county: list of text, organizer: → orgs, partners: list of → orgs, year: integer, year_basis: text, participants: integer, participants_unit: text, participants_approx: text, sessions: integer, sessions_approx: text, involvement: text, program: list of → programs (+3 hidden)
2. count @1:38
  group by
    county =
      county (events.county) : list of text
  aggregate count : integer
  groups by count, largest first
  → county: text, count: integer
output: county: text, count: integer
1:23: note[N0101]: read “…” as string quotes
  |
1 | events WHERE county ＝ “淅川” ORDER BY name DESC TAKE 3
  |                        ^^^^^^
  = the text inside is kept exactly as typed
events
| where county = "淅川"
| sort by name desc
| limit 3
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((SELECT t.title FROM sections AS t WHERE t.id = events_1.section) IS NOT DISTINCT FROM '宣传普及')
  ),
  where_3 AS (
    SELECT *
    FROM where_2
    WHERE NOT (EXISTS (SELECT 1 FROM unnest(CASE WHEN coalesce(cardinality(county), 0) = 0 THEN CAST(ARRAY[NULL] AS TEXT[]) ELSE county END) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM NULL))
  ),
  select_4 AS (
    SELECT label, county, "source", "offset", line, __ord FROM where_3
  )
SELECT label, county
FROM select_4
ORDER BY __ord;
-- ===== DuckDB =====
 kind         written  meaning  at    bytes    display column  normalised
 name         events   events   1:1   0..<6                 1  null
 keyword      where    where    1:8   7..<12                8  null
 name         county   county   1:14  13..<19              14  null
 operator     =        =        1:21  20..<21              21  null
 string       "淅川"   "淅川"   1:23  22..<30              23  null
 punctuation  |        |        1:28  31..<32              30  null
 keyword      count    count    1:30  33..<38              32  null
script
  query @1:1
    source events @1:1
    where @1:8
      binary = @1:14
        name county @1:14
        literal "淅川" @1:23
    count @1:30
source events: table, 29 rows
  columns: id: text, name: text, label: text, kind: text, form: text, section: → sections, county: list of text, organizer: → orgs, partners: list of → orgs, year: integer, year_basis: text, participants: integer, participants_unit: text, participants_approx: text, sessions: integer, sessions_approx: text, involvement: text, program: list of → programs (+3 hidden)
1. where @1:8
  = : bool
    follow link to orgs.kind : text
      organizer (events.organizer) : → orgs
    literal "科协" : text
  → id: text, name: text, label: text, kind: text, form: text, section: → sections, county: list of text, organizer: → orgs, partners: list of → orgs, year: integer, year_basis: text, participants: integer, participants_unit: text, participants_approx: text, sessions: integer, sessions_approx: text, involvement: text, program: list of → programs (+3 hidden)
2. count @1:38
  group by
    county =
      county (events.county) : list of text
  aggregate count : integer
  groups by count, largest first
  → county: text, count: integer
output: county: text, count: integer
1:23: note[N0101]: read “…” as string quotes
  |
1 | events WHERE county ＝ “淅川” ORDER BY name DESC TAKE 3
  |                        ^^^^^^
  = the text inside is kept exactly as typed
events
| where county = "淅川"
| sort by name desc
| limit 3
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE ((SELECT t.title FROM sections AS t WHERE t.id = events_1.section) IS NOT DISTINCT FROM '宣传普及')
  ),
  where_3 AS (
    SELECT *
    FROM where_2
    WHERE NOT (EXISTS (SELECT 1 FROM (SELECT unnest(CASE WHEN coalesce(len(county), 0) = 0 THEN CAST([NULL] AS VARCHAR[]) ELSE county END) AS value, generate_subscripts(CASE WHEN coalesce(len(county), 0) = 0 THEN CAST([NULL] AS VARCHAR[]) ELSE county END, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM NULL))
  ),
  select_4 AS (
    SELECT label, county, "source", "offset", line, __ord FROM where_3
  )
SELECT label, county
FROM select_4
ORDER BY __ord;
