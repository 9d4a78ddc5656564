-- RongPei schema 17: accounts, the units a clerk is bound to, and the audit chain over the journal.

-- Who may sign in. role: administrator (users, rules, organisation, backups, everything), manager
-- (reads everything, prints), clerk (reads and edits the units in account_unit). Journalled like a
-- record, so every change of a user is in the audit; its password lives in account_password.
CREATE TABLE account (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT    NOT NULL UNIQUE,
    name                TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    display_name        TEXT    NOT NULL DEFAULT '',
    role                TEXT    NOT NULL CHECK (role IN ('administrator', 'manager', 'clerk')),
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    -- Who set the password last: the user, an administrator, or the recovery key.
    password_set_by     TEXT    NOT NULL DEFAULT 'self' CHECK (password_set_by IN ('self', 'administrator', 'recovery')),
    password_changed_at TEXT    NOT NULL,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);

-- The units a clerk reads and edits: a branch, or a committee with everything beneath it.
CREATE TABLE account_unit (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    branch_id  INTEGER NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    UNIQUE (account_id, branch_id)
);
CREATE INDEX account_unit_branch ON account_unit (branch_id);

-- The Argon2id hash (libsodium's crypto_pwhash_str string), kept out of the journal.
CREATE TABLE account_password (
    account_id INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    hash       TEXT    NOT NULL
);

-- The hash of the recovery key printed at set-up, which resets an administrator's password.
CREATE TABLE account_recovery (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    hash TEXT    NOT NULL
);

-- Who may write a table's records: 'branch', a clerk of the record's unit as well as an
-- administrator; 'administration', an administrator only. A manager writes neither.
ALTER TABLE journal_table ADD COLUMN guard TEXT NOT NULL DEFAULT 'administration'
    CHECK (guard IN ('branch', 'administration'));
UPDATE journal_table SET guard = 'branch'
 WHERE name IN ('cadre', 'study_session', 'attendance', 'opening_hours');
INSERT INTO journal_table (name, date_column, date_via, guard) VALUES
    ('account', NULL, NULL, 'administration'), ('account_unit', NULL, NULL, 'administration');

-- seal: SHA-256 over the previous row's seal and this row with its transaction and fields, set by
-- RongPei as it commits (storage/AuditChain.cpp); a row without one was written by something else.
ALTER TABLE journal ADD COLUMN seal BLOB;
-- A purged field keeps the digests of what was there, so the chain still verifies.
ALTER TABLE journal_field ADD COLUMN purged BLOB;
