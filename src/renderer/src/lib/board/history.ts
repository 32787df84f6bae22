/**
 * Undo/redo for the board. Every board action is a list of record changes (table, key, record before, record after):
 * undoing writes the `before` records back, redoing the `after` ones. Pure; the board state applies the changes to
 * IndexedDB. Typing in one field is one step: an action with the same `merge` key as the newest one, within
 * MERGE_MS, is folded into it (its first `before` and last `after` are kept).
 */
export type BoardTable = 'verdicts' | 'corrections' | 'settings';

export interface RecordChange<T = unknown> {
  table: BoardTable;
  /** Primary key of the record. */
  key: string;
  /** Null: the record did not exist. */
  before: T | null;
  /** Null: the record is deleted. */
  after: T | null;
}

export interface BoardAction {
  /** What the action did, in words ("Moved “X” to Decided"); shown on the undo/redo buttons. */
  label: string;
  changes: RecordChange[];
  /** Actions with the same merge key made within MERGE_MS of each other are one undo step (typing in a field). */
  merge?: string;
  at?: number;
}

export const MERGE_MS = 1500;
export const HISTORY_LIMIT = 200;

/** The changes that undo `action`, in reverse order. */
export function inverse(action: BoardAction): BoardAction {
  return {
    label: action.label,
    changes: [...action.changes].reverse().map((c) => ({ table: c.table, key: c.key, before: c.after, after: c.before })),
  };
}

const changeKey = (c: RecordChange) => `${c.table}\u0000${c.key}`;

/** `later` folded into `earlier`: per record, the first `before` and the last `after`; records back to where they were drop out. */
export function fold(earlier: BoardAction, later: BoardAction): BoardAction {
  const byKey = new Map<string, RecordChange>();
  for (const c of earlier.changes) byKey.set(changeKey(c), { ...c });
  for (const c of later.changes) {
    const k = changeKey(c);
    const had = byKey.get(k);
    byKey.set(k, had ? { ...had, after: c.after } : { ...c });
  }
  const changes = [...byKey.values()].filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
  return { ...later, changes };
}

export class History {
  past: BoardAction[] = [];
  future: BoardAction[] = [];
  constructor(private readonly limit = HISTORY_LIMIT) {}

  /** Records a done action; a new action clears the redo list. Returns false for an action that changed nothing. */
  push(action: BoardAction, now = Date.now()): boolean {
    const changes = action.changes.filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
    if (!changes.length) return false;
    const next: BoardAction = { ...action, changes, at: now };
    const top = this.past.at(-1);
    this.future = [];
    if (top && next.merge !== undefined && top.merge === next.merge && top.at !== undefined && now - top.at <= MERGE_MS) {
      const folded = fold(top, next);
      if (folded.changes.length) this.past[this.past.length - 1] = { ...folded, at: now };
      else this.past.pop();
      return true;
    }
    this.past.push(next);
    if (this.past.length > this.limit) this.past.splice(0, this.past.length - this.limit);
    return true;
  }

  /** The changes to apply to undo the newest action (null: nothing to undo); the action moves to the redo list. */
  undo(): BoardAction | null {
    const a = this.past.pop();
    if (!a) return null;
    this.future.push(a);
    return inverse(a);
  }

  /** The changes to apply to redo the last undone action (null: nothing to redo). */
  redo(): BoardAction | null {
    const a = this.future.pop();
    if (!a) return null;
    this.past.push({ ...a, merge: undefined });
    return { label: a.label, changes: a.changes };
  }

  /** Forget everything (another case is shown, or the workspace was restored from a backup). */
  clear(): void {
    this.past = [];
    this.future = [];
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
  get undoLabel(): string | null {
    return this.past.at(-1)?.label ?? null;
  }
  get redoLabel(): string | null {
    return this.future.at(-1)?.label ?? null;
  }
}

/** A table's records after applying changes to it (the board keeps its verdicts and corrections in memory too). */
export function applyToList<T extends { id: string }>(list: readonly T[], table: BoardTable, changes: readonly RecordChange[]): T[] {
  let out = [...list];
  for (const c of changes) {
    if (c.table !== table) continue;
    const i = out.findIndex((r) => r.id === c.key);
    if (c.after === null) {
      if (i >= 0) out = [...out.slice(0, i), ...out.slice(i + 1)];
    } else if (i >= 0) out[i] = c.after as T;
    else out.push(c.after as T);
  }
  return out;
}
