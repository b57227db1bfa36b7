-- When a member was last told by e-mail that their account was locked against sign-ins from other
-- devices ('password') or their second factor against wrong codes ('second-factor'): at most one
-- such mail per kind a day, however often an attacker renews the lock (ADR 0107).
CREATE TABLE account_alerts (
  member_id  BIGINT      NOT NULL,
  kind       VARCHAR(20) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  sent_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (member_id, kind),
  CONSTRAINT fk_account_alerts_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
