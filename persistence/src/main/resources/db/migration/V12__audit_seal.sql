-- Audit rows sealed with a keyed MAC (HMAC-SHA256 of row_hash, key from the store's key store,
-- never from the database): the id of the key and the seal. Rows written before this migration
-- keep neither and are verified under the plain chain up to the recorded cut-over.
ALTER TABLE audit_event ADD COLUMN seal_key VARCHAR(64);
ALTER TABLE audit_event ADD COLUMN seal VARCHAR(64);

-- The cut-over: the first row that must be sealed. Also copied into every checkpoint, outside
-- the database, so moving it to exempt sealed rows is found.
ALTER TABLE audit_head ADD COLUMN sealed_from BIGINT;
UPDATE audit_head SET sealed_from = last_seq + 1 WHERE id = 1;
