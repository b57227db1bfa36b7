-- The organisation a member gave when registering, shown to coordinators in the approval queue.
-- (The profile keeps its own, editable copy.)
ALTER TABLE account_credentials ADD COLUMN registered_organisation VARCHAR(200) NULL;

-- The approval queue lists the oldest waiting members first.
CREATE INDEX ix_members_status_created ON members (status, created_at);
