/** Theme choice and the theme in effect (pure; the state lives in state/theme.svelte.ts). */
export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'crosscheck.theme';
const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export function parseChoice(value: unknown): ThemeChoice {
  return CHOICES.includes(value as ThemeChoice) ? (value as ThemeChoice) : 'system';
}

export function effectiveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

