// A setTimeout chain for the reminder scheduler: one beat at a time, never a timer
// longer than the heartbeat (timers beyond 2^31 ms fire at once, and timers stop while
// the machine sleeps), and a wake-up sooner than planned when something happens.

export const HEARTBEAT_MS = 60_000;
/** Never spin: a beat is at least this far after the previous one when it asks for sooner. */
export const MIN_BEAT_MS = 1_000;

export interface Heartbeat {
  /** Beats in `delayMs` (at most the heartbeat), unless a beat is already due sooner. */
  wake(delayMs: number): void;
  /**
   * Beats `quietMs` after the last of a burst of calls, and at most `maxMs` after its first:
   * one beat for writes in a row, and none landing between a write and its echo on screen.
   */
  wakeWhenQuiet(quietMs: number, maxMs: number): void;
  stop(): void;
}

/** `beat` does the work and says when it wants the next one (ms from now); its errors are `onError`'s. */
export function createHeartbeat(beat: () => Promise<number>, onError: (error: unknown) => void): Heartbeat {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Number.POSITIVE_INFINITY;
  let isStopped = false;
  let isBeating = false;
  let isWantedAgain = false;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let burstStartedAt: number | undefined;

  function wake(delayMs: number) {
    if (isStopped) return;
    const delay = Math.min(HEARTBEAT_MS, Math.max(0, delayMs));
    const now = Date.now();
    const at = now + delay;
    // A pending beat already due sooner stands, unless its time has passed without it firing:
    // the machine slept (timers stop), and a resume must beat now, not when that timer wakes.
    if (timer !== undefined && timerAt <= at && timerAt >= now) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => void run(), delay);
  }

  function wakeWhenQuiet(quietMs: number, maxMs: number) {
    if (isStopped) return;
    const now = Date.now();
    burstStartedAt ??= now;
    clearTimeout(quietTimer);
    quietTimer = setTimeout(beatNow, Math.max(0, Math.min(quietMs, burstStartedAt + maxMs - now)));
  }

  /** The burst is over: beat at once (this replaces any later planned beat; the beat plans the next). */
  function beatNow() {
    quietTimer = undefined;
    burstStartedAt = undefined;
    clearTimeout(timer);
    void run();
  }

  async function run() {
    timer = undefined;
    timerAt = Number.POSITIVE_INFINITY;
    if (isBeating) {
      // Asked for while a beat is in flight: one more right after it, not two at once.
      isWantedAgain = true;
      return;
    }
    isBeating = true;
    let next = HEARTBEAT_MS;
    try {
      next = Math.max(MIN_BEAT_MS, await beat());
    } catch (error) {
      onError(error);
    } finally {
      isBeating = false;
    }
    if (isWantedAgain) {
      isWantedAgain = false;
      wake(0);
    }
    wake(next);
  }

  return {
    wake,
    wakeWhenQuiet,
    stop() {
      isStopped = true;
      clearTimeout(timer);
      clearTimeout(quietTimer);
      timer = undefined;
      quietTimer = undefined;
    },
  };
}
