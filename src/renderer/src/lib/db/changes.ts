/**
 * Tell other tabs of the web build that the library changed, so their lists do not go stale.
 * Batched per task: an import that stores 200 articles sends a handful of messages, not 200.
 */
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('crosscheck-library') : null;
let queued = false;

export function announceChange(): void {
  if (!channel || queued) return;
  queued = true;
  setTimeout(() => {
    queued = false;
    channel.postMessage('changed');
  }, 250);
}

/** Calls `listener` when another tab changed the library (never for this tab's own changes). */
export function onRemoteChange(listener: () => void): () => void {
  if (!channel) return () => {};
  const handler = () => listener();
  channel.addEventListener('message', handler);
  return () => channel.removeEventListener('message', handler);
}
