-- Accounts: what a member signs in with, the tokens we mail and the sessions we keep.
-- Secrets are stored only as hashes (passwords: Argon2id; tokens: SHA-256), so nobody who can
-- read the database, coordinators included, can read a password or use a token. Times are UTC.

-- Suspension is part of a member's state, which every module reads.
ALTER TABLE members
  ADD COLUMN suspended_until   DATETIME(6)  NULL AFTER coordinator,
  ADD COLUMN suspension_reason VARCHAR(500) NULL AFTER suspended_until,
  ADD COLUMN approved_at       DATETIME(6)  NULL AFTER suspension_reason;

CREATE TABLE account_credentials (
  member_id           BIGINT       NOT NULL,
  password_hash       VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NULL,
  password_changed_at DATETIME(6)  NULL,
  email_confirmed_at  DATETIME(6)  NULL,
  -- Access tokens carry this number; raising it refuses all earlier ones ("sign out everywhere",
  -- password reset).
  token_version       INT          NOT NULL DEFAULT 0,
  totp_secret         VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NULL,
  totp_enabled_at     DATETIME(6)  NULL,
  -- The last 30-second step whose code was accepted: a code is never accepted twice.
  totp_last_step      BIGINT       NULL,
  PRIMARY KEY (member_id),
  CONSTRAINT fk_account_credentials_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Single-use links sent by e-mail: confirm the address, reset the password.
CREATE TABLE account_mail_tokens (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  member_id   BIGINT      NOT NULL,
  purpose     VARCHAR(20) NOT NULL,
  token_hash  CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  expires_at  DATETIME(6) NOT NULL,
  used_at     DATETIME(6) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_account_mail_tokens_hash (token_hash),
  KEY ix_account_mail_tokens_member (member_id, purpose),
  CONSTRAINT fk_account_mail_tokens_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT ck_account_mail_tokens_purpose CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Refresh tokens. One sign-in starts a family; each refresh uses one token and issues its
-- successor in the same family. Presenting a used token again revokes the whole family.
CREATE TABLE refresh_tokens (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  member_id    BIGINT       NOT NULL,
  family_id    CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  token_hash   CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  expires_at   DATETIME(6)  NOT NULL,
  used_at      DATETIME(6)  NULL,
  revoked_at   DATETIME(6)  NULL,
  user_agent   VARCHAR(200) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_refresh_tokens_hash (token_hash),
  KEY ix_refresh_tokens_family (family_id),
  KEY ix_refresh_tokens_member (member_id, revoked_at),
  CONSTRAINT fk_refresh_tokens_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
