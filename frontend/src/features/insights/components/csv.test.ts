import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('separates by semicolons, quotes what needs it and starts with a byte order mark', async () => {
    const blob = toCsv(
      ['uke', 'spørsmål'],
      [
        ['2026-01-05', 3],
        ['a;b', null],
      ],
    );
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(
      'uke;spørsmål\r\n2026-01-05;3\r\n"a;b";\r\n',
    );
  });
});
