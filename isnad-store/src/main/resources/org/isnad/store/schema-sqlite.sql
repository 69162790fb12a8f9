-- isnad store, schema version 1. Readable by any SQLite client (sqlite3, Datasette).
-- One row per article, keyed by the SHA-256 of its text: ingesting it again changes nothing.
CREATE TABLE IF NOT EXISTS documents (
  id          INTEGER PRIMARY KEY,
  sha256      TEXT NOT NULL UNIQUE,
  doc_id      TEXT NOT NULL,            -- the id given at extraction (file name by default)
  path        TEXT,
  lang        TEXT NOT NULL,
  title       TEXT,
  url         TEXT,
  outlet      TEXT,
  published   TEXT,                     -- ISO date or NULL
  text        TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
-- Entities as found in one document (FACTS.md entities), with their names.
CREATE TABLE IF NOT EXISTS doc_entities (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id    TEXT NOT NULL,            -- E1, E2 ... within the document
  type        TEXT NOT NULL,
  name        TEXT NOT NULL,
  name_en     TEXT,
  aliases     TEXT NOT NULL,            -- JSON array
  mentions    TEXT NOT NULL,            -- JSON array of [start, end) code-point offsets
  PRIMARY KEY (document_id, local_id)
);
-- Facts as found in one document; the full FACTS.md object is kept in json.
CREATE TABLE IF NOT EXISTS doc_facts (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id    TEXT NOT NULL,            -- F1, F2 ...
  type        TEXT NOT NULL,
  status      TEXT,
  attribution TEXT,
  amount      REAL,
  currency    TEXT,
  time_value  TEXT,
  confidence  REAL NOT NULL,
  json        TEXT NOT NULL,
  PRIMARY KEY (document_id, local_id)
);
-- Which entity fills which role of a fact.
CREATE TABLE IF NOT EXISTS doc_fact_roles (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  fact_id     TEXT NOT NULL,
  role        TEXT NOT NULL,
  entity_id   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_fact_roles_entity ON doc_fact_roles(document_id, entity_id);
CREATE INDEX IF NOT EXISTS doc_facts_type ON doc_facts(type);
