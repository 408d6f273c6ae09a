-- Documents kept as evidence exactly as they went out (a letter's PDF, the email as sent), addressed
-- by the SHA-256 of their bytes, which the timeline entry recording the sending holds. Rows are only
-- ever inserted, in the transaction that appends that entry.
CREATE TABLE kept_document (
    sha256      CHAR(64)      NOT NULL PRIMARY KEY,
    media_type  VARCHAR(100)  NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    content     BYTEA         NOT NULL,
    kept_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
