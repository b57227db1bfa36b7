-- Notifications (docs/adr/0500): one row per member and thing that happened, made from the change
-- feed. dedupe_key makes a member hear of one post or one feed event once, whichever node or
-- retry makes the row. mail_due says which mail still has to carry it (NULL: none, or sent).
CREATE TABLE notifications (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  member_id    BIGINT        NOT NULL,
  kind         VARCHAR(32)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  dedupe_key   VARCHAR(80)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  topic_id     BIGINT        NULL,
  post_id      BIGINT        NULL,
  actor_id     BIGINT        NULL,
  title        VARCHAR(200)  NOT NULL DEFAULT '',
  link         VARCHAR(300)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  read_at      DATETIME(6)   NULL,
  mail_due     VARCHAR(9)    CHARACTER SET ascii COLLATE ascii_bin NULL,
  mailed_at    DATETIME(6)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_notifications_dedupe (member_id, dedupe_key),
  -- The list (newest first) and the unread count are ranges of these.
  KEY ix_notifications_member (member_id, id),
  KEY ix_notifications_unread (member_id, read_at),
  KEY ix_notifications_mail (mail_due, member_id),
  KEY ix_notifications_created (created_at),
  CONSTRAINT fk_notifications_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- When a member's mail may go: the digest hour (Norwegian time), the weekday of the weekly digest
-- (1 = Monday) and quiet hours [quiet_from, quiet_to) in Norwegian time; no row: the defaults.
CREATE TABLE notification_settings (
  member_id    BIGINT       NOT NULL,
  digest_hour  TINYINT      NOT NULL DEFAULT 7,
  weekly_day   TINYINT      NOT NULL DEFAULT 1,
  quiet_from   TINYINT      NULL,
  quiet_to     TINYINT      NULL,
  updated_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (member_id),
  CONSTRAINT fk_notification_settings_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT ck_notification_settings_hours CHECK (digest_hour BETWEEN 0 AND 23 AND weekly_day BETWEEN 1 AND 7
    AND (quiet_from IS NULL OR quiet_from BETWEEN 0 AND 23) AND (quiet_to IS NULL OR quiet_to BETWEEN 0 AND 23))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- A member's choice of mail per kind; no row: the kind's default.
CREATE TABLE notification_preferences (
  member_id  BIGINT       NOT NULL,
  kind       VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  delivery   VARCHAR(9)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (member_id, kind),
  CONSTRAINT fk_notification_preferences_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT ck_notification_preferences_delivery CHECK (delivery IN ('NONE', 'IMMEDIATE', 'DAILY', 'WEEKLY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
