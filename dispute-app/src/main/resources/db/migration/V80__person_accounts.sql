-- People who sign in to the pages: managers, collectors and auditors. Only the password's BCrypt hash is
-- kept. failed_attempts counts failed sign-ins in a row; the one that reaches the limit sets locked_until
-- and starts the count again. Kept here, not in an instance's memory, so that every instance sees them.
CREATE TABLE person_account (
    login            VARCHAR(64)   NOT NULL PRIMARY KEY,
    name             VARCHAR(100)  NOT NULL,
    role             VARCHAR(16)   NOT NULL,
    language         VARCHAR(2)    NOT NULL,
    password_hash    VARCHAR(100)  NOT NULL,
    failed_attempts  INT           NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
