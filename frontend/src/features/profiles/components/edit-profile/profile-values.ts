import type { Path } from 'react-hook-form';
import type { MemberProfile, ProfileInput } from '../../api/profiles';

/** The profile form's fields as the inputs hold them (ids as strings, '' for none). */
export interface FormValues {
  displayName: string;
  title: string;
  organisation: string;
  backgroundId: string;
  workplaceTypeId: string;
  regionId: string;
  countyId: string;
  systemsUsed: string[];
  systemsKnown: string[];
  expertise: string[];
  languages: string[];
  bio: string;
  shiftPattern: string;
}

export function toForm(p: MemberProfile): FormValues {
  const ids = (terms: { id: number }[]) => terms.map((t) => String(t.id));
  return {
    displayName: p.displayName,
    title: p.title ?? '',
    organisation: p.organisation ?? '',
    backgroundId: p.background ? String(p.background.id) : '',
    workplaceTypeId: p.workplaceType ? String(p.workplaceType.id) : '',
    regionId: p.region ? String(p.region.id) : '',
    countyId: p.county ? String(p.county.id) : '',
    systemsUsed: ids(p.systemsUsed),
    systemsKnown: ids(p.systemsKnown),
    expertise: ids(p.expertise),
    languages: ids(p.languages),
    bio: p.bio ?? '',
    shiftPattern: p.shiftPattern ?? '',
  };
}

export function toInput(v: FormValues): ProfileInput {
  const id = (s: string) => (s ? Number(s) : null);
  return {
    displayName: v.displayName,
    title: v.title || null,
    organisation: v.organisation || null,
    backgroundId: id(v.backgroundId),
    workplaceTypeId: id(v.workplaceTypeId),
    regionId: id(v.regionId),
    countyId: id(v.countyId),
    systemsUsed: v.systemsUsed.map(Number),
    systemsKnown: v.systemsKnown.map(Number),
    expertise: v.expertise.map(Number),
    languages: v.languages.map(Number),
    bio: v.bio || null,
    shiftPattern: (v.shiftPattern || null) as ProfileInput['shiftPattern'],
  };
}

/** The fields a server field error may name (list fields also, with an index after them). */
export const fieldNames: Path<FormValues>[] = [
  'displayName',
  'title',
  'organisation',
  'backgroundId',
  'workplaceTypeId',
  'regionId',
  'countyId',
  'bio',
  'shiftPattern',
];

export const listFields = ['systemsUsed', 'systemsKnown', 'expertise', 'languages'] as const;

/** The form field a server field error names: `languages[2]` is the languages list. */
export function formFieldOf(field: string): Path<FormValues> | null {
  const base = field.replace(/\[\d+\]$/, '') as Path<FormValues>;
  return fieldNames.includes(base) || (listFields as readonly string[]).includes(base)
    ? base
    : null;
}
