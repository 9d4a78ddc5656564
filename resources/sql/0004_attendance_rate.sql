-- RongPei schema 4: which marks count in the attendance rate (出席率 = 实到 / 应到).
-- A mark with in_rate_base = 0 is left out of 应到 altogether; by default 请假, as most branches
-- compute it: 实到 / (应到 − 请假). An administrator changes it with the marks that earn hours.

ALTER TABLE attendance_credit ADD COLUMN in_rate_base INTEGER NOT NULL DEFAULT 1 CHECK (in_rate_base IN (0, 1));

UPDATE attendance_credit SET in_rate_base = 0 WHERE status = 'excused';
