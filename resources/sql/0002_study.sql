-- RongPei schema 2: political theory study (理论学习): sessions, attendance, and the
-- rules they are measured by. Rules are rows, never constants: an administrator edits them.

-- How a session's clock time becomes 学时.
CREATE TABLE hour_conversion (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER REFERENCES organization (id) ON DELETE RESTRICT, -- NULL: the whole enterprise
    name        TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    method      TEXT    NOT NULL CHECK (method IN ('clock', 'fixed')),
    hours       REAL    NOT NULL DEFAULT 0 CHECK (hours >= 0 AND hours <= 24),
    source      TEXT    NOT NULL DEFAULT '',
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- Kinds of session. Built-in kinds carry a code; an administrator may add more.
CREATE TABLE session_kind (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid           TEXT    NOT NULL UNIQUE,
    branch_id      INTEGER REFERENCES organization (id) ON DELETE RESTRICT,
    code           TEXT    UNIQUE,
    name           TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    members_only   INTEGER NOT NULL DEFAULT 0 CHECK (members_only IN (0, 1)),
    conversion_id  INTEGER NOT NULL REFERENCES hour_conversion (id) ON DELETE RESTRICT,
    sort_order     INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);

CREATE TABLE study_session (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER NOT NULL REFERENCES organization (id) ON DELETE RESTRICT, -- the host branch
    kind_id     INTEGER NOT NULL REFERENCES session_kind (id) ON DELETE RESTRICT,
    state       TEXT    NOT NULL CHECK (state IN ('planned', 'held')),
    topic       TEXT    NOT NULL CHECK (length(trim(topic)) > 0),
    content     TEXT    NOT NULL DEFAULT '',
    speaker     TEXT    NOT NULL DEFAULT '',
    session_date TEXT   NOT NULL,
    start_time  TEXT    NOT NULL,
    end_time    TEXT    NOT NULL CHECK (end_time > start_time),
    hours       REAL    NOT NULL CHECK (hours > 0 AND hours <= 24),
    location    TEXT    NOT NULL DEFAULT '',
    notes       TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

-- Compliance reads a date range of held sessions, then their attendance.
CREATE INDEX study_session_date ON study_session (session_date, state, hours);
CREATE INDEX study_session_branch ON study_session (branch_id, session_date);
CREATE INDEX study_session_kind ON study_session (kind_id);

-- One roll-call line. position keeps the order of the roll call and the sign-in sheet.
-- Exchange identifies a line by (session uuid, cadre uuid); its own uuid is not indexed,
-- as a random-key index over millions of rows would double the cost of every save.
CREATE TABLE attendance (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL,
    session_id  INTEGER NOT NULL REFERENCES study_session (id) ON DELETE CASCADE,
    cadre_id    INTEGER NOT NULL REFERENCES cadre (id) ON DELETE RESTRICT,
    branch_id   INTEGER NOT NULL REFERENCES organization (id) ON DELETE RESTRICT, -- the host branch
    position    INTEGER NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('present', 'late', 'excused', 'absent')),
    excuse      TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (session_id, cadre_id)
);

-- Covering index for the hours of a session's earning statuses; and the study file by cadre.
CREATE INDEX attendance_session_status ON attendance (session_id, status, cadre_id);
CREATE INDEX attendance_cadre ON attendance (cadre_id, status, session_id);

-- Which roll-call statuses earn the session's hours.
CREATE TABLE attendance_credit (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid         TEXT    NOT NULL UNIQUE,
    branch_id    INTEGER REFERENCES organization (id) ON DELETE RESTRICT,
    status       TEXT    NOT NULL UNIQUE CHECK (status IN ('present', 'late', 'excused', 'absent')),
    earns_hours  INTEGER NOT NULL CHECK (earns_hours IN (0, 1)),
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);

-- 学时要求: minimum hours for a category of cadres over a period of years ending with the
-- year looked at (a rolling window when longer than one year).
CREATE TABLE hour_requirement (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid           TEXT    NOT NULL UNIQUE,
    branch_id      INTEGER REFERENCES organization (id) ON DELETE RESTRICT,
    category       TEXT    NOT NULL CHECK (category IN ('party_member', 'branch_committee', 'township_and_below', 'county_and_above')),
    period_years   INTEGER NOT NULL CHECK (period_years BETWEEN 1 AND 10),
    minimum_hours  REAL    NOT NULL CHECK (minimum_hours > 0 AND minimum_hours <= 10000),
    source         TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);

-- 三会一课: how often a branch must hold a kind of meeting. branch_id NULL: every branch
-- unless a row for the branch itself says otherwise.
CREATE TABLE meeting_rule (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER REFERENCES organization (id) ON DELETE CASCADE,
    kind_id     INTEGER NOT NULL REFERENCES session_kind (id) ON DELETE RESTRICT,
    frequency   TEXT    NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'half_yearly', 'yearly', 'none')),
    source      TEXT    NOT NULL DEFAULT '',
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE UNIQUE INDEX meeting_rule_kind_branch ON meeting_rule (kind_id, ifnull(branch_id, 0));

