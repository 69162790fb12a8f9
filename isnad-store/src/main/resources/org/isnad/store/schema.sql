-- isnad store, schema version 4: the same tables in SQLite and PostgreSQL (docs/store.md).
-- Row ids are assigned by the store (max + 1 inside the article's transaction), so a clean run
-- and a run that was killed and rerun give the same ids.
-- One row per article, keyed by the SHA-256 of its text: ingesting it again changes nothing.
CREATE TABLE IF NOT EXISTS documents (
  id          BIGINT PRIMARY KEY,
  sha256      TEXT NOT NULL UNIQUE,
  doc_id      TEXT NOT NULL,            -- the id given at extraction (file name by default)
  path        TEXT,
  lang        TEXT NOT NULL,
  title       TEXT,
  url         TEXT,
  outlet      TEXT,
  published   TEXT,                     -- ISO date or NULL
  text        TEXT NOT NULL,
  json        TEXT NOT NULL,            -- the article's isnad.facts/1 JSON, as extracted
  ingested_at TEXT NOT NULL,
  story       BIGINT,                   -- id of the first stored copy of the same story (near-duplicates); its own id when none
  minhash     TEXT                      -- MinHash signature of the body (base64), to find later copies; NULL when too short
);
-- Entities across articles: what document entities resolve to.
CREATE TABLE IF NOT EXISTS entities (
  id          BIGINT PRIMARY KEY,
  type        TEXT NOT NULL,            -- person, organization, place, other
  name        TEXT NOT NULL,            -- the fullest name seen
  name_en     TEXT,                     -- an English or Latin name, when one is known
  aliases     TEXT NOT NULL,            -- JSON array of every surface form, in both scripts
  documents   INTEGER NOT NULL,         -- how many articles name it
  pinned      INTEGER NOT NULL          -- 1 when a user split it off: it takes no new names
);
-- Lookup keys of entities: name = NameKey of a form; match = cross-script skeleton of a
-- multi-word name; single = skeleton of a one-word name; surname = skeleton of a person's last word;
-- word = one word of an organization's name, for briefings only (never used to resolve).
CREATE TABLE IF NOT EXISTS entity_keys (
  kind        TEXT NOT NULL,
  key         TEXT NOT NULL,
  entity_id   BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (kind, key, entity_id)
);
CREATE INDEX IF NOT EXISTS entity_keys_entity ON entity_keys(entity_id);
-- Entities as found in one document (FACTS.md entities), and the entity each resolved to.
CREATE TABLE IF NOT EXISTS doc_entities (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id    TEXT NOT NULL,            -- E1, E2 ... within the document
  type        TEXT NOT NULL,
  name        TEXT NOT NULL,
  name_en     TEXT,
  aliases     TEXT NOT NULL,            -- JSON array
  mentions    TEXT NOT NULL,            -- JSON array of [start, end) code-point offsets
  entity_id   BIGINT REFERENCES entities(id),
  PRIMARY KEY (document_id, local_id)
);
CREATE INDEX IF NOT EXISTS doc_entities_entity ON doc_entities(entity_id);
-- Facts across articles: one row per event, however many articles report it.
CREATE TABLE IF NOT EXISTS facts (
  id              BIGINT PRIMARY KEY,
  type            TEXT NOT NULL,
  signature       TEXT NOT NULL,        -- type and sorted role=entity pairs
  amount          DOUBLE PRECISION,     -- the first reported amount
  currency        TEXT,
  status          TEXT,                 -- the status most evidences give
  time_value      TEXT,                 -- ISO 8601, partial, or NULL
  text            TEXT,                 -- quote, content, title or item, when the type has one
  amount_conflict INTEGER NOT NULL,     -- 1 when evidences give amounts more than 1% apart
  status_conflict INTEGER NOT NULL,     -- 1 when evidences give different statuses
  evidences       INTEGER NOT NULL,
  reports         INTEGER NOT NULL DEFAULT 0 -- independent reports: distinct stories among the evidences
);
CREATE INDEX IF NOT EXISTS facts_signature ON facts(signature);
CREATE INDEX IF NOT EXISTS facts_type ON facts(type);
-- Which entity fills which role of a fact.
CREATE TABLE IF NOT EXISTS fact_roles (
  fact_id     BIGINT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
  role        TEXT NOT NULL,
  entity_id   BIGINT NOT NULL REFERENCES entities(id),
  PRIMARY KEY (fact_id, role, entity_id)
);
-- With the role, a brief reads an entity's facts and the roles it fills from the index alone
-- (fact_roles_entity, without the role, was its first form).
DROP INDEX IF EXISTS fact_roles_entity;
CREATE INDEX IF NOT EXISTS fact_roles_entity_role ON fact_roles(entity_id, fact_id, role);
-- Facts as found in one document, each with the fact it merged into and the article's own
-- values: every evidence keeps its amount, status, attribution and sentence.
CREATE TABLE IF NOT EXISTS doc_facts (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id    TEXT NOT NULL,            -- F1, F2 ...
  type        TEXT NOT NULL,
  status      TEXT,
  attribution TEXT,                     -- asserted, confirmed, reported, claimed, denied
  attribution_source BIGINT REFERENCES entities(id),
  amount      DOUBLE PRECISION,
  currency    TEXT,
  time_value  TEXT,
  confidence  DOUBLE PRECISION NOT NULL,
  span_start  INTEGER,                  -- the first evidence sentence, code points
  span_end    INTEGER,
  sentence    TEXT,                     -- its text
  json        TEXT NOT NULL,            -- the FACTS.md fact object
  fact_id     BIGINT REFERENCES facts(id),
  PRIMARY KEY (document_id, local_id)
);
CREATE INDEX IF NOT EXISTS doc_facts_fact ON doc_facts(fact_id, document_id);
-- A user's corrections, re-applied whenever articles are resolved again. kind = merge: the
-- names a and b are one entity (NameKeys); kind = split: document b (SHA-256), entity a
-- (local id) is an entity of its own.
CREATE TABLE IF NOT EXISTS overrides (
  id          BIGINT PRIMARY KEY,
  kind        TEXT NOT NULL,
  a           TEXT NOT NULL,
  b           TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  UNIQUE (kind, a, b)
);
-- The brief's index (version 4), written with the facts in the article's transaction and again
-- by Store.rebuild(): one row per entity and fact it takes part in, with the fact's values a brief
-- ranks and totals by. A brief reads an entity's best facts of each section from entity_facts_rank
-- and its counts and totals from entity_totals, instead of every fact of the entity. Both are
-- derived from facts and fact_roles (no foreign keys: they are emptied and written with them).
CREATE TABLE IF NOT EXISTS entity_facts (
  entity_id   BIGINT NOT NULL,
  fact_id     BIGINT NOT NULL,
  roles       TEXT NOT NULL,            -- the roles the entity fills in the fact, sorted, comma-separated
  section     TEXT NOT NULL,            -- the brief section of the fact for the entity: money_out (it fills a money fact's
                                        -- first role), money_in, statements, meetings, roles, ownership,
                                        -- disputes_and_sanctions, accusations, other
  bucket      TEXT NOT NULL,            -- what a brief totals the fact under: currency and status ('USD occurred',
                                        -- 'EUR unknown') for a money fact with an amount, '' for any other
  type        TEXT NOT NULL,            -- the fact's type, amount, currency, status, evidences and reports, as in facts
  amount      DOUBLE PRECISION,
  currency    TEXT,
  status      TEXT,
  evidences   INTEGER NOT NULL,
  reports     INTEGER NOT NULL,
  PRIMARY KEY (entity_id, fact_id)
) /*sqlite: WITHOUT ROWID*/;
CREATE INDEX IF NOT EXISTS entity_facts_rank ON entity_facts(entity_id, section, reports DESC, evidences DESC, fact_id);
-- Per entity, section and bucket of entity_facts: how many facts, the total of their amounts
-- (NULL for bucket ''), and the first of them (lowest id: briefs list totals in that order).
CREATE TABLE IF NOT EXISTS entity_totals (
  entity_id   BIGINT NOT NULL,
  section     TEXT NOT NULL,
  bucket      TEXT NOT NULL,
  facts       INTEGER NOT NULL,
  total       DOUBLE PRECISION,
  first_fact  BIGINT NOT NULL,
  PRIMARY KEY (entity_id, section, bucket)
) /*sqlite: WITHOUT ROWID*/;
