/**
 * The verdict board of the current case: its verdicts and corrections, the workspace's rating scale, and the undo
 * history. Verdicts are attached to the current analysis's quantities by mention keys (core/verdicts/attach.ts);
 * every action is a list of record changes written to IndexedDB at once and pushed on the undo stack. A change to
 * the corrections asks the analysis for a re-run, which honours them.
 */
import { attachAnnotations, attachVerdicts, keyedQuantities, type KeyedQuantity, type VerdictAttachment } from '../../../core/verdicts/attach.js';
import { ratingOf } from '../../../core/verdicts/scale.js';
import type { BoardColumn, MentionKey, QuantityStatus, RatingScale, Verdict } from '../../../core/model/index.js';
import { mentionKeyOf } from '../../../core/keys.js';
import { analysis } from '../lib/analysis/analysis.svelte.js';
import { ALL_ARTICLES_KEY } from '../lib/analysis/fingerprint.js';
import { db } from '../lib/db/instance.js';
import { newId, type CorrectionRecord } from '../lib/db/schema.js';
import { loadBoard, writeChanges } from '../lib/db/board.js';
import { applyToList, History, type BoardAction, type RecordChange } from '../lib/board/history.js';
import { boardLayout, endOrder, newVerdict, parseAccepted, reorder, type OffBoardFilter } from '../lib/board/columns.js';
import {
  addMention, dismissMention, mergeQuantities, moveMention, overrideStatus, readSelectedNumber, splitQuantity, type CorrectionEdit,
} from '../lib/board/corrections.js';
import { RATING_SCALE_SETTING, DEFAULT_RATING_SCALE } from '../../../core/verdicts/scale.js';
import { library } from './library.svelte.js';
import { reader } from './reader.svelte.js';

const COLUMN_LABEL: Record<BoardColumn, string> = { todo: 'To check', review: 'In review', decided: 'Decided' };

class BoardState {
  key = $state<string | null>(null);
  verdicts = $state.raw<Verdict[]>([]);
  corrections = $state.raw<CorrectionRecord[]>([]);
  scale = $state.raw<RatingScale>(DEFAULT_RATING_SCALE);
  loaded = $state(false);
  filter = $state<OffBoardFilter>({ corroborated: false, singleSource: false });
  /** Cards ticked for export ("selected cards"). */
  selected = $state.raw<Set<string>>(new Set());
  /** One polite status line: what was done, undone, refused. */
  message = $state('');
  /** Bumped on every history change so the buttons re-read it. */
  #version = $state(0);
  #history = new History();

  /** The analysis shown belongs to this board's case. */
  current = $derived(this.key !== null && analysis.key === this.key && analysis.analysis !== null);
  keyed = $derived<KeyedQuantity[]>(this.current ? keyedQuantities(analysis.analysis!, library.items) : []);
  keysOf = $derived(new Map(this.keyed.map((q) => [q.id, q.keys])));
  // No verdicts, nothing to attach: the keys of every quantity (~45 ms a 1k-article analysis) wait for a reader (0095).
  attachments = $derived<VerdictAttachment[]>(this.current && this.verdicts.length ? attachVerdicts(this.verdicts, this.keyed) : []);
  verdictOf = $derived(new Map(this.attachments.filter((a) => a.quantityId !== null).map((a) => [a.quantityId!, a.verdict])));
  /** Verdicts with no quantity in this analysis (mentions gone, or merged into another verdict's quantity). */
  orphans = $derived(this.attachments.filter((a) => a.quantityId === null));
  layout = $derived(boardLayout(this.current ? analysis.views : [], this.verdictOf, this.filter, analysis.dates));
  /** Evidence picked in the reader, by the quantity it supports now. */
  evidenceOf = $derived.by(() => {
    const out = new Map<string, { id: string; articleHash: string; start: number; end: number; exact: string; body: string }[]>();
    if (!this.current) return out;
    const notes = reader.annotations.filter((a) => a.kind === 'evidence');
    for (const r of attachAnnotations(notes, this.keyed)) {
      if (!r.quantityId) continue;
      const a = r.annotation;
      const list = out.get(r.quantityId) ?? [];
      list.push({ id: a.id, articleHash: a.anchor.articleHash, start: a.anchor.start, end: a.anchor.end, exact: a.anchor.exact, body: a.body });
      out.set(r.quantityId, list);
    }
    return out;
  });
  /** Corrections the last analysis could not apply, with its reason. */
  unresolved = $derived(this.current ? (analysis.analysis!.unresolved ?? []) : []);

