// A setTimeout chain for the reminder scheduler: one beat at a time, never a timer
// longer than the heartbeat (timers beyond 2^31 ms fire at once, and timers stop while
// the machine sleeps), and a wake-up sooner than planned when something happens.

export const HEARTBEAT_MS = 60_000;
/** Never spin: a beat is at least this far after the previous one when it asks for sooner. */
export const MIN_BEAT_MS = 1_000;

export interface Heartbeat {
  /** Beats in `delayMs` (at most the heartbeat), unless a beat is already due sooner. */
  wake(delayMs: number): void;
  stop(): void;
}

/** `beat` does the work and says when it wants the next one (ms from now); its errors are `onError`'s. */
export function createHeartbeat(beat: () => Promise<number>, onError: (error: unknown) => void): Heartbeat {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Number.POSITIVE_INFINITY;
  let isStopped = false;
  let isBeating = false;
  let isWantedAgain = false;

  function wake(delayMs: number) {
    if (isStopped) return;
    const delay = Math.min(HEARTBEAT_MS, Math.max(0, delayMs));
    const at = Date.now() + delay;
    if (timer !== undefined && timerAt <= at) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => void run(), delay);
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
    stop() {
      isStopped = true;
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
