/**
 * Cases state: the list of cases, the one the workbench shows, and the stories the app proposes as cases.
 *
 * Stable API for the other parts of the renderer (reader layouts, search filters, board, reports):
 * - `cases.items`       every case, by name;
 * - `cases.currentId`   the case shown, or null for "All articles" (the whole library);
 * - `cases.current`     that case, or null;
 * - `cases.articleIds`  the current case's article ids as a Set, or null for "All articles";
 * - `cases.inScope(id)` whether an article belongs to what is shown.
 * The analysis cache key of a scope is `cases.currentId ?? ALL_ARTICLES_KEY` (lib/analysis/fingerprint.ts).
 */
import type { Case } from '../../../core/model/index.js';
import { UNSORTED_CASE_NAME } from '../../../core/model/index.js';
import {
  addToCase, createCase, deleteCase, dismissedKeys, dismissSuggestions, listCases, loadSuggestions, removeFromCase,
  saveSuggestions, updateCase, type CaseSuggestion,
} from '../lib/db/cases.js';
import { announceChange } from '../lib/db/changes.js';
import { db } from '../lib/db/instance.js';
import { pickSuggestions } from '../lib/cases/suggestions.js';
import { ANALYSIS_CHANNEL, type FromAnalysisWorker } from '../lib/analysis/protocol.js';
import { analysisWorker } from '../lib/analysis/worker-client.js';

const CURRENT_KEY = 'currentCase';

class CasesState {
  items = $state.raw<Case[]>([]);
  loaded = $state(false);
  currentId = $state<string | null>(null);
  current = $derived(this.items.find((c) => c.id === this.currentId) ?? null);
  articleIds = $derived(this.current ? new Set(this.current.articleIds) : null);

  /** Stories proposed as cases, until accepted or dismissed (kept across reloads). */
  suggestions = $state.raw<CaseSuggestion[]>([]);
  /** True while the worker sorts the library into stories. */
  suggesting = $state(false);
  /**
   * Whether the suggestions panel is shown: only when the checker asks (the switcher, or the import report's count),
   * never by an answer arriving on its own, which would move the library under the pointer (decision 0078).
   */
  panelOpen = $state(false);
  /**
   * Names the checker typed for suggested cases, by suggestion key. Kept here, not in the panel, so closing the panel
   * (Escape, ✕, an import starting) loses no name being typed; the page's lifetime, not stored.
   */
  draftNames = $state<Record<string, string>>({});
  /**
   * Cases made from suggestions since the last story search (an import starts one): the panel names them, each opening
   * its case, and the import line counts them once nothing is pending (decision 0099). Closing the panel keeps them.
   */
  accepted = $state.raw<{ key: string; caseId: string; name: string }[]>([]);
  /** Those of `accepted` whose case still exists (one may have been deleted since): what the panel and line show. */
  made = $derived(this.accepted.filter((a) => this.items.some((c) => c.id === a.caseId)));
  /** The checker cleared the "cases made" line while stories were pending; the next case made shows it again. */
  madeHidden = $state(false);
  error = $state<string | null>(null);

  #suggestSeq = 0;
  #touched: string[] | undefined;
  #unsubscribe: (() => void) | null = null;

  inScope(articleId: string): boolean {
    return this.articleIds === null || this.articleIds.has(articleId);
  }

  async load(): Promise<void> {
    try {
      this.items = await listCases(db);
      if (!this.loaded) {
        const saved = (await db.settings.get(CURRENT_KEY))?.value;
        this.currentId = typeof saved === 'string' && this.items.some((c) => c.id === saved) ? saved : null;
        this.suggestions = await loadSuggestions(db);
      } else if (this.currentId && !this.items.some((c) => c.id === this.currentId)) {
        this.currentId = null; // deleted in another tab
      }
    } catch (err) {
      this.error = `Could not read the cases: ${describe(err)}`;
    }
    this.loaded = true;
  }

  async select(id: string | null): Promise<void> {
    this.currentId = id;
    await db.settings.put({ key: CURRENT_KEY, value: id });
  }

  async create(name: string, articleIds: string[] = [], description = ''): Promise<Case> {
    const c = await createCase(db, name.trim() || 'Untitled case', articleIds, description.trim());
    await this.#changed();
    return c;
  }

