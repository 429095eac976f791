// The sandbox's clock. Generations move on it, so tests can jump ahead instead of waiting:
// `manual` time moves only with advance(); `real` time follows the wall clock (plus whatever was
// advanced). Tasks scheduled on it run when their time comes: on a timer in real mode, and in both
// modes whenever advance() or runDue() is called (the pipeline calls runDue() before each request, so
// answers are never behind even if a timer is late).

export type ClockMode = 'real' | 'manual';

interface Task {
  at: number;
  seq: number;
  run: () => void;
}

export interface SandboxClock {
  readonly mode: ClockMode;
  /** Milliseconds since the epoch, on the sandbox's timeline. */
  now(): number;
  /** Moves time forward and runs every task that came due, in time order. */
  advance(ms: number): void;
  /** Runs `run` once the clock reaches `at`; returns a function that cancels it. */
  schedule(at: number, run: () => void): () => void;
  runDue(): void;
  /** How far advance() has moved the clock, in ms (kept by --state). */
  readonly offset: number;
  close(): void;
}

export function createClock(options: { mode?: ClockMode; start?: number; offset?: number } = {}): SandboxClock {
  const mode = options.mode ?? 'real';
  const start = options.start ?? Date.now();
  let offset = options.offset ?? 0;
  let seq = 0;
  let tasks: Task[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let closed = false;

  const now = () => (mode === 'manual' ? start : Date.now()) + offset;

  function arm() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (mode !== 'real' || closed || tasks.length === 0) return;
    const delay = Math.max(0, Math.min(tasks[0]!.at - now(), 2_147_483_647));
    timer = setTimeout(runDue, delay);
    // A sandbox inside a test or an app must never keep the process alive on its own.
    (timer as { unref?: () => void }).unref?.();
  }

  function runDue() {
    if (running) return;
    running = true;
    try {
      while (tasks.length > 0 && tasks[0]!.at <= now()) tasks.shift()!.run();
    } finally {
      running = false;
      arm();
    }
  }

  return {
    mode,
    now,
    get offset() {
      return offset;
    },
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance() takes a number of ms ≥ 0, got ${ms}.`);
      offset += ms;
      runDue();
    },
    schedule(at: number, run: () => void) {
      const task = { at, seq: seq++, run };
      let i = tasks.length;
      while (i > 0 && (tasks[i - 1]!.at > at || (tasks[i - 1]!.at === at && tasks[i - 1]!.seq > task.seq))) i--;
      tasks.splice(i, 0, task);
      if (i === 0) arm();
      return () => {
        tasks = tasks.filter((t) => t !== task);
        arm();
      };
    },
    runDue,
    close() {
      closed = true;
      tasks = [];
      arm();
    },
  };
}
