-- Durable mail (docs/adr/0015): a mail is a row written in the transaction that causes it and sent
-- by a worker on any node. A node leases a row (lease_owner, lease_until) with one conditional
-- UPDATE before sending it, so two nodes never send one row; message_id is fixed when the row is
-- written, so a resend after a crash carries the same Message-ID.
CREATE TABLE mail_outbox (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  message_id       VARCHAR(120)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  recipient        VARCHAR(254)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  subject          VARCHAR(300)  NOT NULL,
  body_text        MEDIUMTEXT    NOT NULL,
  body_html        MEDIUMTEXT    NULL,
  language         CHAR(2)       CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  -- Extra headers, one "Name: value" per line (List-Unsubscribe, List-Unsubscribe-Post).
  headers          TEXT          NULL,
  status           VARCHAR(8)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT 'PENDING',
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(6)   NOT NULL,
  lease_owner      VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NULL,
  lease_until      DATETIME(6)   NULL,
  last_error       VARCHAR(500)  NULL,
  created_at       DATETIME(6)   NOT NULL,
  sent_at          DATETIME(6)   NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_mail_outbox_message_id (message_id),
  KEY ix_mail_outbox_due (status, next_attempt_at),
  KEY ix_mail_outbox_lease (lease_owner),
  CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
