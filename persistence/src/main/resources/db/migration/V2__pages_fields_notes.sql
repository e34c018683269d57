-- Extraction results: pages as read, fields with their raw text, value, confidence and box, and
-- document-level notes (unclassified, registration doubts). Replaced as a whole on each reading.

ALTER TABLE document ADD COLUMN form_version INT;

CREATE TABLE document_page (
    document_id  BIGINT        NOT NULL REFERENCES document (id),
    page_no      INT           NOT NULL,
    width_px     INT           NOT NULL,
    height_px    INT           NOT NULL,
    dpi          DOUBLE PRECISION NOT NULL,
    form_id      VARCHAR(64),
    marks_found  INT           NOT NULL,
    residual_mm  DOUBLE PRECISION,
    rotation     INT           NOT NULL,
    PRIMARY KEY (document_id, page_no)
);

CREATE TABLE document_field (
    document_id   BIGINT        NOT NULL REFERENCES document (id),
    position      INT           NOT NULL,
    name          VARCHAR(128)  NOT NULL,
    field_type    VARCHAR(32)   NOT NULL,
    raw_text      VARCHAR(2000),
    field_value   VARCHAR(2000),
    confidence    DOUBLE PRECISION NOT NULL,
    page_no       INT           NOT NULL,
    box_x         INT,
    box_y         INT,
    box_w         INT,
    box_h         INT,
    read_method   VARCHAR(16)   NOT NULL,
    -- One problem per line: SEVERITY<TAB>CODE<TAB>ja<TAB>en (tabs and newlines escaped).
    problems      VARCHAR(4000),
    corrected_by  VARCHAR(64),
    corrected_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (document_id, name)
);

CREATE TABLE document_note (
    document_id  BIGINT        NOT NULL REFERENCES document (id),
    position     INT           NOT NULL,
    severity     VARCHAR(16)   NOT NULL,
    code         VARCHAR(64)   NOT NULL,
    message_ja   VARCHAR(1000) NOT NULL,
    message_en   VARCHAR(1000) NOT NULL,
    PRIMARY KEY (document_id, position)
);
