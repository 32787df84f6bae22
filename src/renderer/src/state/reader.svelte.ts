/**
 * The side-by-side reader: which articles are open in columns (persisted per case), the statistic selected in each,
 * linked numbers across columns, align mode, and the notes and evidence of the case.
 * The library drives it one way (App follows `library.current`); everything else happens here.
 */
import type { Annotation, Article, MentionKey, TextAnchor } from '../../../core/model/index.js';
import { mentionKeyOf } from '../../../core/keys.js';
import { makeAnchor } from '../../../core/anchor/make.js';
import type { MetadataChanges } from '../../../core/metadata/edit.js';
import { db } from '../lib/db/instance.js';
import { loadLayout, saveLayout } from '../lib/db/layouts.js';
import { addAnnotation, deleteAnnotation, listAnnotations, updateAnnotation } from '../lib/db/annotations.js';
import { correctArticle, restoreArticle } from '../lib/db/metadata.js';
import { summarize } from '../lib/db/articles.js';
import { announceChange } from '../lib/db/changes.js';
import {
  addColumn, closeColumn, EMPTY_LAYOUT, keepExisting, MAX_COLUMNS, openColumns, replaceColumn, resizeColumns, type Layout,
} from '../lib/reader/layout.js';
import { mentionsByArticle, type Link } from '../lib/reader/links.js';
import { analysis } from '../lib/analysis/analysis.svelte.js';
import { library } from './library.svelte.js';

export interface ColumnFocus {
  mention: string | null;
  range: { start: number; end: number } | null;
  /** Bumped on every request, so asking again for the same target scrolls again. */
  nonce: number;
}

const SAVE_DELAY_MS = 250;

class ReaderState {
  key = $state<string | null>(null);
  layout = $state.raw<Layout>(EMPTY_LAYOUT);
  /** Full articles of the open columns, by id. */
  articles = $state.raw<Map<string, Article>>(new Map());
  /** Index of the column the library's clicks go to. */
  active = $state(0);
  focus = $state.raw<Record<string, ColumnFocus>>({});
  link = $state.raw<Link | null>(null);
  /** Align mode: the shared passage last stepped to (-1 before the first step). */
  passage = $state(-1);
  annotations = $state.raw<Annotation[]>([]);
  /** One polite status line ("Linked …", "At most 4 columns …"). */
  message = $state('');

  columns = $derived(this.layout.articleIds.map((id) => ({ id, article: this.articles.get(id) ?? null })));

  #nonce = 0;
  #saveTimer: ReturnType<typeof setTimeout> | null = null;

  /** Show the layout of a case (or of the whole library); called at start and when the current case changes. */
  async useKey(key: string): Promise<void> {
    if (this.key === key) return;
    this.#flush();
    this.key = key;
    const [layout, notes] = await Promise.all([loadLayout(db, key), listAnnotations(db, key)]);
    if (this.key !== key) return;
    this.annotations = notes;
    this.link = null;
    this.passage = -1;
    this.active = 0;
    this.layout = layout;
    await this.#load(layout.articleIds);
  }

  /** Keep the column of the library's current article in step with it (App calls this when the selection changes). */
  follow(article: Article | null, mention: string | null, range: { start: number; end: number } | null): void {
    if (!article) return;
    this.#cache([article]);
    let index = this.layout.articleIds.indexOf(article.id);
    if (index < 0) {
      const at = Math.min(this.active, Math.max(0, this.layout.articleIds.length - 1));
      const previous = this.layout.articleIds[at];
      this.#set(replaceColumn(this.layout, at, article.id));
      index = this.layout.articleIds.indexOf(article.id);
      if (previous) this.#forget(previous);
      this.#setFocus(article.id, null, null);
      this.message = '';
    }
    this.active = index;
    if (mention || range) this.#setFocus(article.id, mention, range);
  }

