/**
 * Light or dark: the user's choice ("system" by default, following prefers-color-scheme as it changes), kept in
 * localStorage so it applies before the first paint of the next start (IndexedDB would answer too late). The theme in
 * effect is written to <html data-theme>, which app.css reads.
 */
import { effectiveTheme, parseChoice, THEME_KEY, type ThemeChoice } from '../lib/theme.js';

function readStored(): ThemeChoice {
  try {
    return parseChoice(localStorage.getItem(THEME_KEY));
  } catch {
    return 'system';
  }
}

class ThemeState {
  choice = $state<ThemeChoice>('system');
  systemDark = $state(false);
  theme = $derived(effectiveTheme(this.choice, this.systemDark));
  #started = false;

  /** Read the stored choice, watch the system setting and apply the theme now (call before the first paint). */
  start(): void {
    if (this.#started || typeof window === 'undefined') return;
    this.#started = true;
    this.choice = readStored();
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    this.systemDark = query?.matches ?? false;
    query?.addEventListener('change', (e) => {
      this.systemDark = e.matches;
      this.#apply();
    });
    // Another window of the app changed it.
    window.addEventListener('storage', (e) => {
      if (e.key !== THEME_KEY) return;
      this.choice = parseChoice(e.newValue);
      this.#apply();
    });
    this.#apply();
  }

  set(choice: ThemeChoice): void {
    this.choice = choice;
    try {
      if (choice === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, choice);
    } catch {
      /* storage refused (private mode): the choice lasts for this session */
    }
    this.#apply();
  }

  #apply(): void {
    document.documentElement.dataset.theme = effectiveTheme(this.choice, this.systemDark);
  }
}

export const theme = new ThemeState();
