-- Retention: when a document's stored original was purged (the record, fields and audit stay).
ALTER TABLE document ADD COLUMN original_purged_at TIMESTAMP WITH TIME ZONE;
