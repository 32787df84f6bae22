/**
 * The next task of this thread's event loop, for long work split into parts (0095). A MessageChannel, not a timer:
 * timers in a hidden tab run at most once a second, which would stretch a split job over many seconds.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `fn` in a task after the next frame, so that frame shows what changed before it (0104: a keystroke's frame
 * echoes the key; the cards follow). Returns the cancel, for an effect's cleanup.
 */
export function afterNextFrame(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
