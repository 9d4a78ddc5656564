-- RongPei schema 18: attachments. The files kept with records (minutes, photos, the signed
-- sign-in sheet, evidence) live inside the database, stored once by their SHA-256 however often
-- they are attached.

-- A file's bytes, with a small PNG picture of it for the list (none for a document without one).
-- Not journalled: the journal keeps each attachment's digest, which names its bytes.
CREATE TABLE attachment_content (
    id        INTEGER PRIMARY KEY,
    sha256    TEXT    NOT NULL UNIQUE CHECK (length(sha256) = 64),
    size      INTEGER NOT NULL CHECK (size > 0),
    thumbnail BLOB,
    content   BLOB    NOT NULL
);

-- One file attached to one record: the record is named by the owner column of its kind (a
-- module whose records take attachments adds its column), and its unit is kept here so the
-- attachment is read and written under the same rule as its record.
CREATE TABLE attachment (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    session_id  INTEGER REFERENCES study_session (id) ON DELETE CASCADE,
    cadre_id    INTEGER REFERENCES cadre (id) ON DELETE CASCADE,
    branch_id   INTEGER NOT NULL REFERENCES organization (id),
    sha256      TEXT    NOT NULL REFERENCES attachment_content (sha256),
    file_name   TEXT    NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    media_type  TEXT    NOT NULL,
    size        INTEGER NOT NULL CHECK (size > 0),
    category    TEXT    NOT NULL DEFAULT 'other'
                CHECK (category IN ('minutes', 'sign_in_sheet', 'photo', 'evidence', 'other')),
    attached_by TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE INDEX attachment_session ON attachment (session_id, category);
CREATE INDEX attachment_cadre ON attachment (cadre_id);
CREATE INDEX attachment_sha256 ON attachment (sha256);
CREATE INDEX attachment_branch ON attachment (branch_id);

-- An attachment moves with its record to another unit.
CREATE TRIGGER attachment_follows_session AFTER UPDATE OF branch_id ON study_session
WHEN OLD.branch_id IS NOT NEW.branch_id
BEGIN
    UPDATE attachment SET branch_id = NEW.branch_id, updated_at = NEW.updated_at WHERE session_id = NEW.id;
END;
CREATE TRIGGER attachment_follows_cadre AFTER UPDATE OF branch_id ON cadre
WHEN OLD.branch_id IS NOT NEW.branch_id
BEGIN
    UPDATE attachment SET branch_id = NEW.branch_id, updated_at = NEW.updated_at WHERE cadre_id = NEW.id;
END;

INSERT INTO journal_table (name, date_column, date_via, guard) VALUES ('attachment', NULL, NULL, 'branch');
