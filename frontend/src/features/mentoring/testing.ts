import type { MentoringOptions } from './api/types';

/** The mentoring filters' choices with none of each (tests whose pages need them to render). */
export const noMentoringOptions: MentoringOptions = {
  systems: [],
  topics: [],
  workplaceTypes: [],
  regions: [],
  backgrounds: [],
  languages: [],
};
