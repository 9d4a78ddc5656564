-- RongPei schema 5: the cadre's 身份证号 (optional; checked against its check digit, the date of
-- birth and the gender by CadreValidator, unique when given).

ALTER TABLE cadre ADD COLUMN id_number TEXT NOT NULL DEFAULT '';

CREATE INDEX cadre_id_number ON cadre (id_number) WHERE id_number <> '';