  /** Open these articles side by side; with a quantity, its mentions are linked in every column. */
  async compare(ids: string[], quantityId: string | null = null): Promise<void> {
    const layout = openColumns(this.layout, ids);
    this.#set({ ...layout, listHidden: layout.articleIds.length >= 3 || (layout.articleIds.length > 1 && layout.listHidden), align: false });
    this.active = 0;
    this.passage = -1;
    await this.#load(layout.articleIds);
    if (ids.length > MAX_COLUMNS) this.message = `Showing ${MAX_COLUMNS} of ${ids.length} sources: the reader has at most ${MAX_COLUMNS} columns.`;
    if (quantityId) {
      const first = [...mentionsByArticle(analysis.analysis, quantityId).values()][0]?.[0];
      if (first) this.linkMention(first);
    }
  }

  /** Add an article as a new column (drag and drop, or "Open beside"). */
  async add(id: string, at?: number): Promise<boolean> {
    if (this.layout.articleIds.includes(id)) {
      this.active = this.layout.articleIds.indexOf(id);
      return true;
    }
    if (this.layout.articleIds.length >= MAX_COLUMNS) {
      this.message = `The reader shows at most ${MAX_COLUMNS} articles: close a column first.`;
      return false;
    }
    this.#set(addColumn(this.layout, id, at));
    this.active = this.layout.articleIds.indexOf(id);
    await this.#load([id]);
    return true;
  }

  close(index: number): void {
    this.message = '';
    const id = this.layout.articleIds[index];
    this.#set(closeColumn(this.layout, index));
    if (id) this.#forget(id);
    this.active = Math.min(this.active, Math.max(0, this.layout.articleIds.length - 1));
    if (this.layout.articleIds.length < 2) this.passage = -1;
  }

  resize(handle: number, delta: number): void {
    this.#set({ ...this.layout, widths: resizeColumns(this.layout.widths, handle, delta) });
  }

  setAlign(on: boolean): void {
    this.#set({ ...this.layout, align: on && this.layout.articleIds.length > 1 });
    if (!on) this.passage = -1;
  }

  setListHidden(hidden: boolean): void {
    if (hidden !== this.layout.listHidden) this.#set({ ...this.layout, listHidden: hidden && this.layout.articleIds.length > 1 });
  }

  /** Articles gone from the library (deleted here or in another tab) leave the reader. */
  prune(exists: (id: string) => boolean): void {
    const next = keepExisting(this.layout, exists);
    if (next !== this.layout) this.#set(next);
    this.active = Math.min(this.active, Math.max(0, next.articleIds.length - 1));
  }

  setFocus(articleId: string, mention: string | null): void {
    this.#setFocus(articleId, mention, null);
    // The Statistics view highlights the value of the library's open article: keep it in step.
    if (library.current?.id === articleId) library.focusMention = mention;
  }

  /** Mark the mention's counterparts (same quantity) in every column and bring each column to its first one. */
  linkMention(mentionId: string): void {
    const info = analysis.byMention.get(mentionId);
    const source = info?.mention.articleId;
    if (!info || !source) return;
    if (!info.quantity) {
      this.link = null;
      this.setFocus(source, mentionId);
      this.message = 'This figure is not grouped with any other.';
      return;
    }
    const q = info.quantity;
    this.link = { quantityId: q.id, mentionId };
    const byArticle = mentionsByArticle(analysis.analysis, q.id);
    let found = 0;
    const others = this.layout.articleIds.filter((id) => id !== source);
    for (const id of others) {
      const first = byArticle.get(id)?.[0];
      if (first) {
        found++;
        this.#setFocus(id, first, null);
      }
    }
    this.setFocus(source, mentionId);
    this.message = others.length
      ? `Linked “${q.label}”: mentioned in ${found} of ${others.length} other ${others.length === 1 ? 'column' : 'columns'}.`
      : `“${q.label}”: open other sources beside this one to see its counterparts.`;
  }

  /** Scroll a column to a range of its text and mark it (a note, a piece of evidence, a search hit). */
  showRange(articleId: string, start: number, end: number): void {
    this.#setFocus(articleId, this.focus[articleId]?.mention ?? null, { start, end });
  }

  clearLink(): void {
    this.link = null;
    this.message = '';
  }

  // ---- notes and evidence -------------------------------------------------------------------------------

