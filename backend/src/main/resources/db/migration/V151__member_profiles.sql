-- Professional profiles. One row per member (created at registration with the organisation they
-- gave); the systems, expertise and languages a member lists are rows of member_profile_terms.
CREATE TABLE member_profiles (
  member_id          BIGINT        NOT NULL,
  title              VARCHAR(120)  NULL,
  organisation       VARCHAR(200)  NULL,
  background_id      BIGINT        NULL,
  workplace_type_id  BIGINT        NULL,
  region_id          BIGINT        NULL,
  county_id          BIGINT        NULL,
  bio                VARCHAR(2000) NULL,
  shift_pattern      VARCHAR(20)   NULL,
  updated_at         DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (member_id),
  KEY ix_member_profiles_background (background_id),
  KEY ix_member_profiles_workplace (workplace_type_id),
  KEY ix_member_profiles_region (region_id),
  KEY ix_member_profiles_county (county_id),
  CONSTRAINT fk_member_profiles_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_member_profiles_background FOREIGN KEY (background_id) REFERENCES taxonomy_terms (id),
  CONSTRAINT fk_member_profiles_workplace FOREIGN KEY (workplace_type_id) REFERENCES taxonomy_terms (id),
  CONSTRAINT fk_member_profiles_region FOREIGN KEY (region_id) REFERENCES taxonomy_terms (id),
  CONSTRAINT fk_member_profiles_county FOREIGN KEY (county_id) REFERENCES taxonomy_terms (id),
  CONSTRAINT ck_member_profiles_shift CHECK (shift_pattern IS NULL OR shift_pattern IN
    ('DAY', 'EVENING', 'NIGHT', 'ROTATING', 'OFFICE_HOURS', 'PART_TIME'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

CREATE TABLE member_profile_terms (
  member_id  BIGINT      NOT NULL,
  relation   VARCHAR(20) NOT NULL,
  term_id    BIGINT      NOT NULL,
  PRIMARY KEY (member_id, relation, term_id),
  -- The directory filters by a term: "who uses DIPS Arena".
  KEY ix_member_profile_terms_term (term_id, relation, member_id),
  CONSTRAINT fk_member_profile_terms_member FOREIGN KEY (member_id) REFERENCES members (id) ON DELETE CASCADE,
  CONSTRAINT fk_member_profile_terms_term FOREIGN KEY (term_id) REFERENCES taxonomy_terms (id),
  CONSTRAINT ck_member_profile_terms_relation CHECK (relation IN
    ('SYSTEM_USED', 'SYSTEM_KNOWN', 'EXPERTISE', 'LANGUAGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- The directory lists active members by name.
CREATE INDEX ix_members_status_name ON members (status, display_name);
