-- A supervisor's confirmation that they looked at a flagged field (issue 11: approval requires
-- every flagged field confirmed or corrected by the approver). Who, when, which field, and the
-- codes of the problems it carried then (never the value): a problem raised later is not covered.
CREATE TABLE field_confirmation (
    document_id   BIGINT        NOT NULL REFERENCES document (id),
    field_name    VARCHAR(200)  NOT NULL,
    username      VARCHAR(64)   NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    problem_codes VARCHAR(2000) NOT NULL,
    PRIMARY KEY (document_id, field_name, username)
);
