-- E-application exports: the file a record came from, so an interrupted intake can be finished.
ALTER TABLE document ADD COLUMN batch_sha256 VARCHAR(64);
CREATE INDEX document_batch_idx ON document (channel, batch_sha256);

-- Who approved a document so far (the four-eyes rule needs two different supervisors).
CREATE TABLE document_approval (
    document_id  BIGINT        NOT NULL REFERENCES document (id),
    username     VARCHAR(64)   NOT NULL,
    approved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (document_id, username)
);
