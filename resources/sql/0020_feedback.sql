-- RongPei schema 20: feedback on training classes (培训效果评估): the reaction-level form whose
-- questions an administrator edits, the forms filled in by participants (an anonymous form names
-- no cadre), and the follow-up (行为层) rating of on-the-job application after the class.

-- The questions of the reaction form, each rated 1–5, in order. Built-in questions carry a code;
-- an administrator may add, reword or retire questions (a retired one keeps its past ratings).
CREATE TABLE feedback_question (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER REFERENCES organization (id) ON DELETE RESTRICT, -- NULL: the whole enterprise
    code        TEXT    UNIQUE,
    text        TEXT    NOT NULL UNIQUE CHECK (length(trim(text)) > 0),
    position    INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
INSERT INTO feedback_question (uuid, code, text, position, created_at, updated_at) VALUES
    ('0c8a7f4e-5b1d-5e0a-9a53-2f6d1c7b8e01', 'content', '培训内容', 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('6e2b9d13-7c4f-5a8e-b1d0-4a3f8c2e9d02', 'relevance', '与岗位工作的关联度', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('b74d0e2a-9f3c-5d61-8e2b-7c5a1f0d3e03', 'teaching', '授课水平', 2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('3f9e1c5b-2a7d-5b48-9c6e-1d8b4a2f7e04', 'organisation', '组织服务', 3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('d2a6f8b0-4e1c-5c97-a3d5-9b0e6c4f1a05', 'overall', '总体满意度', 4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- A filled-in form of a class. An anonymous form stores no cadre, by rule of the table.
CREATE TABLE feedback_form (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE,
    class_id   INTEGER NOT NULL REFERENCES training_class (id) ON DELETE CASCADE,
    branch_id  INTEGER NOT NULL REFERENCES organization (id), -- the class's organiser
    cadre_id   INTEGER REFERENCES cadre (id) ON DELETE RESTRICT,
    anonymous  INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    position   INTEGER NOT NULL,
    comments   TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    CHECK ((anonymous = 1 AND cadre_id IS NULL) OR (anonymous = 0 AND cadre_id IS NOT NULL)),
    UNIQUE (class_id, cadre_id)
);
CREATE INDEX feedback_form_cadre ON feedback_form (cadre_id);

-- A form's rating of one question, 1–5; a question left blank has no row.
CREATE TABLE feedback_rating (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    form_id     INTEGER NOT NULL REFERENCES feedback_form (id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES feedback_question (id) ON DELETE RESTRICT,
    branch_id   INTEGER NOT NULL REFERENCES organization (id),
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (form_id, question_id)
);
CREATE INDEX feedback_rating_question ON feedback_rating (question_id);

-- The follow-up (行为层) evaluation of a participant who completed an off-the-job class: their
-- supervisor rates the application of the training on the job, 1–5, some time after the class.
CREATE TABLE follow_up (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE,
    class_id   INTEGER NOT NULL REFERENCES training_class (id) ON DELETE CASCADE,
    cadre_id   INTEGER NOT NULL REFERENCES cadre (id) ON DELETE RESTRICT,
    branch_id  INTEGER NOT NULL REFERENCES organization (id), -- the class's organiser
    rating     INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    rated_on   TEXT    NOT NULL,
    rated_by   TEXT    NOT NULL DEFAULT '', -- the supervisor
    notes      TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    UNIQUE (class_id, cadre_id)
);
CREATE INDEX follow_up_cadre ON follow_up (cadre_id);

-- Days after the end of an off-the-job class when its follow-up falls due.
ALTER TABLE training_rule ADD COLUMN follow_up_days INTEGER NOT NULL DEFAULT 90
    CHECK (follow_up_days BETWEEN 1 AND 730);

INSERT INTO journal_table (name, date_column, date_via, guard) VALUES
    ('feedback_question', NULL, NULL, 'administration'),
    ('feedback_form', NULL, 'class_id', 'branch'), ('feedback_rating', NULL, NULL, 'branch'),
    ('follow_up', 'rated_on', NULL, 'branch');
