import { describe, expect, it } from 'vitest';
import { groupRegions, regionOfIso2 } from '../../src/lib/regions.ts';

describe('regions', () => {
  it('names the UN sub-region of a country by its ISO code', () => {
    expect(regionOfIso2('SV')).toBe('Central America');
    expect(regionOfIso2('RW')).toBe('Eastern Africa');
    expect(regionOfIso2('PW')).toBe('Micronesia');
    expect(regionOfIso2(undefined)).toBeUndefined();
    expect(regionOfIso2('ZZ')).toBeUndefined();
  });

  it('groups sub-regions under their continent, both sorted', () => {
    expect(groupRegions(['Eastern Africa', 'Central America', 'Caribbean', 'Eastern Africa', 'Western Africa'])).toEqual([
      { continent: 'Africa', regions: ['Eastern Africa', 'Western Africa'] },
      { continent: 'Americas', regions: ['Caribbean', 'Central America'] },
    ]);
  });
});
