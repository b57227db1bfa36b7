-- Mentoring: mentor profiles, mentees' stated needs, matching weights, requests, mentorships with
-- their private space (messages, goals, check-ins), feedback and cohort proposals. Times are UTC.

-- A member who has opted in to mentor. active_mentees is kept in step with mentorships so that
-- "a place is free" is one conditional UPDATE (see docs/adr/0402).
CREATE TABLE mentor_profiles (
  member_id       BIGINT        NOT NULL,
  capacity        INT           NOT NULL,
  active_mentees  INT           NOT NULL DEFAULT 0,
  availability    INT           NOT NULL DEFAULT 0,
  contact_mode    VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  introduction    VARCHAR(1000) NULL,
  paused          BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at      DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at      DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (member_id),
  CONSTRAINT fk_mentor_profiles_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT ck_mentor_profiles_capacity CHECK (capacity BETWEEN 1 AND 20),
  CONSTRAINT ck_mentor_profiles_active CHECK (active_mentees >= 0),
  CONSTRAINT ck_mentor_profiles_availability CHECK (availability BETWEEN 0 AND 63),
  CONSTRAINT ck_mentor_profiles_contact CHECK (contact_mode IN ('MESSAGES', 'VIDEO', 'PHONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- What a mentor knows: systems, expertise topics, workplace types, regions and languages, as
-- taxonomy terms (the kind is the term's).
CREATE TABLE mentor_terms (
  member_id  BIGINT NOT NULL,
  term_id    BIGINT NOT NULL,
  PRIMARY KEY (member_id, term_id),
  KEY ix_mentor_terms_term (term_id),
  CONSTRAINT fk_mentor_terms_mentor FOREIGN KEY (member_id) REFERENCES mentor_profiles (member_id) ON DELETE CASCADE,
  CONSTRAINT fk_mentor_terms_term FOREIGN KEY (term_id) REFERENCES taxonomy_terms (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- What a mentee is looking for. Workplace type and region default to the member's profile.
CREATE TABLE mentee_needs (
  member_id          BIGINT        NOT NULL,
  goals              VARCHAR(2000) NULL,
  workplace_type_id  BIGINT        NULL,
  region_id          BIGINT        NULL,
  language_id        BIGINT        NULL,
  availability       INT           NOT NULL DEFAULT 0,
  same_region        BOOLEAN       NOT NULL DEFAULT FALSE,
  same_background    BOOLEAN       NOT NULL DEFAULT FALSE,
  updated_at         DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (member_id),
  KEY ix_mentee_needs_workplace (workplace_type_id),
  KEY ix_mentee_needs_region (region_id),
  KEY ix_mentee_needs_language (language_id),
  KEY ix_mentee_needs_updated (updated_at),
  CONSTRAINT fk_mentee_needs_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_mentee_needs_workplace FOREIGN KEY (workplace_type_id) REFERENCES taxonomy_terms (id),
  CONSTRAINT fk_mentee_needs_region FOREIGN KEY (region_id) REFERENCES taxonomy_terms (id),
  CONSTRAINT fk_mentee_needs_language FOREIGN KEY (language_id) REFERENCES taxonomy_terms (id),
  CONSTRAINT ck_mentee_needs_availability CHECK (availability BETWEEN 0 AND 63)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Systems and topics a mentee wants help with.
CREATE TABLE mentee_need_terms (
  member_id  BIGINT NOT NULL,
  term_id    BIGINT NOT NULL,
  PRIMARY KEY (member_id, term_id),
  KEY ix_mentee_need_terms_term (term_id),
  CONSTRAINT fk_mentee_need_terms_needs FOREIGN KEY (member_id) REFERENCES mentee_needs (member_id) ON DELETE CASCADE,
  CONSTRAINT fk_mentee_need_terms_term FOREIGN KEY (term_id) REFERENCES taxonomy_terms (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- One weight per matching factor (0-10), tuned by coordinators.
CREATE TABLE matching_weights (
  factor      VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  weight      INT         NOT NULL,
  updated_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_by  BIGINT      NULL,
  PRIMARY KEY (factor),
  KEY ix_matching_weights_updated_by (updated_by),
  CONSTRAINT fk_matching_weights_updated_by FOREIGN KEY (updated_by) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT ck_matching_weights_weight CHECK (weight BETWEEN 0 AND 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

INSERT INTO matching_weights (factor, weight) VALUES
  ('SYSTEMS', 5), ('TOPICS', 3), ('WORKPLACE_TYPE', 3), ('REGION', 2),
  ('BACKGROUND', 2), ('LANGUAGE', 4), ('AVAILABILITY', 2), ('LOAD', 1);

-- Bumped in every transaction that changes what matching reads, so each instance's in-memory
-- mentor pool knows when to reload (docs/adr/0401).
CREATE TABLE mentoring_revision (
  id        TINYINT NOT NULL,
  revision  BIGINT  NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

INSERT INTO mentoring_revision (id, revision) VALUES (1, 0);

-- Cohort proposals a coordinator reviews before confirming.
CREATE TABLE cohort_proposals (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  created_by    BIGINT        NULL,
  created_at    DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  status        VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  message       VARCHAR(2000) NOT NULL,
  total_score   BIGINT        NOT NULL,
  greedy_score  BIGINT        NOT NULL,
  elapsed_ms    BIGINT        NOT NULL,
  decided_at    DATETIME(6)   NULL,
  PRIMARY KEY (id),
  KEY ix_cohort_proposals_created_by (created_by),
  KEY ix_cohort_proposals_created (created_at),
  CONSTRAINT fk_cohort_proposals_created_by FOREIGN KEY (created_by) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT ck_cohort_proposals_status CHECK (status IN ('PROPOSED', 'CONFIRMED', 'DISCARDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE cohort_assignments (
  proposal_id  BIGINT NOT NULL,
  mentee_id    BIGINT NOT NULL,
  mentor_id    BIGINT NULL,
  score        INT    NOT NULL,
  PRIMARY KEY (proposal_id, mentee_id),
  KEY ix_cohort_assignments_mentee (mentee_id),
  KEY ix_cohort_assignments_mentor (mentor_id),
  CONSTRAINT fk_cohort_assignments_proposal FOREIGN KEY (proposal_id) REFERENCES cohort_proposals (id) ON DELETE CASCADE,
  CONSTRAINT fk_cohort_assignments_mentee FOREIGN KEY (mentee_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_cohort_assignments_mentor FOREIGN KEY (mentor_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- A mentee asks one mentor. At most one open request per mentee and mentor: open_flag is 1 while
-- open and NULL after, and NULLs do not collide in a unique key.
CREATE TABLE mentor_requests (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  mentee_id      BIGINT        NOT NULL,
  mentor_id      BIGINT        NOT NULL,
  message        VARCHAR(2000) NOT NULL,
  status         VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  origin         VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  proposal_id    BIGINT        NULL,
  response_note  VARCHAR(1000) NULL,
  created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  expires_at     DATETIME(6)   NOT NULL,
  decided_at     DATETIME(6)   NULL,
  mentorship_id  BIGINT        NULL,
  open_flag      TINYINT       AS (CASE WHEN status = 'OPEN' THEN 1 ELSE NULL END) STORED,
  PRIMARY KEY (id),
  UNIQUE KEY uk_mentor_requests_open (mentee_id, mentor_id, open_flag),
  KEY ix_mentor_requests_mentor (mentor_id, status, created_at),
  KEY ix_mentor_requests_mentee (mentee_id, status, created_at),
  KEY ix_mentor_requests_expiry (status, expires_at),
  KEY ix_mentor_requests_proposal (proposal_id),
  CONSTRAINT fk_mentor_requests_mentee FOREIGN KEY (mentee_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_mentor_requests_mentor FOREIGN KEY (mentor_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_mentor_requests_proposal FOREIGN KEY (proposal_id) REFERENCES cohort_proposals (id) ON DELETE SET NULL,
  CONSTRAINT ck_mentor_requests_status CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'CANCELLED')),
  CONSTRAINT ck_mentor_requests_origin CHECK (origin IN ('MEMBER', 'COHORT')),
  CONSTRAINT ck_mentor_requests_self CHECK (mentee_id <> mentor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- An accepted request. At most one active mentorship per pair (active_flag as open_flag above).
CREATE TABLE mentorships (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  mentor_id    BIGINT       NOT NULL,
  mentee_id    BIGINT       NOT NULL,
  request_id   BIGINT       NULL,
  status       VARCHAR(20)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  started_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  ended_at     DATETIME(6)  NULL,
  ended_by     BIGINT       NULL,
  end_reason   VARCHAR(500) NULL,
  active_flag  TINYINT      AS (CASE WHEN status = 'ACTIVE' THEN 1 ELSE NULL END) STORED,
  PRIMARY KEY (id),
  UNIQUE KEY uk_mentorships_active (mentor_id, mentee_id, active_flag),
  KEY ix_mentorships_mentee (mentee_id, status),
  KEY ix_mentorships_mentor (mentor_id, status),
  KEY ix_mentorships_request (request_id),
  KEY ix_mentorships_ended_by (ended_by),
  KEY ix_mentorships_status_ended (status, ended_at),
  CONSTRAINT fk_mentorships_mentor FOREIGN KEY (mentor_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_mentorships_mentee FOREIGN KEY (mentee_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_mentorships_request FOREIGN KEY (request_id) REFERENCES mentor_requests (id) ON DELETE SET NULL,
  CONSTRAINT fk_mentorships_ended_by FOREIGN KEY (ended_by) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT ck_mentorships_status CHECK (status IN ('ACTIVE', 'ENDED')),
  CONSTRAINT ck_mentorships_self CHECK (mentee_id <> mentor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

ALTER TABLE mentor_requests
  ADD CONSTRAINT fk_mentor_requests_mentorship FOREIGN KEY (mentorship_id) REFERENCES mentorships (id) ON DELETE SET NULL;

-- The private space of a mentorship: only its two members read or write it.
CREATE TABLE mentorship_messages (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  mentorship_id  BIGINT        NOT NULL,
  author_id      BIGINT        NOT NULL,
  body           VARCHAR(4000) NOT NULL,
  client_key     CHAR(36)      CHARACTER SET ascii COLLATE ascii_bin NULL,
  created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  UNIQUE KEY uk_mentorship_messages_client_key (mentorship_id, client_key),
  KEY ix_mentorship_messages_space (mentorship_id, created_at),
  KEY ix_mentorship_messages_author (author_id),
  CONSTRAINT fk_mentorship_messages_space FOREIGN KEY (mentorship_id) REFERENCES mentorships (id) ON DELETE CASCADE,
  CONSTRAINT fk_mentorship_messages_author FOREIGN KEY (author_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE mentorship_goals (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  mentorship_id  BIGINT       NOT NULL,
  title          VARCHAR(300) NOT NULL,
  status         VARCHAR(20)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_by     BIGINT       NOT NULL,
  created_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at     DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  KEY ix_mentorship_goals_space (mentorship_id, created_at),
  KEY ix_mentorship_goals_created_by (created_by),
  CONSTRAINT fk_mentorship_goals_space FOREIGN KEY (mentorship_id) REFERENCES mentorships (id) ON DELETE CASCADE,
  CONSTRAINT fk_mentorship_goals_created_by FOREIGN KEY (created_by) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT ck_mentorship_goals_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE mentorship_check_ins (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  mentorship_id  BIGINT        NOT NULL,
  held_on        DATE          NOT NULL,
  note           VARCHAR(1000) NOT NULL,
  created_by     BIGINT        NOT NULL,
  created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  KEY ix_mentorship_check_ins_space (mentorship_id, held_on),
  KEY ix_mentorship_check_ins_created_by (created_by),
  CONSTRAINT fk_mentorship_check_ins_space FOREIGN KEY (mentorship_id) REFERENCES mentorships (id) ON DELETE CASCADE,
  CONSTRAINT fk_mentorship_check_ins_created_by FOREIGN KEY (created_by) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Feedback when a mentorship ends: one per member and mentorship. Coordinators see aggregates only.
CREATE TABLE mentorship_feedback (
  mentorship_id  BIGINT        NOT NULL,
  member_id      BIGINT        NOT NULL,
  side           VARCHAR(10)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  helped         BOOLEAN       NOT NULL,
  rating         TINYINT       NOT NULL,
  comment        VARCHAR(1000) NULL,
  created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (mentorship_id, member_id),
  KEY ix_mentorship_feedback_member (member_id),
  KEY ix_mentorship_feedback_created (created_at),
  CONSTRAINT fk_mentorship_feedback_space FOREIGN KEY (mentorship_id) REFERENCES mentorships (id) ON DELETE CASCADE,
  CONSTRAINT fk_mentorship_feedback_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT ck_mentorship_feedback_rating CHECK (rating BETWEEN 1 AND 5),
  CONSTRAINT ck_mentorship_feedback_side CHECK (side IN ('MENTOR', 'MENTEE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
