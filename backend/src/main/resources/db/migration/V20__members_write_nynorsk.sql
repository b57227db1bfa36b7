-- Nynorsk is Helsebro's third language (ADR 0016): a member's language may now be 'nn'. The
-- language picks the interface, the e-mails and the contribution report.
ALTER TABLE members
  DROP CONSTRAINT ck_members_language,
  ADD CONSTRAINT ck_members_language CHECK (language IN ('nb', 'nn', 'en'));
