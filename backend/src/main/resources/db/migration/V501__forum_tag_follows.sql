-- Members follow tags as they follow categories (issue 12): a new topic with a followed tag
-- notifies them. A deleted tag takes its follows with it; a merge moves them (TagService).
CREATE TABLE forum_tag_follows (
  member_id   BIGINT       NOT NULL,
  tag_id      BIGINT       NOT NULL,
  created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (member_id, tag_id),
  KEY ix_tag_follows_tag (tag_id),
  CONSTRAINT fk_tag_follows_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_tag_follows_tag FOREIGN KEY (tag_id) REFERENCES forum_tags (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
