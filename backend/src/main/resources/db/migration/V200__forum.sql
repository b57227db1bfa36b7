-- The forum: categories, topics of four kinds, posts (the opening post is number 1), revisions,
-- tags, recognition, reading state, follows, bookmarks, drafts and idempotency keys.
-- Designed for the hot reads (docs/adr/0201): counters on topics are kept at write time, list
-- sorts have covering indexes that start with the filter columns, Markdown is rendered once when
-- written (body_html), and unread state is one row per (member, topic).

CREATE TABLE forum_categories (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  slug            VARCHAR(80)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  name_nb         VARCHAR(120)  NOT NULL,
  name_en         VARCHAR(120)  NOT NULL,
  description_nb  VARCHAR(500)  NOT NULL DEFAULT '',
  description_en  VARCHAR(500)  NOT NULL DEFAULT '',
  sort_order      INT           NOT NULL DEFAULT 0,
  archived        BOOLEAN       NOT NULL DEFAULT FALSE,
  topic_count     INT           NOT NULL DEFAULT 0,
  created_at      DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  UNIQUE KEY uk_forum_categories_slug (slug),
  KEY ix_forum_categories_order (archived, sort_order)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE forum_topics (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  category_id         BIGINT        NOT NULL,
  kind                VARCHAR(12)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  title               VARCHAR(200)  NOT NULL,
  author_id           BIGINT        NULL,
  created_at          DATETIME(6)   NOT NULL,
  last_activity_at    DATETIME(6)   NOT NULL,
  last_poster_id      BIGINT        NULL,
  -- Posts are numbered 1..last_post_number without gaps (deleted posts stay as placeholders),
  -- so page n of a thread is a range of post numbers.
  last_post_number    INT           NOT NULL DEFAULT 1,
  reply_count         INT           NOT NULL DEFAULT 0,
  helpful_count       INT           NOT NULL DEFAULT 0,
  thanks_count        INT           NOT NULL DEFAULT 0,
  used_count          INT           NOT NULL DEFAULT 0,
  -- Listed in topic lists: not hidden, not deleted, not merged away.
  visible             BOOLEAN       NOT NULL DEFAULT TRUE,
  solved              BOOLEAN       NOT NULL DEFAULT FALSE,
  accepted_post_id    BIGINT        NULL,
  pinned              BOOLEAN       NOT NULL DEFAULT FALSE,
  locked              BOOLEAN       NOT NULL DEFAULT FALSE,
  closed_reason       VARCHAR(500)  NULL,
  closed_at           DATETIME(6)   NULL,
  merged_into_id      BIGINT        NULL,
  workplace_type_id   BIGINT        NULL,
  org_size            VARCHAR(12)   CHARACTER SET ascii COLLATE ascii_bin NULL,
  duration            VARCHAR(12)   CHARACTER SET ascii COLLATE ascii_bin NULL,
  training_format     VARCHAR(12)   CHARACTER SET ascii COLLATE ascii_bin NULL,
  link_url            VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  -- Category lists per sort (pinned first). Each starts with the filter columns and ends with the
  -- sort columns, so a page is a short index range scan (read backwards for DESC sorts).
  KEY ix_topics_cat_activity (category_id, visible, pinned, last_activity_at),
  KEY ix_topics_cat_newest (category_id, visible, pinned, id),
  KEY ix_topics_cat_helpful (category_id, visible, pinned, helpful_count, last_activity_at),
  KEY ix_topics_cat_unanswered (category_id, visible, pinned, reply_count DESC, id),
  -- The "latest" list over all categories, and the kind pages (/questions, /stories, /training).
  KEY ix_topics_activity (visible, last_activity_at),
  KEY ix_topics_helpful (visible, helpful_count, last_activity_at),
  KEY ix_topics_unanswered (visible, reply_count DESC, id),
  KEY ix_topics_kind_activity (visible, kind, last_activity_at),
  KEY ix_topics_kind_newest (visible, kind, id),
  KEY ix_topics_kind_unanswered (visible, kind, reply_count DESC, id),
  KEY ix_topics_author (author_id, created_at),
  KEY ix_topics_workplace (workplace_type_id),
  CONSTRAINT fk_topics_category FOREIGN KEY (category_id) REFERENCES forum_categories (id),
  CONSTRAINT fk_topics_author FOREIGN KEY (author_id) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT fk_topics_last_poster FOREIGN KEY (last_poster_id) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT fk_topics_merged_into FOREIGN KEY (merged_into_id) REFERENCES forum_topics (id),
  CONSTRAINT fk_topics_workplace FOREIGN KEY (workplace_type_id) REFERENCES taxonomy_terms (id),
  CONSTRAINT ck_topics_kind CHECK (kind IN ('QUESTION', 'DISCUSSION', 'STORY', 'TRAINING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE forum_posts (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  topic_id          BIGINT        NOT NULL,
  post_number       INT           NOT NULL,
  author_id         BIGINT        NULL,
  body_md           MEDIUMTEXT    NOT NULL,
  body_html         MEDIUMTEXT    NOT NULL,
  -- Structured sections of an implementation story's opening post: {"context": "...", ...}
  fields_md         MEDIUMTEXT    NULL,
  fields_html       MEDIUMTEXT    NULL,
  reply_to_post_id  BIGINT        NULL,
  created_at        DATETIME(6)   NOT NULL,
  edited_at         DATETIME(6)   NULL,
  edited_by         BIGINT        NULL,
  version           INT           NOT NULL DEFAULT 1,
  deleted           BOOLEAN       NOT NULL DEFAULT FALSE,
  hidden            BOOLEAN       NOT NULL DEFAULT FALSE,
  hidden_reason     VARCHAR(500)  NULL,
  helpful_count     INT           NOT NULL DEFAULT 0,
  thanks_count      INT           NOT NULL DEFAULT 0,
  link_count        INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_posts_topic_number (topic_id, post_number),
  KEY ix_posts_author_created (author_id, created_at),
  KEY ix_posts_reply_to (reply_to_post_id),
  KEY ix_posts_edited_by (edited_by),
  CONSTRAINT fk_posts_topic FOREIGN KEY (topic_id) REFERENCES forum_topics (id),
  CONSTRAINT fk_posts_author FOREIGN KEY (author_id) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT fk_posts_edited_by FOREIGN KEY (edited_by) REFERENCES members (id) ON DELETE SET NULL,
  CONSTRAINT fk_posts_reply_to FOREIGN KEY (reply_to_post_id) REFERENCES forum_posts (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

ALTER TABLE forum_topics
  ADD CONSTRAINT fk_topics_accepted_post FOREIGN KEY (accepted_post_id) REFERENCES forum_posts (id) ON DELETE SET NULL;

-- Earlier versions of a post; the current text lives in forum_posts. Revision n is version n.
CREATE TABLE forum_post_revisions (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  post_id     BIGINT        NOT NULL,
  version     INT           NOT NULL,
  title       VARCHAR(200)  NULL,
  body_md     MEDIUMTEXT    NOT NULL,
  fields_md   MEDIUMTEXT    NULL,
  editor_id   BIGINT        NULL,
  created_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_revisions_post_version (post_id, version),
  KEY ix_revisions_editor (editor_id),
  CONSTRAINT fk_revisions_post FOREIGN KEY (post_id) REFERENCES forum_posts (id),
  CONSTRAINT fk_revisions_editor FOREIGN KEY (editor_id) REFERENCES members (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Systems of any topic (a question about DIPS Arena, a story about Gerica, a training resource).
CREATE TABLE forum_topic_systems (
  topic_id  BIGINT NOT NULL,
  term_id   BIGINT NOT NULL,
  PRIMARY KEY (topic_id, term_id),
  KEY ix_topic_systems_term (term_id, topic_id),
  CONSTRAINT fk_topic_systems_topic FOREIGN KEY (topic_id) REFERENCES forum_topics (id),
  CONSTRAINT fk_topic_systems_term FOREIGN KEY (term_id) REFERENCES taxonomy_terms (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Audience groups of a training resource.
CREATE TABLE forum_topic_audiences (
  topic_id  BIGINT NOT NULL,
  term_id   BIGINT NOT NULL,
  PRIMARY KEY (topic_id, term_id),
  KEY ix_topic_audiences_term (term_id, topic_id),
  CONSTRAINT fk_topic_audiences_topic FOREIGN KEY (topic_id) REFERENCES forum_topics (id),
  CONSTRAINT fk_topic_audiences_term FOREIGN KEY (term_id) REFERENCES taxonomy_terms (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE forum_tags (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  name         VARCHAR(40)  NOT NULL,
  topic_count  INT          NOT NULL DEFAULT 0,
  created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  -- The collation ignores case and accents: "dips" and "DIPS" are one tag.
  UNIQUE KEY uk_forum_tags_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE forum_topic_tags (
  topic_id  BIGINT NOT NULL,
  tag_id    BIGINT NOT NULL,
  PRIMARY KEY (topic_id, tag_id),
  KEY ix_topic_tags_tag (tag_id, topic_id),
  CONSTRAINT fk_topic_tags_topic FOREIGN KEY (topic_id) REFERENCES forum_topics (id),
  CONSTRAINT fk_topic_tags_tag FOREIGN KEY (tag_id) REFERENCES forum_tags (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Dated follow-ups on an implementation story ("did it stick?"), by its author.
CREATE TABLE forum_story_followups (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  topic_id    BIGINT       NOT NULL,
  author_id   BIGINT       NULL,
  body_md     MEDIUMTEXT   NOT NULL,
  body_html   MEDIUMTEXT   NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_followups_topic (topic_id, created_at),
  KEY ix_followups_author (author_id),
  CONSTRAINT fk_followups_topic FOREIGN KEY (topic_id) REFERENCES forum_topics (id),
  CONSTRAINT fk_followups_author FOREIGN KEY (author_id) REFERENCES members (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- "Helpful" (H) and "thanks" (T): one of each per member and post.
CREATE TABLE forum_reactions (
  post_id     BIGINT       NOT NULL,
  member_id   BIGINT       NOT NULL,
  kind        CHAR(1)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (post_id, member_id, kind),
  KEY ix_reactions_member (member_id),
  CONSTRAINT fk_reactions_post FOREIGN KEY (post_id) REFERENCES forum_posts (id),
  CONSTRAINT fk_reactions_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT ck_reactions_kind CHECK (kind IN ('H', 'T'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- "I used this" on a training resource.
CREATE TABLE forum_training_uses (
  topic_id    BIGINT       NOT NULL,
  member_id   BIGINT       NOT NULL,
  created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (topic_id, member_id),
  KEY ix_training_uses_member (member_id),
  CONSTRAINT fk_training_uses_topic FOREIGN KEY (topic_id) REFERENCES forum_topics (id),
  CONSTRAINT fk_training_uses_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- What a member has read: the highest post number seen per topic.
CREATE TABLE forum_reads (
  member_id              BIGINT       NOT NULL,
  topic_id               BIGINT       NOT NULL,
  last_read_post_number  INT          NOT NULL,
  updated_at             DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (member_id, topic_id),
  KEY ix_reads_topic (topic_id),
  CONSTRAINT fk_reads_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_reads_topic FOREIGN KEY (topic_id) REFERENCES forum_topics (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE forum_topic_follows (
  member_id   BIGINT       NOT NULL,
  topic_id    BIGINT       NOT NULL,
  created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (member_id, topic_id),
  KEY ix_topic_follows_topic (topic_id),
  CONSTRAINT fk_topic_follows_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_topic_follows_topic FOREIGN KEY (topic_id) REFERENCES forum_topics (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE forum_category_follows (
  member_id    BIGINT       NOT NULL,
  category_id  BIGINT       NOT NULL,
  created_at   DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (member_id, category_id),
  KEY ix_category_follows_category (category_id),
  CONSTRAINT fk_category_follows_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_category_follows_category FOREIGN KEY (category_id) REFERENCES forum_categories (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE forum_bookmarks (
  member_id   BIGINT       NOT NULL,
  topic_id    BIGINT       NOT NULL,
  created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (member_id, topic_id),
  KEY ix_bookmarks_member_created (member_id, created_at),
  KEY ix_bookmarks_topic (topic_id),
  CONSTRAINT fk_bookmarks_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_bookmarks_topic FOREIGN KEY (topic_id) REFERENCES forum_topics (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Unsent writing, saved as the member types: a new topic, a reply to a topic, an edit.
CREATE TABLE forum_drafts (
  member_id   BIGINT        NOT NULL,
  draft_key   VARCHAR(80)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  payload     MEDIUMTEXT    NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (member_id, draft_key),
  CONSTRAINT fk_drafts_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Idempotency keys of creating requests: the first request inserts the key in its transaction;
-- a repeat (or a concurrent twin, which waits on the row lock) finds it and gets the same answer.
CREATE TABLE forum_idempotency_keys (
  member_id      BIGINT        NOT NULL,
  idem_key       VARCHAR(100)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  request_hash   CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  resource_type  VARCHAR(20)   CHARACTER SET ascii COLLATE ascii_bin NULL,
  resource_id    BIGINT        NULL,
  created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (member_id, idem_key),
  KEY ix_idempotency_created (created_at),
  CONSTRAINT fk_idempotency_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Per-member totals for profiles, kept at write time.
CREATE TABLE forum_member_stats (
  member_id         BIGINT  NOT NULL,
  topic_count       INT     NOT NULL DEFAULT 0,
  reply_count       INT     NOT NULL DEFAULT 0,
  helpful_received  INT     NOT NULL DEFAULT 0,
  thanks_received   INT     NOT NULL DEFAULT 0,
  accepted_count    INT     NOT NULL DEFAULT 0,
  PRIMARY KEY (member_id),
  CONSTRAINT fk_member_stats_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- A secret per member for Atom feed URLs (feed readers cannot send a bearer token).
CREATE TABLE forum_feed_tokens (
  member_id   BIGINT       NOT NULL,
  token       CHAR(43)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (member_id),
  UNIQUE KEY uk_feed_tokens_token (token),
  CONSTRAINT fk_feed_tokens_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

INSERT INTO forum_categories (slug, name_nb, name_en, description_nb, description_en, sort_order) VALUES
  ('patient-records', 'Pasientjournal og fagsystemer', 'Patient records and clinical systems',
   'EPJ, fagsystemer, meldingsutveksling og integrasjoner.',
   'Patient records, clinical systems, messaging and integrations.', 1),
  ('welfare-technology', 'Velferdsteknologi', 'Welfare technology',
   'Trygghetsalarmer, digitalt tilsyn, medisindispensere og hjemmeoppfølging.',
   'Safety alarms, digital supervision, medicine dispensers and remote monitoring.', 2),
  ('training', 'Opplæring og introduksjon', 'Training and onboarding',
   'Opplæring av nyansatte, superbrukere og kolleger.',
   'Training new staff, super users and colleagues.', 3),
  ('infrastructure', 'Infrastruktur, utstyr og nett', 'Infrastructure, equipment and networks',
   'PC-er, nettbrett, trådløst nett, skrivere og annet utstyr.',
   'PCs, tablets, Wi-Fi, printers and other equipment.', 4),
  ('management-funding', 'Ledelse og finansiering', 'Management and funding',
   'Forankring i ledelsen, budsjett, anskaffelser og tilskudd.',
   'Management support, budgets, procurement and grants.', 5),
  ('privacy-security', 'Personvern og informasjonssikkerhet', 'Privacy and information security',
   'Tilgangsstyring, logging, Normen og personvern i praksis.',
   'Access control, logging, the Norm and privacy in practice.', 6),
  ('implementation-stories', 'Implementeringshistorier', 'Implementation stories',
   'Hvordan andre har innført systemer og endret arbeidsmåter.',
   'How others introduced systems and changed ways of working.', 7),
  ('coffee-room', 'Kaffekroken', 'Coffee room',
   'Løst og fast mellom kolleger.', 'Anything and everything between colleagues.', 8);
