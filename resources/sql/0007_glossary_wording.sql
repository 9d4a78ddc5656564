-- RongPei schema 7: the wording of the built-in rules follows GLOSSARY.md: regulations are cited
-- with their year, the 干部教育培训工作条例 figures say that enterprises apply them by reference
-- (参照), and the committee's meeting kind is 支委会. Only text nobody has edited is changed.

UPDATE hour_requirement SET source = '《中国共产党党员教育管理工作条例》（2019年）：党员每年集中学习培训不少于32学时'
    WHERE uuid = '96e7c9e4-489c-543c-b84c-40f2d8558f6f' AND source = '《中国共产党党员教育管理工作条例》：党员每年集中学习培训不少于32学时';
UPDATE hour_requirement SET source = '《干部教育培训工作条例》（2023年修订）第十四条（企业参照执行）：乡科级领导干部和一级主任科员以下干部每年累计不少于12天或者90学时'
    WHERE uuid = 'b55ab20c-ec63-59c6-bbfa-383a28efa1ab' AND source = '《干部教育培训工作条例》（2023）第十四条：乡科级领导干部和一级主任科员以下干部每年累计不少于12天或者90学时';
UPDATE hour_requirement SET source = '《干部教育培训工作条例》（2023年修订）第十四条（企业参照执行）：县处级以上领导干部每5年累计不少于3个月或者550学时'
    WHERE uuid = 'f8d6a478-dce9-510c-837f-07dc98a550b9' AND source = '《干部教育培训工作条例》（2023）第十四条：县处级以上领导干部每5年累计不少于3个月或者550学时';
UPDATE meeting_rule SET source = '《中国共产党支部工作条例（试行）》（2018年）：支部党员大会一般每季度召开1次'
    WHERE uuid = '1f3df19c-f676-5288-8699-f9214a49b216' AND source = '《中国共产党支部工作条例（试行）》：支部党员大会一般每季度召开1次';
UPDATE meeting_rule SET source = '《中国共产党支部工作条例（试行）》（2018年）：党支部委员会会议一般每月召开1次'
    WHERE uuid = '01021c30-8f35-5e23-be18-2d86bea20158' AND source = '《中国共产党支部工作条例（试行）》：支部委员会会议一般每月召开1次';
UPDATE meeting_rule SET source = '《中国共产党支部工作条例（试行）》（2018年）：党小组会一般每月召开1次'
    WHERE uuid = '81f517bb-4c33-59c9-9e67-cedbb8f84307' AND source = '《中国共产党支部工作条例（试行）》：党小组会一般每月召开1次';
UPDATE meeting_rule SET source = '《中国共产党支部工作条例（试行）》（2018年）：一般每月相对固定1天开展主题党日'
    WHERE uuid = '41a3e295-1b69-5f53-af39-0973ecc696e4' AND source = '《中国共产党支部工作条例（试行）》：一般每月相对固定1天开展主题党日';
UPDATE meeting_rule SET source = '《中国共产党支部工作条例（试行）》（2018年）：组织生活会一般每年召开1次'
    WHERE uuid = '6e539ee5-83b3-5488-ae5c-fd1eae6a7bb5' AND source = '《中国共产党支部工作条例（试行）》：组织生活会一般每年召开1次';
UPDATE meeting_rule SET source = '《中国共产党支部工作条例（试行）》（2018年）：民主评议党员一般每年开展1次'
    WHERE uuid = 'ffe38263-d629-50fb-b2c7-a01fb7079e12' AND source = '《中国共产党支部工作条例（试行）》：民主评议党员一般每年开展1次';

UPDATE session_kind SET name = '支委会' WHERE code = 'committee_meeting' AND name = '支部委员会';
