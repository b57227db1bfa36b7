import { describe, expect, it } from 'vitest';
import { factors } from '../../api/types';
import { weightsSchema } from './weights-form';

const all = (value: string) => Object.fromEntries(factors.map((f) => [f, value]));

describe('weightsSchema', () => {
  it('takes whole numbers from 0 to the maximum', () => {
    expect(weightsSchema(10).safeParse(all('0')).success).toBe(true);
    expect(weightsSchema(10).safeParse(all('10')).success).toBe(true);
  });

  it('refuses empty, negative, fractional and too large weights, naming the factor', () => {
    for (const bad of ['', '-1', '2.5', '11', 'x']) {
      const result = weightsSchema(10).safeParse({ ...all('1'), LOAD: bad });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path[0])).toEqual(['LOAD']);
    }
  });
});
