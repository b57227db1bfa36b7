-- Coordinator insights (docs/adr/0550): the insights module's own copy of the facts it counts,
-- rebuilt from the other modules' facades by a nightly job that runs once per cluster. Weeks start
-- on Monday and months on the 1st, in Norwegian time (Europe/Oslo); `week` and `month` columns
-- hold the first day of the period. 0 in region_id/workplace_type_id means "not given".

-- Each active member as the filters see them (region, workplace type; systems below), when they
-- joined and when they posted first and last.
CREATE TABLE insights_members (
  member_id          BIGINT      NOT NULL,
  region_id          BIGINT      NOT NULL DEFAULT 0,
  workplace_type_id  BIGINT      NOT NULL DEFAULT 0,
  joined_at          DATETIME(6) NOT NULL,
  joined_week        DATE        NOT NULL,
  joined_month       DATE        NOT NULL,
  posts              INT         NOT NULL DEFAULT 0,
  first_post_at      DATETIME(6) NULL,
  last_post_at       DATETIME(6) NULL,
  -- True when every post of the member was written on one (Norwegian) day.
  one_day_only       BOOLEAN     NOT NULL DEFAULT FALSE,
  PRIMARY KEY (member_id),
  KEY ix_insights_members_joined_week (joined_week, region_id, workplace_type_id),
  KEY ix_insights_members_joined_month (joined_month, region_id, workplace_type_id),
  KEY ix_insights_members_once (one_day_only, last_post_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE insights_member_systems (
  member_id  BIGINT NOT NULL,
  system_id  BIGINT NOT NULL,
  PRIMARY KEY (member_id, system_id),
  KEY ix_insights_member_systems_system (system_id, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Questions, stories and training resources, with the author's region and workplace type, and for
-- questions when someone else first answered and when the reply later accepted was posted.
CREATE TABLE insights_topics (
  topic_id            BIGINT      NOT NULL,
  kind                VARCHAR(12) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  author_id           BIGINT      NOT NULL,
  region_id           BIGINT      NOT NULL DEFAULT 0,
  workplace_type_id   BIGINT      NOT NULL DEFAULT 0,
  created_at          DATETIME(6) NOT NULL,
  week                DATE        NOT NULL,
  month               DATE        NOT NULL,
  first_answer_at     DATETIME(6) NULL,
  accepted_answer_at  DATETIME(6) NULL,
  PRIMARY KEY (topic_id),
  KEY ix_insights_topics_week (week, kind, region_id, workplace_type_id),
  KEY ix_insights_topics_month (month, kind, region_id, workplace_type_id),
  KEY ix_insights_topics_author (author_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Distinct members who posted in a week (W) or month (M), counted per cell of region, workplace
-- type and system (0 = all systems): a member is in exactly one cell per system value, so sums
-- over cells are distinct counts.
CREATE TABLE insights_active_counts (
  granularity        CHAR(1) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  period             DATE    NOT NULL,
  system_id          BIGINT  NOT NULL,
  region_id          BIGINT  NOT NULL,
  workplace_type_id  BIGINT  NOT NULL,
  members            INT     NOT NULL,
  PRIMARY KEY (granularity, system_id, period, region_id, workplace_type_id),
  CONSTRAINT ck_insights_active_granularity CHECK (granularity IN ('W', 'M'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Mentoring requests by the mentee's region and workplace type, and what became of them.
CREATE TABLE insights_requests (
  request_id         BIGINT      NOT NULL,
  mentee_id          BIGINT      NOT NULL,
  region_id          BIGINT      NOT NULL DEFAULT 0,
  workplace_type_id  BIGINT      NOT NULL DEFAULT 0,
  created_at         DATETIME(6) NOT NULL,
  week               DATE        NOT NULL,
  month              DATE        NOT NULL,
  status             VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  PRIMARY KEY (request_id),
  KEY ix_insights_requests_week (week),
  KEY ix_insights_requests_month (month),
  KEY ix_insights_requests_mentee (mentee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Mentorships (matches) by the mentee's region and workplace type: started, ended, and the
-- feedback given when they ended (counts only; never a comment).
CREATE TABLE insights_mentorships (
  mentorship_id      BIGINT      NOT NULL,
  mentee_id          BIGINT      NOT NULL,
  region_id          BIGINT      NOT NULL DEFAULT 0,
  workplace_type_id  BIGINT      NOT NULL DEFAULT 0,
  started_week       DATE        NOT NULL,
  started_month      DATE        NOT NULL,
  ended_week         DATE        NULL,
  ended_month        DATE        NULL,
  responses          INT         NOT NULL DEFAULT 0,
  helped             INT         NOT NULL DEFAULT 0,
  rating_sum         INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (mentorship_id),
  KEY ix_insights_mentorships_started_week (started_week),
  KEY ix_insights_mentorships_started_month (started_month),
  KEY ix_insights_mentorships_ended_week (ended_week),
  KEY ix_insights_mentorships_ended_month (ended_month),
  KEY ix_insights_mentorships_mentee (mentee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- When the facts were last rebuilt (one row).
CREATE TABLE insights_rebuilds (
  id           TINYINT     NOT NULL,
  finished_at  DATETIME(6) NOT NULL,
  took_ms      BIGINT      NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- The isolation radar: entries a coordinator dismissed (until a newer fact brings the member back)
-- and actions taken (so the next coordinator sees what was done). Audited in audit_log as well.
CREATE TABLE insights_radar_dismissals (
  member_id     BIGINT       NOT NULL,
  reason        VARCHAR(30)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  dismissed_at  DATETIME(6)  NOT NULL,
  dismissed_by  BIGINT       NULL,
  PRIMARY KEY (member_id, reason),
  KEY ix_insights_radar_dismissals_by (dismissed_by),
  CONSTRAINT fk_insights_radar_dismissals_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_insights_radar_dismissals_by FOREIGN KEY (dismissed_by) REFERENCES members (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE insights_radar_actions (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  member_id   BIGINT      NOT NULL,
  action      VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  target_id   BIGINT      NULL,
  taken_at    DATETIME(6) NOT NULL,
  taken_by    BIGINT      NULL,
  PRIMARY KEY (id),
  KEY ix_insights_radar_actions_member (member_id, taken_at),
  KEY ix_insights_radar_actions_by (taken_by),
  CONSTRAINT fk_insights_radar_actions_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_insights_radar_actions_by FOREIGN KEY (taken_by) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT ck_insights_radar_actions_action CHECK (action IN ('WELCOME', 'GROUP', 'MENTOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
