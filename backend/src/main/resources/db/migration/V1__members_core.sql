-- The core of a member, shared by every module. Accounts, profiles, forum and mentoring add their
-- own tables that refer to members(id). Times are UTC.
CREATE TABLE members (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  email         VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
  display_name  VARCHAR(100) NOT NULL,
  status        VARCHAR(20)  NOT NULL,
  coordinator   BOOLEAN      NOT NULL DEFAULT FALSE,
  language      CHAR(2)      NOT NULL DEFAULT 'nb',
  created_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  updated_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  UNIQUE KEY uk_members_email (email),
  KEY ix_members_status (status),
  CONSTRAINT ck_members_status CHECK (status IN ('PENDING_EMAIL', 'PENDING_APPROVAL', 'ACTIVE', 'SUSPENDED', 'DELETED')),
  CONSTRAINT ck_members_language CHECK (language IN ('nb', 'en'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
