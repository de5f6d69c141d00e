-- Design Lab schema, version 6: full-text search of notes. Append-only: never edit a shipped
-- migration.

-- An index of every note's text, kept in step with `input` by the triggers below. Diacritics
-- are folded, so "gweithwyr" finds "gweithwŷr" and "café" finds "cafe".
CREATE VIRTUAL TABLE input_fts USING fts5 (
    text,
    content = 'input',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER input_fts_insert AFTER INSERT ON input BEGIN
    INSERT INTO input_fts (rowid, text) VALUES (new.rowid, new.text);
END;

CREATE TRIGGER input_fts_delete AFTER DELETE ON input BEGIN
    INSERT INTO input_fts (input_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;

CREATE TRIGGER input_fts_update AFTER UPDATE OF text ON input BEGIN
    INSERT INTO input_fts (input_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO input_fts (rowid, text) VALUES (new.rowid, new.text);
END;

INSERT INTO input_fts (input_fts) VALUES ('rebuild');

CREATE INDEX input_by_lab ON input (lab_id, created_at);
