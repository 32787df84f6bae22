import { describe, expect, it } from 'vitest';
import { effectiveTheme, parseChoice } from './theme.js';

describe('theme', () => {
  it('"system" follows the system setting; light and dark override it', () => {
    expect(effectiveTheme('system', true)).toBe('dark');
    expect(effectiveTheme('system', false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('dark', false)).toBe('dark');
  });
  it('a missing or unknown stored value means "system"', () => {
    expect(parseChoice(null)).toBe('system');
    expect(parseChoice('sepia')).toBe('system');
    expect(parseChoice('dark')).toBe('dark');
  });
});
