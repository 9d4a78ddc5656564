-- RongPei schema 13: the 56 学时 for branch secretaries and committee members named no plan. It comes
-- from 《2019—2023年全国党员教育培训工作规划》, which 《全国党员教育培训工作规划（2024—2028年）》
-- has replaced; say so, so that an administrator checks the figure against the plan in force.
-- Only text nobody edited is changed.
UPDATE hour_requirement
   SET source = '《2019—2023年全国党员教育培训工作规划》：基层党组织书记和班子成员每年集中培训不少于56学时。'
                || '该规划已由《全国党员教育培训工作规划（2024—2028年）》接续，请按现行规划和上级要求核对学时后修改。',
       updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
 WHERE uuid = 'aa3bea12-439c-53ed-92ad-835af7a712c6'
   AND source = '全国党员教育培训工作规划：基层党组织书记和班子成员每年集中培训不少于56学时';
