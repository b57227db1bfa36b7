import { afterEach, describe, expect, it } from 'vitest';
import {
  forgetKeptMember,
  keptMember,
  readKept,
  rememberKeptMember,
  writeKept,
} from './member-storage';

afterEach(() => window.localStorage.clear());

describe('member storage (ADR 0025)', () => {
  it('keeps nothing for a guest', () => {
    expect(writeKept('topics', [1])).toBe(false);
    expect(readKept('topics')).toBeNull();
    expect(window.localStorage.length).toBe(0);
  });

  it('keeps a member’s things until they sign out, and then nothing of them is left', () => {
    window.localStorage.setItem('helsebro.draft.7.reply-1', 'a draft is not offline data');
    rememberKeptMember(7);
    expect(writeKept('topics', [{ id: 1 }])).toBe(true);
    expect(readKept('topics')).toEqual([{ id: 1 }]);

    forgetKeptMember();
    expect(keptMember()).toBeNull();
    expect(readKept('topics')).toBeNull();
    expect(
      Object.keys(window.localStorage).filter((k) => k.startsWith('helsebro.offline.')),
    ).toEqual([]);
    expect(window.localStorage.getItem('helsebro.draft.7.reply-1')).not.toBeNull();
  });

  it('removes the previous member’s things when another member signs in', () => {
    rememberKeptMember(7);
    writeKept('topics', ['seven']);
    rememberKeptMember(8);
    expect(keptMember()).toBe(8);
    expect(readKept('topics')).toBeNull();
    expect(window.localStorage.getItem('helsebro.offline.7.topics')).toBeNull();
  });

  it('keeps the things when the same member is restored again', () => {
    rememberKeptMember(7);
    writeKept('topics', ['seven']);
    rememberKeptMember(7);
    expect(readKept('topics')).toEqual(['seven']);
  });
});
