// Stops the sandbox when the process that started it is gone. `npm run mock` and `npx babysea-mock`
// start it under a shell that npm signals on SIGTERM; the shell dies without passing the signal on,
// and the sandbox, re-parented, would keep the port. Polling process.ppid notices that, whatever
// started it (process managers, CI scripts, concurrently).
export function onParentGone(stop: () => void, intervalMs = 250): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    stop();
  }, intervalMs);
  // Never what keeps the process alive: the server is.
  timer.unref();
  return () => clearInterval(timer);
}
