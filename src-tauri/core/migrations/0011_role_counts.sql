-- A role's note count (`deleted_at IS NULL`) read from the index alone. With the index on
-- (lab_id, role_id) each count looked up every note's row, in no useful order: reading a
-- 10,000-note report re-read the notes' pages some forty thousand times. The index still serves
-- the foreign key's lookups on (lab_id, role_id).
DROP INDEX input_by_role;
CREATE INDEX input_by_role ON input (lab_id, role_id, deleted_at);
