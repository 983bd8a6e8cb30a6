import { describe, expect, it } from 'vitest';
import { isExternalHref } from '../../src/lib/external-links.ts';

describe('isExternalHref', () => {
  it('is true for links that leave the site and false for links within it', () => {
    expect(isExternalHref('https://www.state.gov/')).toBe(true);
    expect(isExternalHref('HTTP://example.org')).toBe(true);
    expect(isExternalHref('//example.org/x')).toBe(true);
    expect(isExternalHref('/terms/cecot/')).toBe(false);
    expect(isExternalHref('#sources')).toBe(false);
    expect(isExternalHref('mailto:someone@example.org')).toBe(false);
    expect(isExternalHref(undefined)).toBe(false);
  });
});
