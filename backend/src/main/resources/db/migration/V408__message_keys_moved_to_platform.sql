-- Mentorship messages use the platform's idempotency keys (V10, docs/adr/0108) instead of a
-- unique column of their own, whose duplicate-key error concurrent twins answered with 500 and
-- which ignored a different text under the same key. Existing keys move over with the hash the
-- service computes (Idempotency.hash("mentorship-message", mentorshipId, body)), so a retry that
-- spans the upgrade still finds its message.
INSERT IGNORE INTO idempotency_keys (member_id, idem_key, request_hash, resource_type, resource_id, created_at)
  SELECT author_id, client_key,
         SHA2(CONCAT('mentorship-message', CHAR(0), mentorship_id, CHAR(0), CONVERT(body USING utf8mb4), CHAR(0)), 256),
         'mentorship-message', id, created_at
  FROM mentorship_messages
  WHERE client_key IS NOT NULL AND author_id IS NOT NULL;

ALTER TABLE mentorship_messages DROP INDEX uk_mentorship_messages_client_key, DROP COLUMN client_key;
