-- RongPei schema 19: management-skill training (经营管理能力培训): the course catalogue, training
-- classes (培训班, 联合培训班) with their days, cohort, day marks and assessment scores.

-- Categories of course. Built-in categories carry a code; an administrator may add more.
CREATE TABLE course_category (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER REFERENCES organization (id) ON DELETE RESTRICT, -- NULL: the whole enterprise
    code        TEXT    UNIQUE,
    name        TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
INSERT INTO course_category (uuid, code, name, sort_order, created_at, updated_at) VALUES
    ('a5c27cec-df0e-5cb5-b49f-8f4bfc4d717a', 'lean_management', '精益管理', 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('4a2208b6-2494-57df-b03b-5bf8b52b1ae8', 'supply_chain', '供应链管理', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('35abecf7-59c0-5565-8089-268c063faa53', 'financial_analysis', '财务分析', 2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('983e5002-8f19-5b90-9602-ef31e5cd8ea7', 'strategy', '战略管理', 3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('d859d23d-c3f7-5f7e-a8d3-bf1f812e6d5b', 'risk_control', '风险控制', 4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('c4849006-1111-516c-bf80-8dd74564efc5', 'marketing', '市场营销', 5, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('4dfa97f0-77b8-55af-9ae7-535080f31821', 'work_safety', '安全生产', 6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('adfcf30b-d404-564f-9708-d6dbd7db09c4', 'party_theory', '党的理论与政策', 7, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- The catalogue, kept by the enterprise. side: what the course mainly serves, political theory
-- or management skill.
CREATE TABLE course (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    branch_id     INTEGER REFERENCES organization (id) ON DELETE RESTRICT, -- NULL: the whole enterprise
    title         TEXT    NOT NULL UNIQUE CHECK (length(trim(title)) > 0),
    category_id   INTEGER NOT NULL REFERENCES course_category (id) ON DELETE RESTRICT,
    side          TEXT    NOT NULL CHECK (side IN ('theory', 'management')),
    teaching_mode TEXT    NOT NULL CHECK (teaching_mode IN ('lecture', 'case_study', 'simulation',
                                                            'cross_department', 'online', 'on_site')),
    hours         REAL    NOT NULL CHECK (hours > 0 AND hours <= 1000),
    provider      TEXT    NOT NULL CHECK (provider IN ('in_house', 'party_school', 'external')),
    description   TEXT    NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
CREATE INDEX course_category_id ON course (category_id);

-- A class (培训班): its organiser (a committee or a branch) is its unit. kind_id: the kind of
-- study it counts as toward the hour requirements (脱产培训 for an off-the-job class), so the
-- requirements' list of counted kinds decides, as for sessions. pass_mark NULL: not assessed.
CREATE TABLE training_class (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT    NOT NULL UNIQUE,
    branch_id    INTEGER NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,
    kind_id      INTEGER NOT NULL REFERENCES session_kind (id) ON DELETE RESTRICT,
    name         TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    starts_on    TEXT    NOT NULL,
    ends_on      TEXT    NOT NULL CHECK (ends_on >= starts_on),
    location     TEXT    NOT NULL DEFAULT '',
    capacity     INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0), -- 0: no limit
    off_the_job  INTEGER NOT NULL DEFAULT 0 CHECK (off_the_job IN (0, 1)),
    joint        INTEGER NOT NULL DEFAULT 0 CHECK (joint IN (0, 1)),
    pass_mark    REAL    CHECK (pass_mark IS NULL OR (pass_mark >= 0 AND pass_mark <= 100)),
    notes        TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);
CREATE INDEX training_class_dates ON training_class (starts_on, ends_on);
CREATE INDEX training_class_branch ON training_class (branch_id, starts_on);
CREATE INDEX training_class_kind ON training_class (kind_id);

-- The courses a class teaches, in order.
CREATE TABLE class_course (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE,
    class_id   INTEGER NOT NULL REFERENCES training_class (id) ON DELETE CASCADE,
    course_id  INTEGER NOT NULL REFERENCES course (id) ON DELETE RESTRICT,
    branch_id  INTEGER NOT NULL REFERENCES organization (id), -- the class's organiser
    position   INTEGER NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    UNIQUE (class_id, course_id)
);
CREATE INDEX class_course_course ON class_course (course_id);

-- The days a class meets and the 学时 of each.
CREATE TABLE class_day (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE,
    class_id   INTEGER NOT NULL REFERENCES training_class (id) ON DELETE CASCADE,
    branch_id  INTEGER NOT NULL REFERENCES organization (id),
    day        TEXT    NOT NULL,
    hours      REAL    NOT NULL CHECK (hours > 0 AND hours <= 24),
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    UNIQUE (class_id, day)
);

-- A participant (学员) of a class, from any unit: a joint class mixes branches and tracks.
CREATE TABLE enrollment (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE,
    class_id   INTEGER NOT NULL REFERENCES training_class (id) ON DELETE CASCADE,
    cadre_id   INTEGER NOT NULL REFERENCES cadre (id) ON DELETE RESTRICT,
    branch_id  INTEGER NOT NULL REFERENCES organization (id), -- the class's organiser
    position   INTEGER NOT NULL,
    score      REAL    CHECK (score IS NULL OR (score >= 0 AND score <= 100)),
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL,
    UNIQUE (class_id, cadre_id)
);
CREATE INDEX enrollment_cadre ON enrollment (cadre_id, class_id);

-- A participant's mark on one class day. missed_hours: the hours of the day on leave or absent
-- (half a day's leave is half the day's hours); none for present or late.
CREATE TABLE class_attendance (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    enrollment_id INTEGER NOT NULL REFERENCES enrollment (id) ON DELETE CASCADE,
    day_id        INTEGER NOT NULL REFERENCES class_day (id) ON DELETE CASCADE,
    branch_id     INTEGER NOT NULL REFERENCES organization (id),
    status        TEXT    NOT NULL CHECK (status IN ('present', 'late', 'excused', 'absent')),
    missed_hours  REAL    NOT NULL DEFAULT 0 CHECK (missed_hours >= 0 AND missed_hours <= 24),
    excuse        TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    UNIQUE (enrollment_id, day_id)
);
CREATE INDEX class_attendance_day ON class_attendance (day_id);

-- The enterprise's rules for classes, one row. A participant whose leave and absence exceed
-- absence_numerator/absence_denominator of an off-the-job class's hours does not complete it
-- (《干部教育培训工作条例》（2023年修订）第十五条: 1/7); a class meant to be joint warns when a
-- track has less than joint_min_percent of its cohort.
CREATE TABLE training_rule (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    uuid                TEXT    NOT NULL UNIQUE,
    branch_id           INTEGER REFERENCES organization (id) ON DELETE RESTRICT, -- NULL: the whole enterprise
    absence_numerator   INTEGER NOT NULL DEFAULT 1 CHECK (absence_numerator >= 0),
    absence_denominator INTEGER NOT NULL DEFAULT 7 CHECK (absence_denominator > 0),
    joint_min_percent   INTEGER NOT NULL DEFAULT 30 CHECK (joint_min_percent BETWEEN 0 AND 50),
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);
INSERT INTO training_rule (id, uuid, created_at, updated_at)
VALUES (1, '79f67086-bdb2-575b-9b94-b7ac6e1e9402', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- A yearly cap per kind of study: hours of the kind, from sessions and classes together, count
-- toward the hour requirements up to yearly_cap a calendar year (网络学习 at most N 学时, say).
-- NULL: no cap.
ALTER TABLE session_kind ADD COLUMN yearly_cap REAL CHECK (yearly_cap IS NULL OR (yearly_cap > 0 AND yearly_cap <= 1000));

INSERT INTO journal_table (name, date_column, date_via, guard) VALUES
    ('course_category', NULL, NULL, 'administration'), ('course', NULL, NULL, 'administration'),
    ('training_rule', NULL, NULL, 'administration'),
    ('training_class', 'starts_on', NULL, 'branch'), ('class_course', NULL, 'class_id', 'branch'),
    ('class_day', NULL, 'class_id', 'branch'), ('enrollment', NULL, 'class_id', 'branch'),
    ('class_attendance', NULL, NULL, 'branch');
