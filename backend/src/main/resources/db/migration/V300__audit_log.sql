-- Append-only record of who did what, when and why: moderation actions, approvals, suspensions,
-- role changes, taxonomy edits. The application only ever inserts (see AuditLog); rows keep the
-- actor's name as it was, so entries survive the actor's account deletion.
CREATE TABLE audit_log (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  occurred_at  DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  actor_id     BIGINT        NULL,
  actor_name   VARCHAR(100)  NOT NULL,
  action       VARCHAR(60)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  target_type  VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  target_id    BIGINT        NULL,
  reason       VARCHAR(1000) NULL,
  details      JSON          NULL,
  PRIMARY KEY (id),
  KEY ix_audit_occurred (occurred_at),
  KEY ix_audit_actor (actor_id, occurred_at),
  KEY ix_audit_action (action, occurred_at),
  KEY ix_audit_target (target_type, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
