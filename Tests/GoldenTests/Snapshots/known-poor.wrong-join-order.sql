-- ===== SQLite =====
Tests/GoldenTests/Cases/known-poor/wrong-join-order.kx:4:28: error[E0203]: unknown field 'organizer' in orgs
  |
4 | events | join orgs on id = organizer | count
  |                            ^^^^^^^^^
  = orgs has: id, name, alias, kind, county, parent, role
-- ===== PostgreSQL =====
Tests/GoldenTests/Cases/known-poor/wrong-join-order.kx:4:28: error[E0203]: unknown field 'organizer' in orgs
  |
4 | events | join orgs on id = organizer | count
  |                            ^^^^^^^^^
  = orgs has: id, name, alias, kind, county, parent, role
-- ===== DuckDB =====
Tests/GoldenTests/Cases/known-poor/wrong-join-order.kx:4:28: error[E0203]: unknown field 'organizer' in orgs
  |
4 | events | join orgs on id = organizer | count
  |                            ^^^^^^^^^
  = orgs has: id, name, alias, kind, county, parent, role