  get canUndo(): boolean { void this.#version; return this.#history.canUndo; }
  get canRedo(): boolean { void this.#version; return this.#history.canRedo; }
  get undoLabel(): string | null { void this.#version; return this.#history.undoLabel; }
  get redoLabel(): string | null { void this.#version; return this.#history.redoLabel; }

  /** Show the board of a case (null: the whole library). */
  async use(caseId: string | null): Promise<void> {
    const key = caseId ?? ALL_ARTICLES_KEY;
    if (key === this.key && this.loaded) return;
    this.key = key;
    this.loaded = false;
    this.#history.clear();
    this.#version++;
    this.selected = new Set();
    const records = await loadBoard(db, key);
    if (this.key !== key) return;
    this.verdicts = records.verdicts;
    this.corrections = records.corrections;
    this.scale = records.scale;
    this.loaded = true;
  }

  /** Read everything again (after a restore from a backup, or another tab's change). */
  async reload(): Promise<void> {
    const key = this.key;
    this.loaded = false;
    this.key = null;
    await this.use(key === ALL_ARTICLES_KEY ? null : key);
  }

  /**
   * Save what a re-analysis changed in the verdicts (new keys, split/orphaned flags). Not an undo step: it follows
   * the engine, not the checker. Called from an effect once the case's analysis has settled.
   */
  async persistAttachments(): Promise<void> {
    if (!this.current || analysis.analysing || !this.loaded) return;
    const changed = this.attachments.filter((a) => a.changed);
    if (!changed.length) return;
    const changes: RecordChange[] = changed.map((a) => ({ table: 'verdicts', key: a.verdict.id, before: this.verdicts.find((v) => v.id === a.verdict.id) ?? null, after: a.verdict }));
    this.verdicts = applyToList(this.verdicts, 'verdicts', changes);
    await writeChanges(db, changes);
  }

  // ---- history ------------------------------------------------------------------------------------------

  async #apply(action: BoardAction, record: boolean): Promise<void> {
    if (!action.changes.length) return;
    this.verdicts = applyToList(this.verdicts, 'verdicts', action.changes);
    this.corrections = applyToList(this.corrections, 'corrections', action.changes);
    for (const c of action.changes) if (c.table === 'settings' && c.key === RATING_SCALE_SETTING) {
      this.scale = (c.after as { value: RatingScale } | null)?.value ?? DEFAULT_RATING_SCALE;
    }
    if (record && this.#history.push(action)) this.#version++;
    try {
      await writeChanges(db, action.changes);
    } catch (err) {
      this.message = `Could not save: ${err instanceof Error ? err.message : String(err)}`;
      return;
    }
    if (action.changes.some((c) => c.table === 'corrections')) analysis.refresh();
  }

  async undo(): Promise<void> {
    const a = this.#history.undo();
    this.#version++;
    if (!a) return;
    await this.#apply(a, false);
    this.message = `Undone: ${a.label}`;
  }

  async redo(): Promise<void> {
    const a = this.#history.redo();
    this.#version++;
    if (!a) return;
    await this.#apply(a, false);
    this.message = `Redone: ${a.label}`;
  }

  // ---- verdicts -----------------------------------------------------------------------------------------

  #now(): string {
    return new Date().toISOString();
  }

  #labelOf(quantityId: string): string {
    const v = this.verdictOf.get(quantityId);
    return v?.label || analysis.views.find((x) => x.quantity.id === quantityId)?.quantity.label || 'quantity';
  }

  /** The change that gives a quantity's verdict `patch` (a verdict is made on the first touch). */
  #verdictChange(quantityId: string, patch: (v: Verdict) => Partial<Verdict>): RecordChange | null {
    if (!this.key) return null;
    const attached = this.verdictOf.get(quantityId);
    const stored = attached ? (this.verdicts.find((v) => v.id === attached.id) ?? null) : null;
    const now = this.#now();
    const base = attached ?? newVerdict({
      id: newId(), caseId: this.key, keys: this.keysOf.get(quantityId) ?? [], label: '', column: 'todo',
      order: endOrder(this.layout.columns.todo), now,
    });
    const after: Verdict = { ...base, ...patch(base), updatedAt: now };
    return { table: 'verdicts', key: after.id, before: stored, after };
  }

  async #verdict(quantityId: string, label: string, patch: (v: Verdict) => Partial<Verdict>, merge?: string): Promise<void> {
    const change = this.#verdictChange(quantityId, patch);
    if (change) await this.#apply({ label, changes: [change], merge }, true);
    this.message = label;
  }

  putOnBoard(quantityId: string): Promise<void> {
    return this.#verdict(quantityId, `Put “${this.#labelOf(quantityId)}” on the board`, () => ({}));
  }

