-- RongPei schema 9: opening balances (期初学时): hours a cadre earned in a year before the records
-- of RongPei begin, with where they come from, so that the hour requirements — the five-year rule
-- above all — count them from the first day.

CREATE TABLE opening_hours (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL UNIQUE,
    cadre_id    INTEGER NOT NULL REFERENCES cadre (id) ON DELETE RESTRICT,
    branch_id   INTEGER NOT NULL REFERENCES organization (id) ON DELETE RESTRICT, -- the cadre's, when entered
    year        INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2999),
    hours       REAL    NOT NULL CHECK (hours > 0 AND hours <= 2000),
    note        TEXT    NOT NULL CHECK (length(note) > 0),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (cadre_id, year)
);

CREATE INDEX opening_hours_year ON opening_hours (year, cadre_id);
