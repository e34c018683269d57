-- The installation's id (core/installation): generated at the first start, part of every ledger key
-- (S2L-<installation>-<document>-<hash>), so two installations keying one ledger never collide.
CREATE TABLE installation (
    id              INT          PRIMARY KEY,
    installation_id VARCHAR(4)   NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each document keeps the id of the installation that received it, so its key never changes, even
-- when an admin sets another id later. Documents received before this migration have none and keep
-- their old key S2L-000123, under which their ledger records were keyed.
ALTER TABLE document ADD COLUMN installation_id VARCHAR(4);