  /** Take a card off the board (its verdict is deleted; a contested card stays, back in To check). */
  async removeFromBoard(quantityId: string): Promise<void> {
    const v = this.verdictOf.get(quantityId);
    const stored = v && this.verdicts.find((x) => x.id === v.id);
    if (!stored) return;
    const label = `Removed the verdict on “${this.#labelOf(quantityId)}”`;
    await this.#apply({ label, changes: [{ table: 'verdicts', key: stored.id, before: stored, after: null }] }, true);
    this.message = label;
  }

  move(quantityId: string, column: BoardColumn): Promise<void> {
    const from = this.verdictOf.get(quantityId)?.column ?? 'todo';
    if (from === column) return Promise.resolve();
    const order = endOrder(this.layout.columns[column]);
    return this.#verdict(quantityId, `Moved “${this.#labelOf(quantityId)}” to ${COLUMN_LABEL[column]}`, () => ({ column, order }));
  }

  /** Up (-1) or down (+1) within its column; false when it cannot go further. */
  async shift(quantityId: string, step: -1 | 1): Promise<boolean> {
    const column = this.verdictOf.get(quantityId)?.column ?? 'todo';
    const orders = reorder(this.layout.columns[column], quantityId, step);
    if (!orders) {
      this.message = 'The card cannot move further that way (contested cards stay first).';
      return false;
    }
    const changes: RecordChange[] = [];
    for (const card of this.layout.columns[column]) {
      const order = orders.get(card.view.quantity.id)!;
      if (card.verdict?.order === order) continue;
      const c = this.#verdictChange(card.view.quantity.id, () => ({ order, column }));
      if (c) changes.push(c);
    }
    const label = `Moved “${this.#labelOf(quantityId)}” ${step < 0 ? 'up' : 'down'}`;
    await this.#apply({ label, changes }, true);
    this.message = label;
    return true;
  }

  setLabel(quantityId: string, label: string): Promise<void> {
    return this.#verdict(quantityId, 'Renamed a card', () => ({ label }), `label:${quantityId}`);
  }

  setRating(quantityId: string, levelId: string | null): Promise<void> {
    const rating = levelId ? ratingOf(this.scale, levelId) : null;
    return this.#verdict(quantityId, rating ? `Rated “${this.#labelOf(quantityId)}” ${rating.label}` : `Cleared the rating of “${this.#labelOf(quantityId)}”`, () => ({ rating }));
  }

  /** `text` as typed; false when it is neither a number nor an interval (nothing is saved). */
  async setAccepted(quantityId: string, text: string, unit: string | null): Promise<boolean> {
    const t = text.trim();
    if (!t) {
      await this.#verdict(quantityId, 'Cleared the accepted value', () => ({ accepted: null }), `accepted:${quantityId}`);
      return true;
    }
    const v = parseAccepted(t);
    if (!v) return false;
    await this.#verdict(quantityId, `Accepted ${t}`, () => ({ accepted: { ...v, unit, text: t } }), `accepted:${quantityId}`);
    return true;
  }

  setReference(quantityId: string, citation: string, url: string): Promise<void> {
    const reference = citation.trim() || url.trim() ? { citation, url: url.trim() } : null;
    return this.#verdict(quantityId, 'Edited the reference', () => ({ reference }), `reference:${quantityId}`);
  }

  setExplanation(quantityId: string, explanation: string): Promise<void> {
    return this.#verdict(quantityId, 'Edited the explanation', () => ({ explanation }), `explanation:${quantityId}`);
  }

