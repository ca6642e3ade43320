import { describe, expect, it } from 'vitest';
import { compareAppVersions } from '../../../../shared/exchange/versions';

describe('compareAppVersions', () => {
  it('orders versions part by part, numerically', () => {
    expect(compareAppVersions('0.1.0', '0.1.0')).toBe(0);
    expect(compareAppVersions('0.2.0', '0.1.9')).toBe(1);
    expect(compareAppVersions('1.2.10', '1.2.9')).toBe(1);
    expect(compareAppVersions('1.0', '1.0.1')).toBe(-1);
    expect(compareAppVersions('garbage', '0.0.1')).toBe(-1);
  });
});
