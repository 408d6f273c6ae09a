CREATE TABLE item (
    id    UUID         NOT NULL PRIMARY KEY,
    name  VARCHAR(200) NOT NULL
);
