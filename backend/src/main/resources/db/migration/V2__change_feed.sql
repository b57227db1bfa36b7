-- The change feed (docs/adr/0008): an append-only log of changes other parts of the system react
-- to, written in the same transaction as the change (transactional outbox). Every node tails it by
-- position. Rows are pruned after a retention period; the newest row is always kept so the
-- position never goes back.
CREATE TABLE change_feed (
  position    BIGINT       NOT NULL AUTO_INCREMENT,
  type        VARCHAR(80)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  subject_id  BIGINT       NULL,
  payload     TEXT         CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  origin      VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (position),
  KEY ix_change_feed_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
