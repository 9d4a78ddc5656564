-- RongPei schema 22: post history (任职经历), the exchange rule per level, and rotations
-- (轮岗交流 / 挂职锻炼) with their mid-term and final evaluations.

-- A cadre's post from the day it took effect until the next row's day: written by roster edits
-- that change the branch, department, post or level, by ending a rotation, or entered by hand for
-- earlier history. held_branch_id and department_id are where the post was (a unit in someone's
-- history is not deleted); unit_name names a unit outside the organisation tree (history from
-- before RongPei, another enterprise). effective_on NULL: held since a day nobody recorded (the
-- post the cadre left at the first recorded change; their hire date stands for it). A deleted
-- cadre's history goes with them (and comes back with them from the recycle bin).
CREATE TABLE post_history (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT    NOT NULL UNIQUE,
    cadre_id       INTEGER NOT NULL REFERENCES cadre (id) ON DELETE CASCADE,
    branch_id      INTEGER NOT NULL REFERENCES organization (id), -- the cadre's branch now
    effective_on   TEXT,
    held_branch_id INTEGER REFERENCES organization (id) ON DELETE RESTRICT,
    department_id  INTEGER REFERENCES organization (id) ON DELETE RESTRICT,
    unit_name      TEXT    NOT NULL DEFAULT '',
    post           TEXT    NOT NULL DEFAULT '',
    level          TEXT    NOT NULL CHECK (level IN ('senior', 'middle', 'grassroots')),
    source         TEXT    NOT NULL CHECK (source IN ('roster', 'rotation', 'manual')),
    rotation_id    INTEGER REFERENCES rotation (id) ON DELETE SET NULL,
    notes          TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    CHECK (held_branch_id IS NOT NULL OR length(trim(unit_name)) > 0),
    UNIQUE (cadre_id, effective_on)
);
CREATE INDEX post_history_branch ON post_history (branch_id, cadre_id);
CREATE INDEX post_history_rotation ON post_history (rotation_id);

