-- RongPei schema 1: the organisation tree and the cadre roster.
-- Every table has id, uuid (for exchange between branches), created_at,
-- updated_at (ISO 8601 UTC) and the branch it belongs to.

CREATE TABLE organization (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL UNIQUE,
    parent_id   INTEGER REFERENCES organization (id) ON DELETE RESTRICT,
    kind        TEXT    NOT NULL CHECK (kind IN ('enterprise', 'committee', 'branch', 'department')),
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    -- The branch this node belongs to: itself for a branch, its branch for a
    -- department, NULL above branch level.
    branch_id   INTEGER REFERENCES organization (id) ON DELETE RESTRICT,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CHECK ((kind = 'enterprise') = (parent_id IS NULL))
);

CREATE UNIQUE INDEX organization_sibling_name ON organization (ifnull(parent_id, 0), name);
CREATE INDEX organization_parent ON organization (parent_id);
CREATE INDEX organization_branch ON organization (branch_id);

CREATE TABLE cadre (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid              TEXT    NOT NULL UNIQUE,
    branch_id         INTEGER NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,
    department_id     INTEGER REFERENCES organization (id) ON DELETE RESTRICT,
    name              TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    employee_number   TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    gender            TEXT    NOT NULL CHECK (gender IN ('male', 'female')),
    birth_date        TEXT    NOT NULL,
    post              TEXT    NOT NULL DEFAULT '',
    level             TEXT    NOT NULL CHECK (level IN ('senior', 'middle', 'grassroots')),
    track             TEXT    NOT NULL CHECK (track IN ('party', 'operations')),
    party_status      TEXT    NOT NULL CHECK (party_status IN ('member', 'probationary', 'activist', 'masses')),
    party_joined_on   TEXT,
    phone             TEXT    NOT NULL DEFAULT '',
    employment_status TEXT    NOT NULL CHECK (employment_status IN ('active', 'seconded', 'left', 'retired')),
    notes             TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);

CREATE INDEX cadre_branch ON cadre (branch_id);
CREATE INDEX cadre_department ON cadre (department_id);
