-- RongPei schema 8: each branch's records start date (启用日期). The 三会一课 calendar and the hour
-- requirements count from it, so a branch whose records begin in the middle of a year is not shown
-- as having missed everything before. Branches already recorded start at their creation or at their
-- earliest session, whichever is earlier, so that nothing they counted before stops counting.

ALTER TABLE organization ADD COLUMN records_start TEXT;

UPDATE organization
SET records_start = min(substr(created_at, 1, 10),
                        coalesce((SELECT min(s.session_date) FROM study_session s WHERE s.branch_id = organization.id),
                                 '9999-12-31'))
WHERE kind = 'branch';