  async update(id: string, changes: { name?: string; description?: string }): Promise<void> {
    const clean = {
      ...(changes.name !== undefined ? { name: changes.name.trim() || 'Untitled case' } : {}),
      ...(changes.description !== undefined ? { description: changes.description.trim() } : {}),
    };
    await updateCase(db, id, clean);
    await this.#changed();
  }

  async remove(id: string): Promise<void> {
    await deleteCase(db, id);
    if (this.currentId === id) await this.select(null);
    await this.#changed();
  }

  async addArticles(caseId: string, articleIds: string[]): Promise<void> {
    if (!articleIds.length) return;
    await addToCase(db, caseId, articleIds);
    await this.#changed();
  }

  async removeArticles(caseId: string, articleIds: string[]): Promise<void> {
    if (!articleIds.length) return;
    await removeFromCase(db, caseId, articleIds);
    await this.#changed();
  }

  /**
   * Ask the worker which stories the library holds. `touched`: the articles just imported; only stories that hold
   * one of them are proposed (besides those already waiting). Omitted: every story not yet a case.
   */
  suggest(touched?: string[]): void {
    this.#unsubscribe ??= analysisWorker.listen((msg) => void this.#receive(msg), (message) => {
      this.suggesting = false;
      this.error = message;
    });
    this.#touched = touched;
    this.suggesting = true;
    // A new search: what was made from the last one is no longer news.
    this.accepted = [];
    this.madeHidden = false;
    // The "Unsorted" case of an old library is a holding pen, not a story: its articles are free to be sorted.
    const existing = this.items.filter((c) => c.name !== UNSORTED_CASE_NAME).map((c) => ({ id: c.id, articleIds: c.articleIds }));
    if (!analysisWorker.post({ channel: ANALYSIS_CHANNEL, type: 'suggest', seq: ++this.#suggestSeq, existing })) this.suggesting = false;
  }

  async #receive(msg: FromAnalysisWorker): Promise<void> {
    if (msg.seq !== this.#suggestSeq) return;
    if (msg.type === 'error' && msg.request === 'suggest') {
      this.suggesting = false;
      this.error = `Could not suggest cases: ${msg.message}`;
      return;
    }
    if (msg.type !== 'stories') return;
    const picked = pickSuggestions(msg.stories, this.suggestions, await dismissedKeys(db), this.#touched);
    this.suggesting = false;
    this.suggestions = picked;
    // Asked for, the panel opens to say what it found, even nothing. After an import the report line counts the
    // stories and opens the panel on request (decision 0078).
    if (!this.#touched) this.openPanel();
    await saveSuggestions(db, picked);
  }

  /** Make the suggestion a case (or add its new articles to the case it extends), under `name`. */
  async accept(s: CaseSuggestion, name: string): Promise<void> {
    let caseId = s.caseId;
    let shown = name;
    if (caseId && this.items.some((c) => c.id === caseId)) {
      await addToCase(db, caseId, s.newArticleIds);
      shown = this.items.find((c) => c.id === caseId)!.name;
    } else {
      const description = s.names.length ? `Articles that share ${s.names.slice(0, 4).join(', ')}.` : '';
      caseId = (await createCase(db, name.trim() || s.label, s.articleIds, description)).id;
    }
    this.accepted = [...this.accepted, { key: s.key, caseId, name: shown.trim() || s.label }];
    this.madeHidden = false;
    await this.#drop([s.key]);
    await this.#changed();
  }

  async dismiss(keys: string[]): Promise<void> {
    await dismissSuggestions(db, keys);
    await this.#drop(keys);
  }

  /**
   * Close the panel: pending suggestions stay for later (the switcher offers them again), and so do the cases made
   * (the import line counts them and opens the panel on them again).
   */
  closePanel(): void {
    this.panelOpen = false;
  }

  /** The checker has seen the "cases made" line: it goes, pending suggestions and the import line's count stay. */
  clearAccepted(): void {
    this.madeHidden = true;
  }

  /** Asked for from the import line's count or the switcher: the panel opens over the library (decision 0089). */
  openPanel(): void {
    this.panelOpen = true;
  }

  async #drop(keys: string[]): Promise<void> {
    this.suggestions = this.suggestions.filter((x) => !keys.includes(x.key));
    await saveSuggestions(db, this.suggestions);
  }

  async #changed(): Promise<void> {
    this.items = await listCases(db);
    announceChange();
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export const cases = new CasesState();
