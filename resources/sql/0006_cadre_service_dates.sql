-- RongPei schema 6: a cadre's hire date (入职日期) and leaving or retirement date (离职/退休日期),
-- both optional: a roll call and an hour requirement judge the cadre at the session's date, not by
-- today's employment status.

ALTER TABLE cadre ADD COLUMN hired_on TEXT;
ALTER TABLE cadre ADD COLUMN left_on TEXT;
