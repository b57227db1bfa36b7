import { describe, expect, it } from 'vitest';
import { formFieldOf, toInput, type FormValues } from './profile-values';

describe('profile values', () => {
  it('puts a server error on the field it names, a list item on its list', () => {
    expect(formFieldOf('bio')).toBe('bio');
    expect(formFieldOf('languages[2]')).toBe('languages');
    expect(formFieldOf('email')).toBeNull();
  });

  it('sends empty choices and texts as null and ids as numbers', () => {
    const values: FormValues = {
      displayName: 'Kari',
      title: '',
      organisation: 'OUS',
      backgroundId: '',
      workplaceTypeId: '3',
      regionId: '',
      countyId: '',
      systemsUsed: ['1', '2'],
      systemsKnown: [],
      expertise: [],
      languages: ['5'],
      bio: '',
      shiftPattern: '',
    };
    expect(toInput(values)).toMatchObject({
      title: null,
      organisation: 'OUS',
      backgroundId: null,
      workplaceTypeId: 3,
      systemsUsed: [1, 2],
      languages: [5],
      bio: null,
      shiftPattern: null,
    });
  });
});
