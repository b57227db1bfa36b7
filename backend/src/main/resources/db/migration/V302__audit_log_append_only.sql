-- The audit log is append-only (docs/adr/0301): the application only inserts, and the database
-- refuses any UPDATE or DELETE of its rows, whoever sends it. Creating these triggers needs the
-- TRIGGER privilege on the schema (GRANT ALL on the database gives it); with binary logging off,
-- as on our servers, no SUPER is needed.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only';
