-- Idempotency keys of every creating request (docs/adr/0108): the creating transaction ends by
-- inserting its key with what it created; a repeat (or a concurrent twin, which waits on the row
-- lock) fails on the primary key, rolls back and is answered what the first one created.
CREATE TABLE idempotency_keys (
  member_id      BIGINT        NOT NULL,
  idem_key       VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  request_hash   CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  resource_type  VARCHAR(30)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  resource_id    BIGINT        NOT NULL,
  created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (member_id, idem_key),
  KEY ix_idempotency_keys_created (created_at),
  CONSTRAINT fk_idempotency_keys_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
