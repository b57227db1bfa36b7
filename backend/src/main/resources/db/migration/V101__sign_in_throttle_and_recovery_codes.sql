-- Failed sign-ins per account (e-mail as typed, whether or not it exists) and per client address,
-- keyed by a SHA-256 of "account:<email>" or "ip:<address>" so the table holds no addresses.
CREATE TABLE sign_in_failures (
  key_hash        CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  failures        INT         NOT NULL,
  last_failure_at DATETIME(6) NOT NULL,
  PRIMARY KEY (key_hash),
  KEY ix_sign_in_failures_last (last_failure_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- One-time recovery codes for the second factor, stored as SHA-256 hashes.
CREATE TABLE account_recovery_codes (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  member_id  BIGINT      NOT NULL,
  code_hash  CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  used_at    DATETIME(6) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_account_recovery_codes (member_id, code_hash),
  CONSTRAINT fk_account_recovery_codes_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
