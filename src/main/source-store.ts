/** Source lists picked in one window, held in main until that window imports them (ids are what the renderer sees). */
import { randomUUID } from 'node:crypto';
import type { SourceList } from '../preload/contract.js';
import type { CollectedSources, SourceEntry } from './read-files.js';

interface Held {
  owner: number;
  files: SourceEntry[];
}

export class SourceStore {
  readonly #lists = new Map<string, Held>();

  /** `owner` is the webContents id: another window cannot import (or learn the paths of) this list. */
  add(owner: number, collected: CollectedSources): SourceList {
    const id = `src-${randomUUID()}`;
    this.#lists.set(id, { owner, files: collected.files });
    return { id, count: collected.files.length, bytes: collected.bytes, skipped: collected.skipped, notArticles: collected.notArticles };
  }

  /** Hands the files over once: an import consumes its list. */
  take(id: string, owner: number): SourceEntry[] | undefined {
    const held = this.#lists.get(id);
    if (!held || held.owner !== owner) return undefined;
    this.#lists.delete(id);
    return held.files;
  }

  /** Drops everything a closed window left behind. */
  forget(owner: number): void {
    for (const [id, held] of this.#lists) if (held.owner === owner) this.#lists.delete(id);
  }

  get size(): number {
    return this.#lists.size;
  }
}
