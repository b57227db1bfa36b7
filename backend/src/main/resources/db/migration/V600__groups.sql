-- Peer groups (docs/adr/0600): one automatic group per health region and per system (kept in step
-- with members' profiles), and groups coordinators make. Names of automatic groups are the
-- taxonomy term's, read through the profiles facade; custom groups carry their own.
CREATE TABLE peer_groups (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  kind            VARCHAR(10)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  term_id         BIGINT        NULL,
  name_nb         VARCHAR(120)  NULL,
  name_en         VARCHAR(120)  NULL,
  description_nb  VARCHAR(500)  NULL,
  description_en  VARCHAR(500)  NULL,
  created_by      BIGINT        NULL,
  created_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_peer_groups_term (kind, term_id),
  KEY ix_peer_groups_created_by (created_by),
  CONSTRAINT fk_peer_groups_term FOREIGN KEY (term_id) REFERENCES taxonomy_terms (id),
  CONSTRAINT fk_peer_groups_created_by FOREIGN KEY (created_by) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT ck_peer_groups_kind CHECK (kind IN ('REGION', 'SYSTEM', 'CUSTOM')),
  CONSTRAINT ck_peer_groups_term CHECK ((kind = 'CUSTOM') = (term_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Who is in a group. AUTO rows follow the profile; a member who leaves keeps a LEFT row, so the
-- profile does not put them back; rejoining makes it ACTIVE again.
CREATE TABLE peer_group_members (
  group_id    BIGINT      NOT NULL,
  member_id   BIGINT      NOT NULL,
  status      VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  source      VARCHAR(10) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  changed_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (group_id, member_id),
  KEY ix_peer_group_members_member (member_id, status),
  KEY ix_peer_group_members_group (group_id, status, member_id),
  CONSTRAINT fk_peer_group_members_group FOREIGN KEY (group_id) REFERENCES peer_groups (id) ON DELETE CASCADE,
  CONSTRAINT fk_peer_group_members_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT ck_peer_group_members_status CHECK (status IN ('ACTIVE', 'LEFT')),
  CONSTRAINT ck_peer_group_members_source CHECK (source IN ('AUTO', 'JOINED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE peer_group_follows (
  group_id    BIGINT      NOT NULL,
  member_id   BIGINT      NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (group_id, member_id),
  KEY ix_peer_group_follows_member (member_id),
  CONSTRAINT fk_peer_group_follows_group FOREIGN KEY (group_id) REFERENCES peer_groups (id) ON DELETE CASCADE,
  CONSTRAINT fk_peer_group_follows_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- "Ask this group": a question put in front of a group's members.
CREATE TABLE peer_group_questions (
  group_id   BIGINT      NOT NULL,
  topic_id   BIGINT      NOT NULL,
  asked_by   BIGINT      NULL,
  asked_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (group_id, topic_id),
  KEY ix_peer_group_questions_recent (group_id, asked_at),
  KEY ix_peer_group_questions_topic (topic_id),
  KEY ix_peer_group_questions_asked_by (asked_by),
  CONSTRAINT fk_peer_group_questions_group FOREIGN KEY (group_id) REFERENCES peer_groups (id) ON DELETE CASCADE,
  CONSTRAINT fk_peer_group_questions_asked_by FOREIGN KEY (asked_by) REFERENCES members (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
