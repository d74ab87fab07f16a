import { describe, expect, it } from 'vitest';
import { visibleRange } from '../../../renderer/src/components/useWindowVirtualRows';

// 200 rows of 92 px in an 800 px window: about a screenful (9 rows) plus 8 beyond each edge.
describe('the virtual rows window', () => {
  it('at the top of the list renders the rows on screen and a few below', () => {
    expect(visibleRange(200, 92, 250, 800)).toEqual({ start: 0, end: 14 });
  });

  it('scrolled into the list renders the rows on screen and a few either side', () => {
    // The list's top is 5 000 px above the viewport: row 54 is the first one visible.
    expect(visibleRange(200, 92, -5000, 800)).toEqual({ start: 46, end: 72 });
  });

  it('never runs past either end, and renders nothing of an empty list', () => {
    expect(visibleRange(200, 92, -50_000, 800)).toEqual({ start: 200, end: 200 });
    expect(visibleRange(200, 92, 5000, 800)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(0, 92, 0, 800)).toEqual({ start: 0, end: 0 });
  });
});
