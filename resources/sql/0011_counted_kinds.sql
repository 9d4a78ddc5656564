-- RongPei schema 11: which kinds of session count toward each hour requirement, as data shown
-- with the requirement. The uuids of the kinds are kept in a JSON array, so that a kind deleted
-- and restored counts again, and the list travels with the requirement between installations.
-- (json_valid() may not appear in the schema: with trusted_schema off, SQLite calls it unsafe there.)
ALTER TABLE hour_requirement ADD COLUMN counted_kinds TEXT NOT NULL DEFAULT '[]'
    CHECK (counted_kinds LIKE '[%]');

-- 集中培训 held away from work: the full day counted as 8 学时. A kind an administrator already
-- called 脱产培训 is kept, and counted below in its place.
INSERT OR IGNORE INTO session_kind (uuid, code, name, members_only, conversion_id, sort_order, created_at, updated_at)
SELECT '35700a39-8465-51e1-8925-fa24651c0c2f', 'full_time_training', '脱产培训', 0, id,
       (SELECT ifnull(max(sort_order), 0) + 1 FROM session_kind),
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
  FROM hour_conversion WHERE uuid = '3983a96d-6c8b-54a4-8091-8d52e22e242f';
-- If an administrator deleted that conversion, the first one there is.
INSERT OR IGNORE INTO session_kind (uuid, code, name, members_only, conversion_id, sort_order, created_at, updated_at)
SELECT '35700a39-8465-51e1-8925-fa24651c0c2f', 'full_time_training', '脱产培训', 0,
       (SELECT min(id) FROM hour_conversion), (SELECT ifnull(max(sort_order), 0) + 1 FROM session_kind),
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
 WHERE EXISTS (SELECT 1 FROM hour_conversion);

-- 《中国共产党党员教育管理工作条例》（2019年）: 党员每年集中学习培训不少于32学时; the same for the
-- branch secretaries' and committee members' yearly 集中培训: 集中学习, 党课, 专题研讨, 案例分析,
-- 情景模拟, 网络学习 and 脱产培训 — not the branch's meetings, 主题党日 or 自学.
UPDATE hour_requirement SET counted_kinds = (
    SELECT json_group_array(uuid) FROM (
        SELECT uuid FROM session_kind
         WHERE code IN ('concentrated_study', 'party_lecture', 'seminar', 'case_study', 'simulation',
                        'online_study', 'full_time_training') OR (code IS NULL AND name = '脱产培训')
         ORDER BY sort_order, id))
 WHERE uuid IN ('96e7c9e4-489c-543c-b84c-40f2d8558f6f', 'aa3bea12-439c-53ed-92ad-835af7a712c6');

-- 《干部教育培训工作条例》（2023年修订）第十四条, 90 and 550 学时: recognised 集中培训 and 脱产培训,
-- including 网络培训 — not party meetings or 党课.
UPDATE hour_requirement SET counted_kinds = (
    SELECT json_group_array(uuid) FROM (
        SELECT uuid FROM session_kind
         WHERE code IN ('concentrated_study', 'seminar', 'case_study', 'simulation', 'online_study',
                        'full_time_training') OR (code IS NULL AND name = '脱产培训')
         ORDER BY sort_order, id))
 WHERE uuid IN ('b55ab20c-ec63-59c6-bbfa-383a28efa1ab', 'f8d6a478-dce9-510c-837f-07dc98a550b9');

-- A requirement an administrator added counted every kind; it still does.
UPDATE hour_requirement SET counted_kinds = (
    SELECT json_group_array(uuid) FROM (SELECT uuid FROM session_kind ORDER BY sort_order, id))
 WHERE counted_kinds = '[]';
