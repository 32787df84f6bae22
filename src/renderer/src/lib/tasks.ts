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
