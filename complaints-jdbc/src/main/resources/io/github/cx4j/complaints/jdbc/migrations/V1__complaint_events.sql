-- cx4j complaint event store, schema version 1.
-- Runs unchanged on H2 2.x and PostgreSQL 12 or later. A DBA may run it by hand; then record it with
--   INSERT INTO cx4j_schema_version (version, description, checksum, applied_at)
--   VALUES (1, 'complaint events', '<sha-256 of this file, hex>', CURRENT_TIMESTAMP);
-- (docs/complaints-store.md prints the checksum of each released migration).

CREATE TABLE cx4j_complaint_events (
  position     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id     CHAR(36)                 NOT NULL,
  complaint_id VARCHAR(200)             NOT NULL,
  version      BIGINT                   NOT NULL,
  event_type   VARCHAR(64)              NOT NULL,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  payload      VARCHAR(100000)          NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT cx4j_complaint_events_version_positive CHECK (version >= 1),
  CONSTRAINT cx4j_complaint_events_stream UNIQUE (complaint_id, version),
  CONSTRAINT cx4j_complaint_events_event_id UNIQUE (event_id)
);
