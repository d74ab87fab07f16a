// Waiting for the screen: resolves when a condition on the DOM holds, checked after
// every DOM mutation, then waits for the frame that paints it.
import { databaseQuiet } from './databaseRequests';

/** Resolves (with performance.now()) on the first frame after `isDone()` holds. */
export function whenOnScreen(isDone: () => boolean, timeoutMs = 30_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(performance.now()));
    };
    const observer = new MutationObserver(() => {
      if (isDone()) finish();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for the screen`));
    }, timeoutMs);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    if (isDone()) finish();
  });
}

export const hasSelector = (selector: string) => () => document.querySelector(selector) !== null;

export const hasText = (selector: string, text: string) => () => [...document.querySelectorAll(selector)].some((el) => el.textContent?.includes(text));

/** Two frames: long enough for React to commit whatever a navigation started. */
export function twoFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

/**
 * Long enough for React to commit whatever a navigation or a write started, and for the
 * database requests it started to come back: a screen shows its first words before all its
 * reads are back (Settings counts every opportunity by stage), and a timed step that starts
 * meanwhile queues behind them, since the browser's IndexedDB answers one request after another.
 */
export async function settle(): Promise<void> {
  await twoFrames();
  await databaseQuiet();
}

/** Navigates to `hash` and times it until `isDone()` is on screen. Starts from `from` so nothing is cached on screen. */
export async function timeNavigation(from: { hash: string; isDone: () => boolean }, hash: string, isDone: () => boolean): Promise<number> {
  window.location.hash = from.hash;
  await whenOnScreen(from.isDone);
  await settle();
  const start = performance.now();
  window.location.hash = hash;
  const end = await whenOnScreen(isDone);
  return end - start;
}
