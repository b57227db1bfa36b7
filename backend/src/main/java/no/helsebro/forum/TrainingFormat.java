package no.helsebro.forum;

/** What form a training resource takes. */
enum TrainingFormat {
  CHECKLIST,
  VIDEO,
  ELEARNING,
  GUIDE,
  SLIDES
}
