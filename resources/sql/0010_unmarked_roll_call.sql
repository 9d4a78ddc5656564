-- RongPei schema 10: a roll-call line can be "not marked yet" (未点名), so that a planned
-- session's roll call is no longer ticked present before anyone has come.
--
-- Only the CHECK of attendance.status widens, and every existing row satisfies the wider one, so
-- the table's definition is edited in place as SQLite documents for loosening a constraint
-- (lang_altertable.html, "other kinds of table schema changes"), instead of copying millions of
-- roll-call lines into a new table. The CREATE and DROP move the schema cookie, so that every
-- connection reads the new definition; RESET makes this one read it at once.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, 'CHECK (status IN (''present'', ''late'', ''excused'', ''absent''))',
                          'CHECK (status IN (''present'', ''late'', ''excused'', ''absent'', ''unmarked''))')
 WHERE type = 'table' AND name = 'attendance';
PRAGMA writable_schema = RESET;
CREATE TABLE schema_cookie_bump (x);
DROP TABLE schema_cookie_bump;

-- Planned sessions were given a roll call ticked present by default; a planned session earns no
-- hours, so those ticks recorded nothing. Marks a clerk gave (迟到, 请假 with its reason, 缺席) stay.
UPDATE attendance SET status = 'unmarked'
 WHERE status = 'present' AND session_id IN (SELECT id FROM study_session WHERE state = 'planned');
