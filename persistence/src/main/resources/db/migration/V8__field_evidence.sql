-- What the reader saw while reading each field (engine scores, agreement of two models, repairs,
-- how a name was split): the certainty model weighs it again whenever the document is revalidated.
-- One "key=value" a line (EvidenceCodec); NULL for a person's entry. Holds other readings of the
-- value, so it is personal data like raw_text.
ALTER TABLE document_field ADD COLUMN evidence VARCHAR(4000);