  async annotate(kind: Annotation['kind'], anchor: TextAnchor, body: string, quantityId: string | null): Promise<Annotation | null> {
    if (!this.key) return null;
    const quantityKeys = kind === 'evidence' && quantityId ? await this.quantityKeys(quantityId) : [];
    const a = await addAnnotation(db, { caseId: this.key, kind, anchor, body, quantityKeys });
    this.annotations = [...this.annotations, a];
    this.message = kind === 'evidence' ? 'Evidence saved.' : 'Note saved.';
    return a;
  }

  /** Read the case's notes and evidence again (after a workspace restore). */
  async reloadNotes(): Promise<void> {
    const key = this.key;
    if (!key) return;
    const notes = await listAnnotations(db, key);
    if (this.key === key) this.annotations = notes;
  }

  async editAnnotation(id: string, body: string): Promise<void> {
    await updateAnnotation(db, id, { body });
    this.annotations = this.annotations.map((a) => (a.id === id ? { ...a, body, updatedAt: new Date().toISOString() } : a));
  }

  /** Move an annotation onto another article (its own left the library), anchored afresh at `start..end` there. */
  async reattach(id: string, article: Article, start: number, end: number): Promise<void> {
    const anchor = makeAnchor(article, start, end);
    if (!anchor) return;
    await updateAnnotation(db, id, { anchor });
    this.annotations = this.annotations.map((a) => (a.id === id ? { ...a, anchor } : a));
    this.message = 'Note attached to this article.';
  }

  async removeAnnotation(id: string): Promise<void> {
    await deleteAnnotation(db, id);
    this.annotations = this.annotations.filter((a) => a.id !== id);
    this.message = 'Removed.';
  }

  /** Stable keys of a quantity's mentions (article content hash + span), as the board and corrections store them. */
  async quantityKeys(quantityId: string): Promise<MentionKey[]> {
    const a = analysis.analysis;
    const q = a?.quantities.find((x) => x.id === quantityId);
    if (!a || !q) return [];
    const wanted = new Set(q.mentionIds);
    const mentions = a.mentions.filter((m) => wanted.has(m.id));
    const ids = [...new Set(mentions.map((m) => m.articleId))];
    const hashes = new Map((await db.articles.bulkGet(ids)).filter((x): x is Article => !!x).map((x) => [x.id, x.hash]));
    return mentions.filter((m) => hashes.has(m.articleId)).map((m) => mentionKeyOf({ hash: hashes.get(m.articleId)! }, m));
  }

  // ---- metadata -----------------------------------------------------------------------------------------

  async editMetadata(id: string, changes: MetadataChanges | 'restore'): Promise<void> {
    const updated = changes === 'restore' ? await restoreArticle(db, id) : await correctArticle(db, id, changes);
    this.#cache([updated]);
    // The list, the open article and (through the list change) the analysis follow the corrected record.
    library.items = library.items.map((s) => (s.id === id ? summarize(updated) : s));
    if (library.current?.id === id) library.current = updated;
    announceChange();
    this.message = changes === 'restore' ? 'Imported details restored.' : 'Details saved.';
  }

  // ---- internals ----------------------------------------------------------------------------------------

  #setFocus(articleId: string, mention: string | null, range: { start: number; end: number } | null): void {
    this.focus = { ...this.focus, [articleId]: { mention, range, nonce: ++this.#nonce } };
  }

  #forget(id: string): void {
    if (this.layout.articleIds.includes(id)) return;
    const next = new Map(this.articles);
    next.delete(id);
    this.articles = next;
  }

  #cache(list: Article[]): void {
    const next = new Map(this.articles);
    for (const a of list) next.set(a.id, a);
    this.articles = next;
  }

  async #load(ids: string[]): Promise<void> {
    const missing = ids.filter((id) => !this.articles.has(id));
    if (missing.length) {
      const found = (await db.articles.bulkGet(missing)).filter((a): a is Article => !!a);
      this.#cache(found);
    }
    const gone = ids.filter((id) => !this.articles.has(id));
    if (gone.length) this.prune((id) => !gone.includes(id));
  }

  #set(layout: Layout): void {
    this.layout = layout;
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#flush(), SAVE_DELAY_MS);
  }

  #flush(): void {
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = null;
    if (this.key) void saveLayout(db, this.key, this.layout);
  }
}

export const reader = new ReaderState();
