-- RongPei schema 3: the file's own identity, kept by storage, not a record.
-- Every write transaction bumps `writes`, so every write-ahead log and rollback journal that
-- SQLite leaves carries this row of the file that wrote it: a log of another database, lying
-- beside this file, is told apart by its uuid before it is applied.

CREATE TABLE file_identity (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    uuid    TEXT    NOT NULL,
    writes  INTEGER NOT NULL DEFAULT 0
);

INSERT INTO file_identity (id, uuid) VALUES (1, lower(hex(randomblob(16))));
