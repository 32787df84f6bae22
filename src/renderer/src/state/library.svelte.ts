/** Library state: the article list (summaries), sort order, and the article open in the reader. */
import type { Article } from '../../../core/model/index.js';
import { deleteArticle, getArticle, listArticles, type ArticleSummary } from '../lib/db/articles.js';
import { db } from '../lib/db/instance.js';
import { announceChange } from '../lib/db/changes.js';
import { sortAppended, sortArticles, type SortDir, type SortKey } from '../lib/format/sort.js';
import { checkAll, checkRange, EMPTY_SELECTION, keepShown, toggleOne, type Selection } from '../lib/format/selection.js';

/**
 * Longest an imported article waits before it appears in the list. Each flush re-renders and repaints the list; at
 * 200 ms that was five renders a second for the whole import, on the thread that also stores (decision 0047).
 */
const FLUSH_MS = 1000;

class LibraryState {
  /** Raw: the list is replaced wholesale, never mutated in place, so deep proxies would only cost. */
  items = $state.raw<ArticleSummary[]>([]);
  loaded = $state(false);
  sortKey = $state<SortKey>('title');
  sortDir = $state<SortDir>('ascending');
  selectedId = $state<string | null>(null);
  current = $state.raw<Article | null>(null);
  /** Mention to highlight and scroll to in the reader (set when a value is opened from the Statistics view). */
  focusMention = $state<string | null>(null);
  /** Character range of the open article to scroll to and mark (a search hit, a note, a piece of evidence). */
  focusRange = $state<{ start: number; end: number } | null>(null);
  error = $state<string | null>(null);
  /** Rows ticked for a group action (make a case, add to or remove from one); separate from the open article. */
  selection = $state.raw<Selection>(EMPTY_SELECTION);

  sorted = $derived(this.#sort(this.items, this.sortKey, this.sortDir));

  /** The last sort: an import only appends rows, so the next sort merges the new ones in (sortAppended). */
  #lastSort: { items: readonly ArticleSummary[]; key: SortKey; dir: SortDir; sorted: ArticleSummary[] } | null = null;

  #sort(items: readonly ArticleSummary[], key: SortKey, dir: SortDir): ArticleSummary[] {
    const last = this.#lastSort;
    const appended = last !== null && last.key === key && last.dir === dir && items.length >= last.items.length && last.items.every((a, i) => items[i] === a);
    const sorted = appended ? sortAppended(last.sorted, items, key, dir) : sortArticles(items, key, dir);
    this.#lastSort = { items, key, dir, sorted };
    return sorted;
  }

  async load(): Promise<void> {
    try {
      this.items = await listArticles(db);
    } catch (err) {
      this.error = `Could not open the library database: ${err instanceof Error ? err.message : String(err)}`;
    }
    this.loaded = true;
  }

  /** Clicking the active column flips direction; a new column starts ascending (words/date: descending). */
  sortBy(key: SortKey): void {
    if (this.sortKey === key) {
      this.sortDir = this.sortDir === 'ascending' ? 'descending' : 'ascending';
    } else {
      this.sortKey = key;
      this.sortDir = key === 'words' || key === 'published' ? 'descending' : 'ascending';
    }
  }

  #pending: ArticleSummary[] = [];
  #flushTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * An import streams articles one by one; the list (and its sorted, rendered table) is updated in batches, at most
   * every FLUSH_MS, so storing the 1,000th article does not re-sort and re-render a 999-row table for it alone.
   */
  added(summary: ArticleSummary): void {
    this.#pending.push(summary);
    this.#flushTimer ??= setTimeout(() => this.flushAdded(), FLUSH_MS);
  }

  /** Show every article added so far (the importer calls this when it finishes). */
  flushAdded(): void {
    if (this.#flushTimer) clearTimeout(this.#flushTimer);
    this.#flushTimer = null;
    if (!this.#pending.length) return;
    // A reload from the database (another tab's change) may already list some of them.
    const listed = new Set(this.items.map((a) => a.id));
    this.items = [...this.items, ...this.#pending.filter((a) => !listed.has(a.id))];
    this.#pending = [];
    announceChange();
  }

  /** Another tab imported or deleted: reload the list, and close the reader if its article is gone. */
  async refresh(): Promise<void> {
    await this.load();
    if (this.selectedId && !this.items.some((a) => a.id === this.selectedId)) await this.select(null);
  }

  /** Open an article with one mention highlighted and scrolled into view. */
  async openMention(articleId: string, mentionId: string): Promise<void> {
    await this.select(articleId);
    if (this.selectedId === articleId) this.focusMention = mentionId;
  }

  /** Open an article scrolled to a character range of its text (search results, notes, evidence). */
  async openAt(articleId: string, start: number, end: number): Promise<void> {
    await this.select(articleId);
    if (this.selectedId === articleId) this.focusRange = { start, end };
  }

  /** `mode`: toggle one row, check a range from the anchor (Shift), all shown rows, or none. */
  check(mode: 'toggle' | 'range' | 'all' | 'none', order: readonly string[], id?: string): void {
    if (mode === 'none') this.selection = EMPTY_SELECTION;
    else if (mode === 'all') this.selection = checkAll(order);
    else if (id !== undefined) this.selection = mode === 'toggle' ? toggleOne(this.selection, id) : checkRange(this.selection, order, id);
  }

  /** Forget ticks on rows no longer shown (deleted, or outside the case now shown). */
  keepChecked(order: readonly string[]): void {
    const kept = keepShown(this.selection, order);
    if (kept !== this.selection) this.selection = kept;
  }

  async select(id: string | null): Promise<void> {
    this.selectedId = id;
    this.focusMention = null;
    this.focusRange = null;
    if (id === null) {
      this.current = null;
      return;
    }
    const article = await getArticle(db, id);
    // Ignore a late answer if the user has moved on meanwhile.
    if (this.selectedId === id) this.current = article ?? null;
  }

  async remove(id: string): Promise<void> {
    const index = this.sorted.findIndex((a) => a.id === id);
    await deleteArticle(db, id);
    this.items = this.items.filter((a) => a.id !== id);
    announceChange();
    if (this.selectedId === id) {
      const next = this.sorted[Math.min(index, this.sorted.length - 1)];
      await this.select(next ? next.id : null);
    }
  }
}

export const library = new LibraryState();
