-- Scheduled jobs run once per cluster (docs/adr/0009): ShedLock's lease row per job. A node runs a
-- job only while it holds the row's lease (lock_until in the future).
CREATE TABLE shedlock (
  name        VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  lock_until  TIMESTAMP(3) NOT NULL,
  locked_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  locked_by   VARCHAR(255) NOT NULL,
  PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;
