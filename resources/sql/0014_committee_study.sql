-- RongPei schema 14: a party committee hosts study too: 党委理论学习中心组学习, with the roll call of
-- the committee's study group (中心组). Such a session's host (study_session.branch_id, and its
-- roll-call lines' branch_id) is the committee itself, not one of its branches.

-- The study group of a committee: its members in the order of the list, and the heads it names.
CREATE TABLE study_group_member (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL UNIQUE,
    branch_id   INTEGER NOT NULL REFERENCES organization (id) ON DELETE CASCADE, -- the committee
    cadre_id    INTEGER NOT NULL REFERENCES cadre (id) ON DELETE RESTRICT,
    role        TEXT    NOT NULL CHECK (role IN ('head', 'deputy_head', 'member')),
    position    INTEGER NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (branch_id, cadre_id)
);
CREATE INDEX study_group_member_cadre ON study_group_member (cadre_id);

-- Common practice counts one collective study of the group as 3 学时.
INSERT OR IGNORE INTO hour_conversion (uuid, name, method, hours, source, sort_order, created_at, updated_at)
VALUES ('5915bded-b5bb-566c-8b12-5a5016c9873d', '中心组学习每次3学时', 'fixed', 3,
        '党委（党组）理论学习中心组每次集体学习按3学时计（通行做法，可按本单位规定修改）',
        (SELECT ifnull(max(sort_order), 0) + 1 FROM hour_conversion),
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

INSERT OR IGNORE INTO session_kind (uuid, code, name, members_only, conversion_id, sort_order, created_at, updated_at)
SELECT '9f376378-7e07-5e37-a757-0bd00bbfe8ac', 'central_group_study', '党委理论学习中心组学习', 0, id,
       (SELECT ifnull(max(sort_order), 0) + 1 FROM session_kind),
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
  FROM hour_conversion WHERE uuid = '5915bded-b5bb-566c-8b12-5a5016c9873d';

-- The group's study is 集中学习: the built-in requirements count it (an administrator's own list
-- is left as it is).
UPDATE hour_requirement SET counted_kinds = json_insert(counted_kinds, '$[#]', '9f376378-7e07-5e37-a757-0bd00bbfe8ac')
 WHERE uuid IN ('96e7c9e4-489c-543c-b84c-40f2d8558f6f', 'aa3bea12-439c-53ed-92ad-835af7a712c6',
                'b55ab20c-ec63-59c6-bbfa-383a28efa1ab', 'f8d6a478-dce9-510c-837f-07dc98a550b9')
   AND EXISTS (SELECT 1 FROM session_kind WHERE uuid = '9f376378-7e07-5e37-a757-0bd00bbfe8ac');
