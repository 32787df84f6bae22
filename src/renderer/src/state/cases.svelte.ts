/** Cases state: the list of cases and the one the workbench shows (analysis, reader, board and reports follow it). */
import type { Case } from '../../../core/model/index.js';
import { listCases } from '../lib/db/cases.js';
import { db } from '../lib/db/instance.js';

const CURRENT_KEY = 'currentCase';

class CasesState {
  items = $state.raw<Case[]>([]);
  currentId = $state<string | null>(null);
  current = $derived(this.items.find((c) => c.id === this.currentId) ?? null);

  async load(): Promise<void> {
    this.items = await listCases(db);
    const saved = (await db.settings.get(CURRENT_KEY))?.value;
    const keep = typeof saved === 'string' && this.items.some((c) => c.id === saved) ? saved : (this.items[0]?.id ?? null);
    this.currentId = keep;
  }

  async select(id: string | null): Promise<void> {
    this.currentId = id;
    await db.settings.put({ key: CURRENT_KEY, value: id });
  }
}

export const cases = new CasesState();
