-- RongPei schema 16: the change journal. Every insert, update and delete of a record table writes
-- a journal row in the same transaction, by triggers that the migration runner generates for the
-- tables named in journal_table (storage/JournalTriggers.cpp), so a rolled-back change leaves no
-- row and no program that writes the file can change a record without one.

-- One row per write transaction of a RongPei program: when, on which device, by whom.
CREATE TABLE journal_transaction (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT    NOT NULL,
    device  TEXT    NOT NULL,
    user    TEXT    NOT NULL DEFAULT '',
    program TEXT    NOT NULL
);

-- The transaction writing now, which a trigger cannot be told otherwise: set right after BEGIN and
-- cleared right before COMMIT, so a write by another program is journalled with none.
CREATE TABLE journal_writer (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    txn INTEGER,
    at  TEXT
);
INSERT INTO journal_writer (id) VALUES (1);

-- The record tables: every one is journalled. date_column names the date a record is dated by
-- (a session's day); date_via, a reference to the record it takes its date from (a roll-call
-- line's session). Columns only: the runner checks every name against the table.
CREATE TABLE journal_table (
    name        TEXT PRIMARY KEY,
    date_column TEXT,
    date_via    TEXT
) WITHOUT ROWID;
INSERT INTO journal_table (name, date_column, date_via) VALUES
    ('organization', NULL, NULL), ('cadre', NULL, NULL), ('session_kind', NULL, NULL),
    ('hour_conversion', NULL, NULL), ('hour_requirement', NULL, NULL), ('meeting_rule', NULL, NULL),
    ('attendance_credit', NULL, NULL), ('study_session', 'session_date', NULL),
    ('attendance', NULL, 'session_id'), ('opening_hours', NULL, NULL), ('study_group_member', NULL, NULL);

-- seq only grows (AUTOINCREMENT never reuses one). record_id and record_uuid are those of the
-- record; a delete's fields are the record's last state, its tombstone. A 'baseline' row stands
-- for the records a table held when journalling began, a 'bulk' row for those the demo wrote.
CREATE TABLE journal (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    txn         INTEGER,
    at          TEXT    NOT NULL,
    table_name  TEXT    NOT NULL,
    record_id   INTEGER,
    record_uuid TEXT,
    operation   TEXT    NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'baseline', 'bulk')),
    branch_id   INTEGER,
    dated_on    TEXT
);
CREATE INDEX journal_record ON journal (table_name, record_uuid, seq);
CREATE INDEX journal_deleted ON journal (table_name, seq) WHERE operation = 'delete';

-- The fields of a journal row, as SQLite holds them (no encoding): all of an inserted or deleted
-- record but its id and uuid, and of an update only those that changed.
CREATE TABLE journal_field (
    seq    INTEGER NOT NULL,
    field  TEXT    NOT NULL,
    before,
    after,
    PRIMARY KEY (seq, field)
) WITHOUT ROWID;

-- The recycle bin lists the tombstones after emptied_through; emptying it keeps them in the journal.
CREATE TABLE journal_bin (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    emptied_through INTEGER NOT NULL DEFAULT 0,
    emptied_at      TEXT
);
INSERT INTO journal_bin (id) VALUES (1);

-- The records already here: one baseline row per table, not one per record (a file with millions
-- of roll-call lines must not double), with how many rows it had.
INSERT INTO journal (at, table_name, operation) SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), name, 'baseline'
  FROM journal_table ORDER BY name;
INSERT INTO journal_field (seq, field, after)
SELECT seq, 'rows', CASE table_name
        WHEN 'organization' THEN (SELECT count(*) FROM organization)
        WHEN 'cadre' THEN (SELECT count(*) FROM cadre)
        WHEN 'session_kind' THEN (SELECT count(*) FROM session_kind)
        WHEN 'hour_conversion' THEN (SELECT count(*) FROM hour_conversion)
        WHEN 'hour_requirement' THEN (SELECT count(*) FROM hour_requirement)
        WHEN 'meeting_rule' THEN (SELECT count(*) FROM meeting_rule)
        WHEN 'attendance_credit' THEN (SELECT count(*) FROM attendance_credit)
        WHEN 'study_session' THEN (SELECT count(*) FROM study_session)
        WHEN 'attendance' THEN (SELECT count(*) FROM attendance)
        WHEN 'opening_hours' THEN (SELECT count(*) FROM opening_hours)
        WHEN 'study_group_member' THEN (SELECT count(*) FROM study_group_member)
    END
  FROM journal WHERE operation = 'baseline';
