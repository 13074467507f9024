-- cx4j complaint event store, schema version 2: the append lock row.
-- Runs unchanged on H2 2.x and PostgreSQL 12 or later.
-- On databases other than PostgreSQL every append updates this row inside its transaction, just
-- before its events draw their positions, so appends commit one at a time in position order and a
-- reader that has seen position p never later meets a smaller position committing. PostgreSQL uses
-- advisory locks instead (see JdbcEventStore) and never touches the row.

CREATE TABLE cx4j_append_lock (
  id    INT    PRIMARY KEY,
  taken BIGINT NOT NULL
);

INSERT INTO cx4j_append_lock (id, taken) VALUES (1, 0);