-- Defaults. Fixed uuids, so every installation's built-in rows are the same records.
INSERT INTO hour_conversion (uuid, name, method, hours, source, sort_order, created_at, updated_at) VALUES
    ('c8206501-6bfb-55cc-a8a1-2fae793d6b99', '按实际时长', 'clock', 0, '支部学习按实际时长计算学时（通行做法，可按本单位规定修改）', 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('3983a96d-6c8b-54a4-8091-8d52e22e242f', '全天脱产培训', 'fixed', 8, '全天脱产培训按8学时计（通行折算口径，可按本单位规定修改）', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('ce122349-2c58-52c7-a5a0-176b49b1fce4', '半天专题讲座', 'fixed', 4, '半天专题讲座按4学时计（通行折算口径，可按本单位规定修改）', 2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO session_kind (uuid, code, name, members_only, conversion_id, sort_order, created_at, updated_at) VALUES
    ('50faabc6-68fd-56dc-bd4c-f876eda0f2b1', 'member_assembly', '支部党员大会', 1, (SELECT id FROM hour_conversion WHERE uuid = 'c8206501-6bfb-55cc-a8a1-2fae793d6b99'), 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('7410b1bc-a38d-5db4-938c-7ad687bc1eb4', 'committee_meeting', '支部委员会', 1, (SELECT id FROM hour_conversion WHERE uuid = 'c8206501-6bfb-55cc-a8a1-2fae793d6b99'), 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('c35fd8e1-3131-5002-9063-5547a9dcb204', 'group_meeting', '党小组会', 1, (SELECT id FROM hour_conversion WHERE uuid = 'c8206501-6bfb-55cc-a8a1-2fae793d6b99'), 2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('5f5536a2-3b7a-512a-8319-50711949c580', 'party_lecture', '党课', 0, (SELECT id FROM hour_conversion WHERE uuid = 'c8206501-6bfb-55cc-a8a1-2fae793d6b99'), 3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('fb59746b-0ce6-5614-b645-cb015324ba24', 'theme_day', '主题党日', 1, (SELECT id FROM hour_conversion WHERE uuid = 'c8206501-6bfb-55cc-a8a1-2fae793d6b99'), 4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('2f4e7be5-850a-546b-9884-5dfc72154b89', 'life_meeting', '组织生活会', 1, (SELECT id FROM hour_conversion WHERE uuid = 'c8206501-6bfb-55cc-a8a1-2fae793d6b99'), 5, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('f7aa65cc-66a3-5f37-9eac-4cb7056c48cc', 'member_review', '民主评议党员', 1, (SELECT id FROM hour_conversion WHERE uuid = 'c8206501-6bfb-55cc-a8a1-2fae793d6b99'), 6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('6f48d3c9-d195-5fc5-80eb-8b1a46e719e6', 'seminar', '专题研讨', 0, (SELECT id FROM hour_conversion WHERE uuid = 'c8206501-6bfb-55cc-a8a1-2fae793d6b99'), 7, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('b321c258-f64a-5955-8233-10cc2015301a', 'case_study', '案例分析', 0, (SELECT id FROM hour_conversion WHERE uuid = 'c8206501-6bfb-55cc-a8a1-2fae793d6b99'), 8, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('06c1aa25-1a97-5744-96ac-2297b42cae0b', 'simulation', '情景模拟', 0, (SELECT id FROM hour_conversion WHERE uuid = 'c8206501-6bfb-55cc-a8a1-2fae793d6b99'), 9, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('7b123e93-d4d3-5247-ae3a-e12e9c76becf', 'concentrated_study', '集中学习', 0, (SELECT id FROM hour_conversion WHERE uuid = 'c8206501-6bfb-55cc-a8a1-2fae793d6b99'), 10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('b6a7a65f-12d6-50d5-93cf-32b9b26813cd', 'self_study', '自学', 0, (SELECT id FROM hour_conversion WHERE uuid = 'c8206501-6bfb-55cc-a8a1-2fae793d6b99'), 11, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('210c299e-48d5-55dd-a81f-fa9c0dbd52d4', 'online_study', '网络学习', 0, (SELECT id FROM hour_conversion WHERE uuid = 'c8206501-6bfb-55cc-a8a1-2fae793d6b99'), 12, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO attendance_credit (uuid, status, earns_hours, created_at, updated_at) VALUES
    ('1faa19c1-f820-5103-8454-21333c89eb90', 'present', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('f5d0ad6b-ca94-5368-a06a-940a43f8b4cf', 'late', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('2ff8bbdb-9068-5ff9-abf9-b079635f6b05', 'excused', 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('54af9594-3828-5dbd-9220-e041ac6320cb', 'absent', 0, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO hour_requirement (uuid, category, period_years, minimum_hours, source, created_at, updated_at) VALUES
    ('96e7c9e4-489c-543c-b84c-40f2d8558f6f', 'party_member', 1, 32, '《中国共产党党员教育管理工作条例》：党员每年集中学习培训不少于32学时', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('aa3bea12-439c-53ed-92ad-835af7a712c6', 'branch_committee', 1, 56, '全国党员教育培训工作规划：基层党组织书记和班子成员每年集中培训不少于56学时', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('b55ab20c-ec63-59c6-bbfa-383a28efa1ab', 'township_and_below', 1, 90, '《干部教育培训工作条例》（2023）第十四条：乡科级领导干部和一级主任科员以下干部每年累计不少于12天或者90学时', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('f8d6a478-dce9-510c-837f-07dc98a550b9', 'county_and_above', 5, 550, '《干部教育培训工作条例》（2023）第十四条：县处级以上领导干部每5年累计不少于3个月或者550学时', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
INSERT INTO meeting_rule (uuid, kind_id, frequency, source, created_at, updated_at) VALUES
    ('1f3df19c-f676-5288-8699-f9214a49b216', (SELECT id FROM session_kind WHERE code = 'member_assembly'), 'quarterly', '《中国共产党支部工作条例（试行）》：支部党员大会一般每季度召开1次', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('01021c30-8f35-5e23-be18-2d86bea20158', (SELECT id FROM session_kind WHERE code = 'committee_meeting'), 'monthly', '《中国共产党支部工作条例（试行）》：支部委员会会议一般每月召开1次', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('81f517bb-4c33-59c9-9e67-cedbb8f84307', (SELECT id FROM session_kind WHERE code = 'group_meeting'), 'monthly', '《中国共产党支部工作条例（试行）》：党小组会一般每月召开1次', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('41a3e295-1b69-5f53-af39-0973ecc696e4', (SELECT id FROM session_kind WHERE code = 'theme_day'), 'monthly', '《中国共产党支部工作条例（试行）》：一般每月相对固定1天开展主题党日', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('6e539ee5-83b3-5488-ae5c-fd1eae6a7bb5', (SELECT id FROM session_kind WHERE code = 'life_meeting'), 'yearly', '《中国共产党支部工作条例（试行）》：组织生活会一般每年召开1次', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('ffe38263-d629-50fb-b2c7-a01fb7079e12', (SELECT id FROM session_kind WHERE code = 'member_review'), 'yearly', '《中国共产党支部工作条例（试行）》：民主评议党员一般每年开展1次', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('0fd081c5-1929-5166-a435-5ed00a959088', (SELECT id FROM session_kind WHERE code = 'party_lecture'), 'quarterly', '通行做法：每季度至少1次党课；条例本身只要求党支部书记每年至少讲1次党课', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
