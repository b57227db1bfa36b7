-- Members' flags on posts (moderation module, docs/adr/0300). A flag is open until a coordinator
-- decides on the post; is_open is TRUE while open and NULL once resolved, so the unique key allows
-- one open flag per member and post and any number of resolved ones.
CREATE TABLE moderation_flags (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  post_id      BIGINT        NOT NULL,
  flagger_id   BIGINT        NULL,
  reason       VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  note         VARCHAR(500)  NULL,
  -- Whether the forum's trust policy counted the flagger as trusted when they flagged.
  trusted      BOOLEAN       NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  is_open      BOOLEAN       NULL DEFAULT TRUE,
  resolved_at  DATETIME(6)   NULL,
  resolved_by  BIGINT        NULL,
  resolution   VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_flags_open (post_id, flagger_id, is_open),
  KEY ix_flags_flagger (flagger_id),
  CONSTRAINT fk_flags_post FOREIGN KEY (post_id) REFERENCES forum_posts (id) ON DELETE CASCADE,
  CONSTRAINT fk_flags_flagger FOREIGN KEY (flagger_id) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT fk_flags_resolved_by FOREIGN KEY (resolved_by) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT ck_flags_reason CHECK (reason IN ('SPAM', 'PATIENT_DATA', 'OFFENSIVE', 'OFF_TOPIC', 'OTHER')),
  CONSTRAINT ck_flags_open CHECK (is_open IS NULL OR is_open = TRUE),
  CONSTRAINT ck_flags_resolution CHECK (resolution IS NULL OR resolution IN ('DISMISSED', 'UPHELD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- One row per flagged post: the review queue (open_since is set while the post has open flags,
-- oldest first) and the row every flag and decision on the post locks first, so concurrent flags
-- are counted one after the other and the auto-hide threshold is never missed. No foreign key to
-- forum_posts on purpose: its check would take a shared lock on the post row while the insert
-- waits for a locked case row, a deadlock with a flag that is hiding the post (posts are never
-- deleted from the table, only marked deleted).
CREATE TABLE moderation_cases (
  post_id       BIGINT       NOT NULL,
  open_since    DATETIME(6)  NULL,
  auto_hidden_at DATETIME(6) NULL,
  PRIMARY KEY (post_id),
  KEY ix_cases_open (open_since)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
