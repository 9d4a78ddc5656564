-- RongPei schema 12: 政治面貌 as GB/T 4762 codes it, and the way into the Party as a stage of its
-- own. 入党积极分子 was one of the 政治面貌 values; it is a stage of recruitment, not a 政治面貌
-- (an activist's 政治面貌 is 群众 or 共青团员), so it moves to recruitment_stage.
ALTER TABLE cadre ADD COLUMN recruitment_stage TEXT NOT NULL DEFAULT 'none'
    CHECK (recruitment_stage IN ('none', 'applicant', 'activist', 'candidate'));

-- Which activists are 共青团员 was not recorded; 群众 is what the others are.
UPDATE cadre SET recruitment_stage = 'activist', party_status = 'masses' WHERE party_status = 'activist';

-- Every row now meets the new list, so the CHECK is rewritten in place, as schema 10 did, instead
-- of copying the roster into a new table under the roll calls that refer to it.
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql, 'CHECK (party_status IN (''member'', ''probationary'', ''activist'', ''masses''))',
                          'CHECK (party_status IN (''member'', ''probationary'', ''league_member'', ''rcck'', ''cdl'', '
                          || '''cndca'', ''capd'', ''cpwdp'', ''czgp'', ''jiusan'', ''tdsgl'', ''independent'', '
                          || '''masses''))')
 WHERE type = 'table' AND name = 'cadre';
PRAGMA writable_schema = RESET;
CREATE TABLE schema_cookie_bump (x);
DROP TABLE schema_cookie_bump;
