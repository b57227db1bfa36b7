-- One active mentorship per mentee unless they asked for more (docs/adr/0407, issue 8 item 5).
-- Accepting a request locks the mentee's row here first, so mentors accepting the same mentee at
-- the same moment take turns: the later one sees the earlier one's mentorship. The row is made
-- on first use (INSERT ... ON DUPLICATE KEY UPDATE), so members without one have the default.
CREATE TABLE mentee_settings (
  member_id        BIGINT      NOT NULL,
  max_mentorships  TINYINT     NOT NULL DEFAULT 1,
  updated_at       DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (member_id),
  CONSTRAINT fk_mentee_settings_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT ck_mentee_settings_max CHECK (max_mentorships BETWEEN 1 AND 3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- A mentee's other open requests close when they have all the mentors they asked for.
ALTER TABLE mentor_requests DROP CONSTRAINT ck_mentor_requests_status;
ALTER TABLE mentor_requests ADD CONSTRAINT ck_mentor_requests_status
  CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'CANCELLED',
                    'MATCHED_ELSEWHERE'));
