-- The forum's idempotency keys move to the platform's table (V10, docs/adr/0108), which every
-- creating endpoint now shares; keys of requests that never finished (no resource) are dropped.
INSERT IGNORE INTO idempotency_keys (member_id, idem_key, request_hash, resource_type, resource_id, created_at)
  SELECT member_id, idem_key, request_hash, resource_type, resource_id, created_at
  FROM forum_idempotency_keys
  WHERE resource_type IS NOT NULL AND resource_id IS NOT NULL;

DROP TABLE forum_idempotency_keys;
