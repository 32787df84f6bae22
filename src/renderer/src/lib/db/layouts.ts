/** Side-by-side reader layouts, one per case (or one for the whole library while no case is current). */
import { fromRecord, toRecord, type Layout } from '../reader/layout.js';
import type { CrosscheckDb } from './schema.js';

export async function loadLayout(db: CrosscheckDb, key: string): Promise<Layout> {
  return fromRecord(await db.layouts.get(key));
}

export async function saveLayout(db: CrosscheckDb, key: string, layout: Layout): Promise<void> {
  await db.layouts.put(toRecord(key, layout));
}
