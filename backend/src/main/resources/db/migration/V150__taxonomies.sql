-- Shared vocabularies that coordinators edit in the UI: systems, workplace types, professional
-- backgrounds, health regions and counties, audience groups, expertise topics and languages.
-- One table for all kinds keeps one editing screen and one API. `code` is stable; names are
-- shown in the member's language. Counties have their health region as parent.
CREATE TABLE taxonomy_terms (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  kind        VARCHAR(30)  NOT NULL,
  code        VARCHAR(60)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  name_nb     VARCHAR(120) NOT NULL,
  name_en     VARCHAR(120) NOT NULL,
  parent_id   BIGINT       NULL,
  sort_order  INT          NOT NULL DEFAULT 0,
  archived    BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id),
  UNIQUE KEY uk_taxonomy_kind_code (kind, code),
  KEY ix_taxonomy_kind_order (kind, archived, sort_order),
  KEY ix_taxonomy_parent (parent_id),
  CONSTRAINT fk_taxonomy_parent FOREIGN KEY (parent_id) REFERENCES taxonomy_terms (id),
  CONSTRAINT ck_taxonomy_kind CHECK (kind IN ('SYSTEM', 'WORKPLACE_TYPE', 'BACKGROUND', 'REGION',
    'COUNTY', 'AUDIENCE', 'EXPERTISE', 'LANGUAGE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

-- Organisation e-mail domains whose members are approved at once.
CREATE TABLE email_domains (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  domain        VARCHAR(190) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  organisation  VARCHAR(200) NOT NULL,
  created_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  created_by    BIGINT       NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_email_domains_domain (domain),
  KEY ix_email_domains_created_by (created_by),
  CONSTRAINT fk_email_domains_created_by FOREIGN KEY (created_by) REFERENCES members (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_danish_ai_ci;

INSERT INTO taxonomy_terms (kind, code, name_nb, name_en, sort_order) VALUES
  ('REGION', 'helse-sor-ost', 'Helse Sør-Øst', 'South-Eastern Norway Regional Health Authority', 1),
  ('REGION', 'helse-vest', 'Helse Vest', 'Western Norway Regional Health Authority', 2),
  ('REGION', 'helse-midt-norge', 'Helse Midt-Norge', 'Central Norway Regional Health Authority', 3),
  ('REGION', 'helse-nord', 'Helse Nord', 'Northern Norway Regional Health Authority', 4);

INSERT INTO taxonomy_terms (kind, code, name_nb, name_en, parent_id, sort_order)
SELECT 'COUNTY', c.code, c.name, c.name, r.id, c.sort_order
FROM (
  SELECT 'oslo' AS code, 'Oslo' AS name, 'helse-sor-ost' AS region, 1 AS sort_order UNION ALL
  SELECT 'ostfold', 'Østfold', 'helse-sor-ost', 2 UNION ALL
  SELECT 'akershus', 'Akershus', 'helse-sor-ost', 3 UNION ALL
  SELECT 'buskerud', 'Buskerud', 'helse-sor-ost', 4 UNION ALL
  SELECT 'innlandet', 'Innlandet', 'helse-sor-ost', 5 UNION ALL
  SELECT 'vestfold', 'Vestfold', 'helse-sor-ost', 6 UNION ALL
  SELECT 'telemark', 'Telemark', 'helse-sor-ost', 7 UNION ALL
  SELECT 'agder', 'Agder', 'helse-sor-ost', 8 UNION ALL
  SELECT 'rogaland', 'Rogaland', 'helse-vest', 9 UNION ALL
  SELECT 'vestland', 'Vestland', 'helse-vest', 10 UNION ALL
  SELECT 'more-og-romsdal', 'Møre og Romsdal', 'helse-midt-norge', 11 UNION ALL
  SELECT 'trondelag', 'Trøndelag', 'helse-midt-norge', 12 UNION ALL
  SELECT 'nordland', 'Nordland', 'helse-nord', 13 UNION ALL
  SELECT 'troms', 'Troms', 'helse-nord', 14 UNION ALL
  SELECT 'finnmark', 'Finnmark', 'helse-nord', 15
) c
JOIN taxonomy_terms r ON r.kind = 'REGION' AND r.code = c.region;

INSERT INTO taxonomy_terms (kind, code, name_nb, name_en, sort_order) VALUES
  ('WORKPLACE_TYPE', 'hospital', 'Sykehus', 'Hospital', 1),
  ('WORKPLACE_TYPE', 'home-care', 'Hjemmetjeneste', 'Home care', 2),
  ('WORKPLACE_TYPE', 'nursing-home', 'Sykehjem', 'Nursing home', 3),
  ('WORKPLACE_TYPE', 'gp-office', 'Legekontor', 'GP office', 4),
  ('WORKPLACE_TYPE', 'emergency-clinic', 'Legevakt', 'Emergency clinic', 5),
  ('WORKPLACE_TYPE', 'health-station', 'Helsestasjon', 'Health station', 6),
  ('WORKPLACE_TYPE', 'mental-health', 'Psykisk helse og rus', 'Mental health and substance abuse', 7),
  ('WORKPLACE_TYPE', 'dental', 'Tannhelse', 'Dental care', 8),
  ('WORKPLACE_TYPE', 'other', 'Annet', 'Other', 99),

  ('BACKGROUND', 'nurse', 'Sykepleier', 'Nurse', 1),
  ('BACKGROUND', 'health-worker', 'Helsefagarbeider', 'Health worker', 2),
  ('BACKGROUND', 'physician', 'Lege', 'Physician', 3),
  ('BACKGROUND', 'physiotherapist', 'Fysioterapeut', 'Physiotherapist', 4),
  ('BACKGROUND', 'occupational-therapist', 'Ergoterapeut', 'Occupational therapist', 5),
  ('BACKGROUND', 'social-educator', 'Vernepleier', 'Social educator', 6),
  ('BACKGROUND', 'biomedical-lab-scientist', 'Bioingeniør', 'Biomedical laboratory scientist', 7),
  ('BACKGROUND', 'health-secretary', 'Helsesekretær', 'Health secretary', 8),
  ('BACKGROUND', 'radiographer', 'Radiograf', 'Radiographer', 9),
  ('BACKGROUND', 'ict', 'IKT uten helsefaglig bakgrunn', 'ICT without a health background', 10),
  ('BACKGROUND', 'other', 'Annet', 'Other', 99),

  ('SYSTEM', 'dips-arena', 'DIPS Arena', 'DIPS Arena', 1),
  ('SYSTEM', 'dips-classic', 'DIPS Classic', 'DIPS Classic', 2),
  ('SYSTEM', 'helseplattformen', 'Helseplattformen', 'Helseplattformen (Epic)', 3),
  ('SYSTEM', 'cosdoc', 'CosDoc', 'CosDoc', 4),
  ('SYSTEM', 'gerica', 'Gerica', 'Gerica', 5),
  ('SYSTEM', 'profil', 'Profil', 'Profil', 6),
  ('SYSTEM', 'visma-flyt', 'Visma Flyt Helse', 'Visma Flyt Helse', 7),
  ('SYSTEM', 'infodoc', 'Infodoc Plenario', 'Infodoc Plenario', 8),
  ('SYSTEM', 'system-x', 'System X', 'System X', 9),
  ('SYSTEM', 'winmed', 'WinMed3', 'WinMed3', 10),
  ('SYSTEM', 'pridok', 'Pridok', 'Pridok', 11),
  ('SYSTEM', 'cgm-allmenn', 'CGM Allmenn', 'CGM Allmenn', 12),
  ('SYSTEM', 'metavision', 'MetaVision', 'MetaVision', 13),
  ('SYSTEM', 'kjernejournal', 'Kjernejournal', 'Summary Care Record (Kjernejournal)', 14),
  ('SYSTEM', 'e-resept', 'E-resept', 'E-prescription (e-resept)', 15),
  ('SYSTEM', 'helsenorge', 'Helsenorge', 'Helsenorge', 16),
  ('SYSTEM', 'pleie-og-omsorgsmeldinger', 'PLO-meldinger', 'Care messages (PLO)', 17),
  ('SYSTEM', 'digital-tilsyn', 'Digitalt tilsyn', 'Digital night-time supervision', 18),
  ('SYSTEM', 'trygghetsalarm', 'Trygghetsalarm og responssenter', 'Safety alarms and response centre', 19),
  ('SYSTEM', 'medisindispenser', 'Medisindispenser', 'Medicine dispenser', 20),
  ('SYSTEM', 'digital-hjemmeoppfolging', 'Digital hjemmeoppfølging', 'Remote patient monitoring', 21),
  ('SYSTEM', 'velferdsteknologi-plattform', 'Velferdsteknologisk plattform', 'Welfare technology platform', 22),
  ('SYSTEM', 'imatis', 'Imatis', 'Imatis', 23),
  ('SYSTEM', 'other', 'Annet system', 'Other system', 99),

  ('AUDIENCE', 'new-graduates', 'Nyutdannede', 'New graduates', 1),
  ('AUDIENCE', 'experienced-staff', 'Erfarne ansatte', 'Experienced staff', 2),
  ('AUDIENCE', 'minority-language', 'Ansatte med annet morsmål', 'Minority-language staff', 3),
  ('AUDIENCE', 'low-digital-confidence', 'Lav digital trygghet', 'Low digital confidence', 4),
  ('AUDIENCE', 'temporary-staff', 'Vikarer og ekstravakter', 'Temporary staff', 5),
  ('AUDIENCE', 'students', 'Studenter og lærlinger', 'Students and apprentices', 6),
  ('AUDIENCE', 'managers', 'Ledere', 'Managers', 7),
  ('AUDIENCE', 'super-users', 'Superbrukere', 'Super users', 8),

  ('EXPERTISE', 'training', 'Opplæring', 'Training', 1),
  ('EXPERTISE', 'procurement', 'Anskaffelser', 'Procurement', 2),
  ('EXPERTISE', 'management-buy-in', 'Forankring i ledelsen', 'Management buy-in', 3),
  ('EXPERTISE', 'privacy', 'Personvern og informasjonssikkerhet', 'Privacy and information security', 4),
  ('EXPERTISE', 'integration', 'Integrasjon og meldingsutveksling', 'Integration and messaging', 5),
  ('EXPERTISE', 'welfare-technology', 'Velferdsteknologi', 'Welfare technology', 6),
  ('EXPERTISE', 'documentation', 'Dokumentasjonspraksis', 'Documentation practice', 7),
  ('EXPERTISE', 'infrastructure', 'Utstyr, nett og infrastruktur', 'Equipment, networks and infrastructure', 8),
  ('EXPERTISE', 'super-user-networks', 'Superbrukernettverk', 'Super-user networks', 9),
  ('EXPERTISE', 'project-management', 'Prosjektledelse', 'Project management', 10),
  ('EXPERTISE', 'system-administration', 'Systemforvaltning', 'System administration', 11),
  ('EXPERTISE', 'change-management', 'Endringsledelse', 'Change management', 12),

  ('LANGUAGE', 'nb', 'Norsk', 'Norwegian', 1),
  ('LANGUAGE', 'en', 'Engelsk', 'English', 2),
  ('LANGUAGE', 'se', 'Nordsamisk', 'Northern Sami', 3),
  ('LANGUAGE', 'sv', 'Svensk', 'Swedish', 4),
  ('LANGUAGE', 'da', 'Dansk', 'Danish', 5),
  ('LANGUAGE', 'pl', 'Polsk', 'Polish', 6),
  ('LANGUAGE', 'lt', 'Litauisk', 'Lithuanian', 7),
  ('LANGUAGE', 'so', 'Somali', 'Somali', 8),
  ('LANGUAGE', 'ar', 'Arabisk', 'Arabic', 9),
  ('LANGUAGE', 'ti', 'Tigrinja', 'Tigrinya', 10),
  ('LANGUAGE', 'uk', 'Ukrainsk', 'Ukrainian', 11),
  ('LANGUAGE', 'tl', 'Tagalog', 'Tagalog', 12),
  ('LANGUAGE', 'ur', 'Urdu', 'Urdu', 13);

INSERT INTO email_domains (domain, organisation) VALUES
  ('helse-sorost.no', 'Helse Sør-Øst RHF'),
  ('helse-vest.no', 'Helse Vest RHF'),
  ('helse-midt.no', 'Helse Midt-Norge RHF'),
  ('helse-nord.no', 'Helse Nord RHF'),
  ('ous-hf.no', 'Oslo universitetssykehus HF'),
  ('ahus.no', 'Akershus universitetssykehus HF'),
  ('sykehuset-innlandet.no', 'Sykehuset Innlandet HF'),
  ('so-hf.no', 'Sykehuset Østfold HF'),
  ('vestreviken.no', 'Vestre Viken HF'),
  ('siv.no', 'Sykehuset i Vestfold HF'),
  ('sthf.no', 'Sykehuset Telemark HF'),
  ('sshf.no', 'Sørlandet sykehus HF'),
  ('lds.no', 'Lovisenberg Diakonale Sykehus'),
  ('diakonsyk.no', 'Diakonhjemmet Sykehus'),
  ('helse-bergen.no', 'Helse Bergen HF'),
  ('helse-stavanger.no', 'Helse Stavanger HF'),
  ('helse-fonna.no', 'Helse Fonna HF'),
  ('helse-forde.no', 'Helse Førde HF'),
  ('stolav.no', 'St. Olavs hospital HF'),
  ('helse-mr.no', 'Helse Møre og Romsdal HF'),
  ('hnt.no', 'Helse Nord-Trøndelag HF'),
  ('unn.no', 'Universitetssykehuset Nord-Norge HF'),
  ('nordlandssykehuset.no', 'Nordlandssykehuset HF'),
  ('helgelandssykehuset.no', 'Helgelandssykehuset HF'),
  ('finnmarkssykehuset.no', 'Finnmarkssykehuset HF'),
  ('nhn.no', 'Norsk helsenett SF'),
  ('helsedir.no', 'Helsedirektoratet'),
  ('oslo.kommune.no', 'Oslo kommune'),
  ('bergen.kommune.no', 'Bergen kommune'),
  ('trondheim.kommune.no', 'Trondheim kommune'),
  ('stavanger.kommune.no', 'Stavanger kommune'),
  ('kristiansand.kommune.no', 'Kristiansand kommune'),
  ('tromso.kommune.no', 'Tromsø kommune'),
  ('drammen.kommune.no', 'Drammen kommune'),
  ('baerum.kommune.no', 'Bærum kommune'),
  ('bodo.kommune.no', 'Bodø kommune'),
  ('alesund.kommune.no', 'Ålesund kommune'),
  ('fredrikstad.kommune.no', 'Fredrikstad kommune'),
  ('sandnes.kommune.no', 'Sandnes kommune'),
  ('lillehammer.kommune.no', 'Lillehammer kommune');
