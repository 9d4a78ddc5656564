-- RongPei schema 15: a branch committee's roles (书记, 副书记, 组织委员 …) are part-time party roles,
-- one holder each, and no longer read from the job post (岗位).
ALTER TABLE cadre ADD COLUMN party_role TEXT NOT NULL DEFAULT 'none'
    CHECK (party_role IN ('none', 'secretary', 'deputy_secretary', 'organization', 'propaganda', 'discipline',
                          'youth'));

-- A post that names a role gives it to the first full member at work holding it in the branch (by
-- employee number); the post itself is kept, for the clerk to correct to the cadre's job.
CREATE TEMPORARY TABLE role_by_post (post TEXT PRIMARY KEY, role TEXT NOT NULL);
INSERT INTO role_by_post VALUES ('党支部书记', 'secretary'), ('支部书记', 'secretary'), ('书记', 'secretary'),
    ('党支部副书记', 'deputy_secretary'), ('支部副书记', 'deputy_secretary'), ('副书记', 'deputy_secretary'),
    ('组织委员', 'organization'), ('宣传委员', 'propaganda'), ('纪检委员', 'discipline'), ('青年委员', 'youth');
UPDATE cadre SET party_role = (SELECT role FROM role_by_post WHERE role_by_post.post = cadre.post)
 WHERE party_status = 'member' AND employment_status IN ('active', 'seconded')
   AND post IN (SELECT post FROM role_by_post)
   AND NOT EXISTS (SELECT 1 FROM cadre earlier
                    WHERE earlier.branch_id = cadre.branch_id AND earlier.party_status = 'member'
                      AND earlier.employment_status IN ('active', 'seconded')
                      AND (SELECT role FROM role_by_post WHERE role_by_post.post = earlier.post)
                          = (SELECT role FROM role_by_post WHERE role_by_post.post = cadre.post)
                      AND earlier.employee_number < cadre.employee_number);
DROP TABLE role_by_post;

CREATE UNIQUE INDEX cadre_party_role ON cadre (branch_id, party_role) WHERE party_role <> 'none';
