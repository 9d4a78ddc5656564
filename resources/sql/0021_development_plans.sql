-- RongPei schema 21: development plans (培养规划): each cadre's plan for a year, and the yearly
-- integrated training plan (年度融合培养计划) of the enterprise or a committee. Progress is never
-- stored: it is computed from the records.

-- A cadre's plan for a year: target 学时 for political theory and for management skill (the
-- latter also by category), the courses they must take, a planned rotation or project, and goals.
CREATE TABLE development_plan (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT    NOT NULL UNIQUE,
    cadre_id          INTEGER NOT NULL REFERENCES cadre (id) ON DELETE RESTRICT,
    branch_id         INTEGER NOT NULL REFERENCES organization (id), -- the cadre's branch
    year              INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    theory_hours      REAL    NOT NULL DEFAULT 0 CHECK (theory_hours >= 0 AND theory_hours <= 1000),
    management_hours  REAL    NOT NULL DEFAULT 0 CHECK (management_hours >= 0 AND management_hours <= 1000),
    planned_rotation  TEXT    NOT NULL DEFAULT '',
    goals             TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    UNIQUE (cadre_id, year)
);
CREATE INDEX development_plan_year ON development_plan (year, branch_id);

-- Target 学时 of management skill in a category, within the plan's management target.
CREATE TABLE plan_category_target (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    plan_id     INTEGER NOT NULL REFERENCES development_plan (id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES course_category (id) ON DELETE RESTRICT,
    branch_id   INTEGER NOT NULL REFERENCES organization (id),
    hours       REAL    NOT NULL CHECK (hours > 0 AND hours <= 1000),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (plan_id, category_id)
);
CREATE INDEX plan_category_target_category ON plan_category_target (category_id);

-- A course the plan requires; done once the cadre completes a class that teaches it in the year.
CREATE TABLE plan_course (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE,
    plan_id    INTEGER NOT NULL REFERENCES development_plan (id) ON DELETE CASCADE,
    course_id  INTEGER NOT NULL REFERENCES course (id) ON DELETE RESTRICT,
    branch_id  INTEGER NOT NULL REFERENCES organization (id),
    position   INTEGER NOT NULL,
    reason     TEXT    NOT NULL DEFAULT '', -- why it was suggested, kept when accepted
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    UNIQUE (plan_id, course_id)
);
CREATE INDEX plan_course_course ON plan_course (course_id);

-- A plan moves with its cadre to another branch.
CREATE TRIGGER development_plan_follows_cadre AFTER UPDATE OF branch_id ON cadre
WHEN OLD.branch_id IS NOT NEW.branch_id
BEGIN
    UPDATE development_plan SET branch_id = NEW.branch_id, updated_at = NEW.updated_at
     WHERE cadre_id = NEW.id;
    UPDATE plan_category_target SET branch_id = NEW.branch_id, updated_at = NEW.updated_at
     WHERE plan_id IN (SELECT id FROM development_plan WHERE cadre_id = NEW.id);
    UPDATE plan_course SET branch_id = NEW.branch_id, updated_at = NEW.updated_at
     WHERE plan_id IN (SELECT id FROM development_plan WHERE cadre_id = NEW.id);
END;

-- The yearly integrated training plan of a unit (the enterprise or a committee): its targets.
-- coverage_percent: the share of the unit's cadres who complete at least one class; hours per
-- capita of class 学时 for each track; joint_percent: the share of its classes that are joint.
CREATE TABLE unit_plan (
    id                     INTEGER PRIMARY KEY,
    uuid                   TEXT    NOT NULL UNIQUE,
    branch_id              INTEGER NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,
    year                   INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    coverage_percent       REAL    CHECK (coverage_percent IS NULL OR coverage_percent BETWEEN 0 AND 100),
    party_hours_per_capita REAL    CHECK (party_hours_per_capita IS NULL OR party_hours_per_capita BETWEEN 0 AND 1000),
    operations_hours_per_capita REAL CHECK (operations_hours_per_capita IS NULL OR operations_hours_per_capita BETWEEN 0 AND 1000),
    joint_percent          REAL    CHECK (joint_percent IS NULL OR joint_percent BETWEEN 0 AND 100),
    notes                  TEXT    NOT NULL DEFAULT '',
    created_at             TEXT    NOT NULL,
    updated_at             TEXT    NOT NULL,
    UNIQUE (branch_id, year)
);

-- A planned class, rotation or project, and the record that fulfils it: a class of the year, or
-- until the rotation module lands, the rotation or project described in words.
CREATE TABLE unit_plan_item (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT    NOT NULL UNIQUE,
    plan_id      INTEGER NOT NULL REFERENCES unit_plan (id) ON DELETE CASCADE,
    branch_id    INTEGER NOT NULL REFERENCES organization (id),
    kind         TEXT    NOT NULL CHECK (kind IN ('class', 'rotation', 'project')),
    title        TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    quarter      INTEGER CHECK (quarter IS NULL OR quarter BETWEEN 1 AND 4),
    position     INTEGER NOT NULL,
    class_id     INTEGER REFERENCES training_class (id) ON DELETE SET NULL,
    fulfilled_by TEXT    NOT NULL DEFAULT '', -- a rotation or project that took place, in words
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    CHECK (class_id IS NULL OR kind = 'class')
);
CREATE INDEX unit_plan_item_class ON unit_plan_item (class_id);

INSERT INTO journal_table (name, date_column, date_via, guard) VALUES
    ('development_plan', NULL, NULL, 'branch'), ('plan_category_target', NULL, NULL, 'branch'),
    ('plan_course', NULL, NULL, 'branch'), ('unit_plan', NULL, NULL, 'branch'),
    ('unit_plan_item', NULL, NULL, 'branch');
