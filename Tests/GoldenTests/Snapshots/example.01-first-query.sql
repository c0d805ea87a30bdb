-- ===== SQLite =====
 set       中文      rows  what
 events    活动        29  every activity held or taken part in during 2021, one record each
 orgs      组织        19  every organisation named: the association, societies, universities, companies, government bodies, …
 people    人物         8  every named person with their role
 places    地点         9  every place named
 programs  项目        17  talent plans, campaigns, awards and honours, named projects, bases and designations
 figures   数字        26  every quantity stated in the body of the report
 sections  部分         4  the report's four parts
 contacts  联系方式     7  phone, QQ and registration numbers from the page footer (not figures)
 mentions  提及         5  what the report names that is not an activity of 2021: the ways of political study, the event it looks forward to
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  where_2 AS (
    SELECT * FROM events_1 WHERE (EXISTS (SELECT 1 FROM json_each(county) AS v0 WHERE v0.value IS '淅川'))
  )
SELECT id, name, label, kind, form, section, county, organizer, partners, "year", year_basis, participants, participants_unit, participants_approx, sessions, sessions_approx, involvement, program
FROM where_2
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, rowid AS __ord FROM events
  ),
  group_2 AS (
    SELECT __ord FROM events_1
  ),
  groups_3 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_2
  ),
  count_4 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_3
  )
SELECT count
FROM count_4
ORDER BY __ord;
-- ===== PostgreSQL =====
 set       中文      rows  what
 events    活动        29  every activity held or taken part in during 2021, one record each
 orgs      组织        19  every organisation named: the association, societies, universities, companies, government bodies, …
 people    人物         8  every named person with their role
 places    地点         9  every place named
 programs  项目        17  talent plans, campaigns, awards and honours, named projects, bases and designations
 figures   数字        26  every quantity stated in the body of the report
 sections  部分         4  the report's four parts
 contacts  联系方式     7  phone, QQ and registration numbers from the page footer (not figures)
 mentions  提及         5  what the report names that is not an activity of 2021: the ways of political study, the event it looks forward to
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM unnest(county) WITH ORDINALITY AS v0(value, ord) WHERE v0.value IS NOT DISTINCT FROM '淅川'))
  )
SELECT id, name, label, kind, form, section, county, organizer, partners, "year", year_basis, participants, participants_unit, participants_approx, sessions, sessions_approx, involvement, program
FROM where_2
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT __ord FROM events_1
  ),
  groups_3 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_2
  ),
  count_4 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_3
  )
SELECT count
FROM count_4
ORDER BY __ord;
-- ===== DuckDB =====
 set       中文      rows  what
 events    活动        29  every activity held or taken part in during 2021, one record each
 orgs      组织        19  every organisation named: the association, societies, universities, companies, government bodies, …
 people    人物         8  every named person with their role
 places    地点         9  every place named
 programs  项目        17  talent plans, campaigns, awards and honours, named projects, bases and designations
 figures   数字        26  every quantity stated in the body of the report
 sections  部分         4  the report's four parts
 contacts  联系方式     7  phone, QQ and registration numbers from the page footer (not figures)
 mentions  提及         5  what the report names that is not an activity of 2021: the ways of political study, the event it looks forward to
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  where_2 AS (
    SELECT *
    FROM events_1
    WHERE (EXISTS (SELECT 1 FROM (SELECT unnest(county) AS value, generate_subscripts(county, 1) AS ord) AS v0 WHERE v0.value IS NOT DISTINCT FROM '淅川'))
  )
SELECT id, name, label, kind, form, section, county, organizer, partners, "year", year_basis, participants, participants_unit, participants_approx, sessions, sessions_approx, involvement, program
FROM where_2
ORDER BY __ord;
WITH
  events_1 AS (
    SELECT *, kexie_row AS __ord FROM events
  ),
  group_2 AS (
    SELECT __ord FROM events_1
  ),
  groups_3 AS (
    SELECT count(*) AS g0, 1 AS __first FROM group_2
  ),
  count_4 AS (
    SELECT g0 AS count, row_number() OVER (ORDER BY __first) AS __ord FROM groups_3
  )
SELECT count
FROM count_4
ORDER BY __ord;
