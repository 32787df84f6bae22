import { describe, expect, it } from 'vitest';
import { guessLanguage } from './words.js';

describe('guessLanguage', () => {
  it('names the language of Latin-script text from its common words', () => {
    expect(guessLanguage('The council said that the bridge would be closed for repairs and that the work is expected to last for months.')).toBe('en');
    expect(guessLanguage('Le conseil a déclaré que le pont serait fermé pour des travaux et que les travaux dureront des mois.')).toBe('fr');
  });

  it('names non-Latin scripts from their letters, even with Latin words mixed in', () => {
    expect(guessLanguage('Городской совет сообщил, что мост будет закрыт на ремонт в течение нескольких месяцев (BBC).')).toBe('ru');
    expect(guessLanguage('Το δημοτικό συμβούλιο ανακοίνωσε ότι η γέφυρα θα κλείσει για επισκευές για αρκετούς μήνες.')).toBe('el');
    expect(guessLanguage('市議会は、橋が修理のために数か月間閉鎖されると発表しました。ニュースによると、工事は長引く見込みです。')).toBe('ja');
  });

  it('returns null when there is too little text to tell', () => {
    expect(guessLanguage('12,000 — 3.4%')).toBeNull();
  });
});
