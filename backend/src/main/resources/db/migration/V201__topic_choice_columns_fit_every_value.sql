-- The kind-specific choice columns were 12 characters wide, too narrow for UNDER_3_MONTHS (14):
-- an implementation story lasting under three months could never be posted (issue 8, item 1).
-- 32 leaves room for new values; TopicChoicesTest posts every value of every choice field.
ALTER TABLE forum_topics
  MODIFY org_size         VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NULL,
  MODIFY duration         VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NULL,
  MODIFY training_format  VARCHAR(32) CHARACTER SET ascii COLLATE ascii_bin NULL;
