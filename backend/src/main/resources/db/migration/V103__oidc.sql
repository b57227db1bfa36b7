-- Sign-in through an OpenID Connect provider (HelseID, ID-porten). A started sign-in keeps its
-- state, PKCE verifier and nonce here for ten minutes; the state is single-use.
CREATE TABLE oidc_sign_ins (
  state_hash     CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  code_verifier  VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  nonce          VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  next_path      VARCHAR(500) NULL,
  created_at     DATETIME(6)  NOT NULL,
  PRIMARY KEY (state_hash),
  KEY ix_oidc_sign_ins_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- A provider's subject linked to a member (first by verified e-mail, then by subject).
CREATE TABLE oidc_identities (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  member_id   BIGINT       NOT NULL,
  issuer      VARCHAR(300) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  subject     VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  linked_at   DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_oidc_identities (issuer, subject),
  KEY ix_oidc_identities_member (member_id),
  CONSTRAINT fk_oidc_identities_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