-- The exchange rule (交流): a cadre of the level who has held the same post for `years` years
-- is due for an exchange. Off unless the enterprise turns it on; 10 years is the figure of
-- 《党政领导干部交流工作规定》 that enterprises follow (参照) for leadership posts.
CREATE TABLE exchange_rule (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE,
    branch_id  INTEGER REFERENCES organization (id) ON DELETE RESTRICT, -- NULL: the whole enterprise
    level      TEXT    NOT NULL UNIQUE CHECK (level IN ('senior', 'middle', 'grassroots')),
    applies    INTEGER NOT NULL DEFAULT 0 CHECK (applies IN (0, 1)),
    years      INTEGER NOT NULL DEFAULT 10 CHECK (years BETWEEN 1 AND 40),
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
INSERT INTO exchange_rule (uuid, level, applies, years, created_at, updated_at) VALUES
    ('6f0a3c9e-2b41-5d8e-9a37-1c5e8b2d4f60', 'senior', 0, 10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('8d2b5e1f-4c63-5f0a-8b59-3e7a0d4f6b82', 'middle', 0, 10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('a4c7e2b0-6d85-5a1c-9d7b-5f9c2e6a8d04', 'grassroots', 0, 10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
     strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- A rotation of a cadre from one unit and post to another. from_track and to_track are the
-- tracks of the two posts; track_stated says the clerk stated to_track rather than RongPei
-- deriving it from the post. Dates are inclusive; a cadre's rotations that are not cancelled may
-- not share a day. The status is derived from the dates, except a cancellation.
CREATE TABLE rotation (
    id                   INTEGER PRIMARY KEY,
    uuid                 TEXT    NOT NULL UNIQUE,
    cadre_id             INTEGER NOT NULL REFERENCES cadre (id) ON DELETE RESTRICT,
    branch_id            INTEGER NOT NULL REFERENCES organization (id), -- the cadre's branch
    kind                 TEXT    NOT NULL CHECK (kind IN ('rotation', 'secondment', 'cross_post', 'shadowing')),
    from_unit_id         INTEGER REFERENCES organization (id) ON DELETE RESTRICT,
    from_post            TEXT    NOT NULL DEFAULT '',
    from_track           TEXT    NOT NULL CHECK (from_track IN ('party', 'operations')),
    to_unit_id           INTEGER NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,
    to_post              TEXT    NOT NULL CHECK (length(trim(to_post)) > 0),
    to_track             TEXT    NOT NULL CHECK (to_track IN ('party', 'operations')),
    track_stated         INTEGER NOT NULL DEFAULT 0 CHECK (track_stated IN (0, 1)),
    planned_start        TEXT    NOT NULL,
    planned_end          TEXT    NOT NULL CHECK (planned_end >= planned_start),
    actual_start         TEXT,
    actual_end           TEXT    CHECK (actual_end IS NULL OR actual_start IS NOT NULL),
    extended_to          TEXT    CHECK (extended_to IS NULL OR extended_to > planned_end),
    extension_reference  TEXT    NOT NULL DEFAULT '',
    mentor_id            INTEGER REFERENCES cadre (id) ON DELETE SET NULL CHECK (mentor_id IS NOT cadre_id),
    goals                TEXT    NOT NULL DEFAULT '',
    approval_number      TEXT    NOT NULL DEFAULT '', -- 批准文号
    self_summary         TEXT    NOT NULL DEFAULT '', -- 个人小结, for the 鉴定表
    cancelled            INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    notes                TEXT    NOT NULL DEFAULT '',
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL
);
CREATE INDEX rotation_cadre ON rotation (cadre_id, planned_start);
CREATE INDEX rotation_branch ON rotation (branch_id, planned_start);
CREATE INDEX rotation_to_unit ON rotation (to_unit_id);
CREATE INDEX rotation_from_unit ON rotation (from_unit_id);
CREATE INDEX rotation_mentor ON rotation (mentor_id);

-- The host unit's evaluation of a rotation, mid-term or final: a grade and ratings on 德, 能,
-- 勤, 绩, 廉 from 1 to 5, with its comments and the home unit's opinion.
CREATE TABLE rotation_evaluation (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL UNIQUE,
    rotation_id     INTEGER NOT NULL REFERENCES rotation (id) ON DELETE CASCADE,
    branch_id       INTEGER NOT NULL REFERENCES organization (id),
    stage           TEXT    NOT NULL CHECK (stage IN ('mid_term', 'final')),
    evaluated_on    TEXT    NOT NULL,
    grade           TEXT    NOT NULL CHECK (grade IN ('excellent', 'competent', 'basically_competent', 'incompetent')),
    integrity       INTEGER NOT NULL CHECK (integrity BETWEEN 1 AND 5),  -- 德
    ability         INTEGER NOT NULL CHECK (ability BETWEEN 1 AND 5),    -- 能
    diligence       INTEGER NOT NULL CHECK (diligence BETWEEN 1 AND 5),  -- 勤
    performance     INTEGER NOT NULL CHECK (performance BETWEEN 1 AND 5), -- 绩
    probity         INTEGER NOT NULL CHECK (probity BETWEEN 1 AND 5),    -- 廉
    host_comments   TEXT    NOT NULL DEFAULT '',
    home_opinion    TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    UNIQUE (rotation_id, stage)
);

-- A cadre's post history and rotations belong to the cadre's branch: put back by the recycle bin or
-- written by another program, they take it; and they move with the cadre to another branch.
CREATE TRIGGER post_history_takes_cadre_branch AFTER INSERT ON post_history
WHEN NEW.branch_id IS NOT (SELECT branch_id FROM cadre WHERE id = NEW.cadre_id)
BEGIN
    UPDATE post_history SET branch_id = (SELECT branch_id FROM cadre WHERE id = NEW.cadre_id) WHERE id = NEW.id;
END;
CREATE TRIGGER rotation_takes_cadre_branch AFTER INSERT ON rotation
WHEN NEW.branch_id IS NOT (SELECT branch_id FROM cadre WHERE id = NEW.cadre_id)
BEGIN
    UPDATE rotation SET branch_id = (SELECT branch_id FROM cadre WHERE id = NEW.cadre_id) WHERE id = NEW.id;
END;
CREATE TRIGGER rotation_evaluation_takes_rotation_branch AFTER INSERT ON rotation_evaluation
WHEN NEW.branch_id IS NOT (SELECT branch_id FROM rotation WHERE id = NEW.rotation_id)
BEGIN
    UPDATE rotation_evaluation SET branch_id = (SELECT branch_id FROM rotation WHERE id = NEW.rotation_id)
     WHERE id = NEW.id;
END;
CREATE TRIGGER rotation_follows_cadre AFTER UPDATE OF branch_id ON cadre
WHEN OLD.branch_id IS NOT NEW.branch_id
BEGIN
    UPDATE post_history SET branch_id = NEW.branch_id, updated_at = NEW.updated_at
     WHERE cadre_id = NEW.id;
    UPDATE rotation SET branch_id = NEW.branch_id, updated_at = NEW.updated_at
     WHERE cadre_id = NEW.id;
    UPDATE rotation_evaluation SET branch_id = NEW.branch_id, updated_at = NEW.updated_at
     WHERE rotation_id IN (SELECT id FROM rotation WHERE cadre_id = NEW.id);
END;

INSERT INTO journal_table (name, date_column, date_via, guard) VALUES
    ('post_history', 'effective_on', NULL, 'branch'), ('exchange_rule', NULL, NULL, 'administration'),
    ('rotation', 'planned_start', NULL, 'branch'), ('rotation_evaluation', NULL, 'rotation_id', 'branch');
