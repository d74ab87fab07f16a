// A fixed-row-height window over a long list that scrolls with the page: only the rows
// in (or near) the viewport are rendered, and spacers keep the scroll height true, so a
// portfolio of hundreds of rows keeps about a screenful in the DOM.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export interface VirtualRows {
  /** The rows to render: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Height of the rows above start and below end, for the spacers. */
  readonly before: number;
  readonly after: number;
}

/** Rows rendered beyond the viewport on each side, so Tab and small scrolls never land on a gap. */
const OVERSCAN = 8;

export function visibleRange(count: number, rowHeight: number, listTop: number, viewportHeight: number): { start: number; end: number } {
  const first = Math.floor(-listTop / rowHeight) - OVERSCAN;
  const last = Math.ceil((viewportHeight - listTop) / rowHeight) + OVERSCAN;
  const start = Math.min(Math.max(first, 0), count);
  return { start, end: Math.min(Math.max(last, start), count) };
}

/**
 * Returns the ref to put on the element whose top is the first row's top (the tbody or
 * the list), and which rows to render with the spacers' heights.
 */
export function useWindowVirtualRows<E extends HTMLElement>(count: number, rowHeight: number): [React.RefObject<E | null>, VirtualRows] {
  const ref = useRef<E>(null);
  // Before the first measurement: the rows a list at the window's top shows. A list mounts at
  // or below the top, so the measurement after the first commit can only drop a few; a fixed
  // forty made Attention's and the Portfolio's first commit build twice the rows shown, then remove them.
  const [range, setRange] = useState(() => visibleRange(count, rowHeight, 0, window.innerHeight));
  const update = useCallback(() => {
    const top = ref.current?.getBoundingClientRect().top;
    if (top === undefined) return;
    const next = visibleRange(count, rowHeight, top, window.innerHeight);
    setRange((r) => (r.start === next.start && r.end === next.end ? r : next));
  }, [count, rowHeight]);
  useOnWindowScroll(update);
  const start = Math.min(range.start, count);
  const end = Math.min(range.end, count);
  return [ref, { start, end, before: start * rowHeight, after: (count - end) * rowHeight }];
}

/** Runs `update` at once and on every scroll and resize of the window. */
function useOnWindowScroll(update: () => void): void {
  useLayoutEffect(() => {
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [update]);
}

/** Where each row starts, from the list's top, and (last) the list's whole height. */
function offsetsOf(heights: readonly number[]): number[] {
  const offsets = [0];
  for (const height of heights) offsets.push(offsets[offsets.length - 1]! + height);
  return offsets;
}

/** The rows of differing (but known) heights that meet the viewport, with OVERSCAN rows on each side. */
export function visibleRangeOf(offsets: readonly number[], listTop: number, viewportHeight: number): { start: number; end: number } {
  const count = offsets.length - 1;
  let first = 0;
  while (first < count && offsets[first + 1]! <= -listTop) first += 1;
  let last = first;
  while (last < count && offsets[last]! < viewportHeight - listTop) last += 1;
  return { start: Math.max(first - OVERSCAN, 0), end: Math.min(last + OVERSCAN, count) };
}

/** As useWindowVirtualRows, for rows whose heights differ but are known in advance (a group's header and its items). */
export function useWindowVirtualList<E extends HTMLElement>(heights: readonly number[]): [React.RefObject<E | null>, VirtualRows] {
  const ref = useRef<E>(null);
  const key = heights.join(',');
  // As in useWindowVirtualRows: the rows a list at the window's top shows.
  const [range, setRange] = useState(() => visibleRangeOf(offsetsOf(heights), 0, window.innerHeight));
  const update = useCallback(() => {
    const top = ref.current?.getBoundingClientRect().top;
    if (top === undefined) return;
    const next = visibleRangeOf(offsetsOf(key === '' ? [] : key.split(',').map(Number)), top, window.innerHeight);
    setRange((r) => (r.start === next.start && r.end === next.end ? r : next));
  }, [key]);
  useOnWindowScroll(update);
  const offsets = offsetsOf(heights);
  const start = Math.min(range.start, heights.length);
  const end = Math.min(range.end, heights.length);
  return [ref, { start, end, before: offsets[start]!, after: offsets[heights.length]! - offsets[end]! }];
}
