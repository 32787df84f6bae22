/** Whether the browser promised not to evict our IndexedDB data (navigator.storage.persist). */
class StorageState {
  /** null until asked (or when the API is missing). */
  persisted = $state<boolean | null>(null);

  /** Ask once at startup. Browsers may say no (headless Chromium on 127.0.0.1 does); we only report it. */
  async request(): Promise<void> {
    const storage = navigator.storage;
    if (!storage?.persist) return;
    try {
      this.persisted = (await storage.persisted()) || (await storage.persist());
    } catch {
      this.persisted = false;
    }
  }
}

export const storage = new StorageState();