  /** Add or remove a piece of evidence (an annotation id) from the verdict. */
  toggleEvidence(quantityId: string, annotationId: string): Promise<void> {
    const has = this.verdictOf.get(quantityId)?.evidenceIds.includes(annotationId) ?? false;
    return this.#verdict(quantityId, has ? 'Removed evidence from the verdict' : 'Added evidence to the verdict',
      (v) => ({ evidenceIds: has ? v.evidenceIds.filter((x) => x !== annotationId) : [...v.evidenceIds, annotationId] }));
  }

  clearFlag(quantityId: string): Promise<void> {
    return this.#verdict(quantityId, 'Cleared the flag', () => ({ flag: null }));
  }

  /** An orphaned verdict the checker no longer wants. */
  async deleteVerdict(id: string): Promise<void> {
    const stored = this.verdicts.find((v) => v.id === id);
    if (!stored) return;
    await this.#apply({ label: `Deleted the verdict “${stored.label || 'untitled'}”`, changes: [{ table: 'verdicts', key: id, before: stored, after: null }] }, true);
  }

  async setScale(scale: RatingScale): Promise<void> {
    const before = { key: RATING_SCALE_SETTING, value: this.scale };
    await this.#apply({ label: 'Edited the rating scale', changes: [{ table: 'settings', key: RATING_SCALE_SETTING, before, after: { key: RATING_SCALE_SETTING, value: scale } }] }, true);
  }

  toggleSelected(quantityId: string): void {
    const next = new Set(this.selected);
    if (!next.delete(quantityId)) next.add(quantityId);
    this.selected = next;
  }

  // ---- corrections --------------------------------------------------------------------------------------

  #ctx() {
    return { caseId: this.key!, existing: this.corrections, newId, now: this.#now() };
  }

  async #correct(label: string, edit: CorrectionEdit): Promise<void> {
    if (!this.key) return;
    const changes: RecordChange[] = [
      ...edit.remove.map((c): RecordChange => ({ table: 'corrections', key: c.id, before: c, after: null })),
      ...edit.add.map((c): RecordChange => ({ table: 'corrections', key: c.id, before: null, after: c })),
    ];
    if (!changes.length) {
      this.message = 'Nothing to change.';
      return;
    }
    await this.#apply({ label, changes }, true);
    this.message = `${label}. Re-analysing…`;
  }

  mentionKey(mentionId: string): MentionKey | null {
    const m = analysis.byMention.get(mentionId)?.mention;
    const hash = m && library.items.find((a) => a.id === m.articleId)?.hash;
    return m && hash ? mentionKeyOf({ hash }, m) : null;
  }

  merge(a: string, b: string): Promise<void> {
    return this.#correct(`Merged “${this.#labelOf(b)}” into “${this.#labelOf(a)}”`, mergeQuantities(this.#ctx(), this.keysOf.get(a) ?? [], this.keysOf.get(b) ?? []));
  }

  /** Split the mentions `part` off their quantity. */
  split(quantityId: string, part: string[]): Promise<void> {
    const keys = this.keysOf.get(quantityId) ?? [];
    const partKeys = part.map((id) => this.mentionKey(id)).filter((k): k is MentionKey => k !== null);
    const ids = new Set(partKeys.map((k) => `${k.hash}:${k.start}-${k.end}`));
    const rest = keys.filter((k) => !ids.has(`${k.hash}:${k.start}-${k.end}`));
    return this.#correct(`Split “${this.#labelOf(quantityId)}”`, splitQuantity(this.#ctx(), partKeys, rest));
  }

  moveMention(mentionId: string, to: string): Promise<void> {
    const key = this.mentionKey(mentionId);
    const from = analysis.byMention.get(mentionId)?.quantity?.id;
    if (!key) return Promise.resolve();
    return this.#correct(`Moved a statistic to “${this.#labelOf(to)}”`, moveMention(this.#ctx(), key, from ? (this.keysOf.get(from) ?? []) : [], this.keysOf.get(to) ?? []));
  }

  dismiss(mentionId: string): Promise<void> {
    const key = this.mentionKey(mentionId);
    if (!key) return Promise.resolve();
    return this.#correct('Dismissed a statistic', dismissMention(this.#ctx(), key));
  }

  overrideStatus(quantityId: string, status: QuantityStatus | null): Promise<void> {
    return this.#correct(status ? `Set “${this.#labelOf(quantityId)}” to ${status}` : `Status of “${this.#labelOf(quantityId)}” back to the engine's`,
      overrideStatus(this.#ctx(), this.keysOf.get(quantityId) ?? [], status));
  }

  /** A statistic the extractor missed, from text selected in the reader; joined to `withQuantity` when given. */
  async addFromSelection(articleId: string, start: number, text: string, withQuantity: string | null): Promise<boolean> {
    const hash = library.items.find((a) => a.id === articleId)?.hash;
    const picked = readSelectedNumber(text, start);
    if (!hash || !picked) {
      this.message = 'Select text holding a number to add it as a statistic.';
      return false;
    }
    const withKey = withQuantity ? (this.keysOf.get(withQuantity)?.[0] ?? null) : null;
    await this.#correct(withKey ? `Added a statistic to “${this.#labelOf(withQuantity!)}”` : 'Added a statistic', addMention(this.#ctx(), { hash, ...picked.key }, picked.mention, withKey));
    return true;
  }

  /** Drop a correction (an orphaned one, typically). */
  removeCorrection(id: string): Promise<void> {
    const c = this.corrections.find((x) => x.id === id);
    return c ? this.#correct('Removed a correction', { add: [], remove: [c] }) : Promise.resolve();
  }
}

export const board = new BoardState();
