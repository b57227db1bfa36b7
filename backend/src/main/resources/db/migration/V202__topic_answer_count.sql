-- "Answered" means a visible reply from someone other than the topic's starter (docs/adr/0406).
-- reply_count also counted the asker's own replies, so a question whose only reply was the
-- asker's left every unanswered list and the routing ladder (issue 8, item 2). answer_count is
-- kept by the forum's writes (forum.Answers holds the rule); the unanswered filters and the
-- "unanswered first" sort read it through the same kind of index reply_count had.
ALTER TABLE forum_topics
  ADD COLUMN answer_count INT NOT NULL DEFAULT 0 AFTER reply_count,
  DROP KEY ix_topics_cat_unanswered,
  DROP KEY ix_topics_unanswered,
  DROP KEY ix_topics_kind_unanswered,
  ADD KEY ix_topics_cat_unanswered (category_id, visible, pinned, answer_count DESC, id),
  ADD KEY ix_topics_unanswered (visible, answer_count DESC, id),
  ADD KEY ix_topics_kind_unanswered (visible, kind, answer_count DESC, id);

UPDATE forum_topics t
   SET t.answer_count = (SELECT COUNT(*) FROM forum_posts p
                          WHERE p.topic_id = t.id AND p.post_number > 1
                            AND NOT p.deleted AND NOT p.hidden
                            AND NOT (p.author_id <=> t.author_id));
