-- No question left alone: the ladder each question climbs while nobody answers it, and who it has
-- been offered to. A question is offered to a member at most once (uk_question_offers_member).
CREATE TABLE question_routing (
  topic_id     BIGINT       NOT NULL,
  asker_id     BIGINT       NULL,
  title        VARCHAR(200) NOT NULL,
  asked_at     DATETIME(6)  NOT NULL,
  status       VARCHAR(20)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  steps_done   INT          NOT NULL DEFAULT 0,
  answered_at  DATETIME(6)  NULL,
  answered_by  BIGINT       NULL,
  updated_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (topic_id),
  KEY ix_question_routing_status (status, asked_at),
  KEY ix_question_routing_asker (asker_id, asked_at),
  KEY ix_question_routing_asked (asked_at),
  KEY ix_question_routing_answered_by (answered_by),
  CONSTRAINT fk_question_routing_topic FOREIGN KEY (topic_id) REFERENCES forum_topics (id) ON DELETE CASCADE,
  CONSTRAINT fk_question_routing_asker FOREIGN KEY (asker_id) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT fk_question_routing_answered_by FOREIGN KEY (answered_by) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT ck_question_routing_status CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- When each rung was taken and how many members it reached (also when it reached nobody).
CREATE TABLE question_routing_steps (
  topic_id  BIGINT      NOT NULL,
  step      INT         NOT NULL,
  stage     VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  round     INT         NOT NULL,
  done_at   DATETIME(6) NOT NULL,
  offered   INT         NOT NULL,
  PRIMARY KEY (topic_id, step),
  CONSTRAINT fk_question_routing_steps_topic FOREIGN KEY (topic_id) REFERENCES question_routing (topic_id) ON DELETE CASCADE,
  CONSTRAINT ck_question_routing_steps_stage CHECK (stage IN ('PEERS', 'MENTORS', 'COORDINATORS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE question_offers (
  id            BIGINT      NOT NULL AUTO_INCREMENT,
  topic_id      BIGINT      NOT NULL,
  member_id     BIGINT      NOT NULL,
  step          INT         NOT NULL,
  stage         VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  offered_at    DATETIME(6) NOT NULL,
  dismissed_at  DATETIME(6) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_question_offers_member (topic_id, member_id),
  KEY ix_question_offers_for_member (member_id, offered_at),
  CONSTRAINT fk_question_offers_topic FOREIGN KEY (topic_id) REFERENCES question_routing (topic_id) ON DELETE CASCADE,
  CONSTRAINT fk_question_offers_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT ck_question_offers_stage CHECK (stage IN ('PEERS', 'MENTORS', 'COORDINATORS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
