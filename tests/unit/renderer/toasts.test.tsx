// @vitest-environment jsdom
// Toasts are short, at most two, paused while hovered or focused, and never take focus.
// Fake timers: the durations are the component's, not the machine's.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ToastInput } from '../../../renderer/src/components/ToastProvider';
import { ACTION_TOAST_MS, MAX_TOASTS, TOAST_MS, ToastProvider, useToast } from '../../../renderer/src/components/ToastProvider';
import { ToastDock } from '../../../renderer/src/components/ToastDock';

let show: (toast: ToastInput) => void = () => undefined;
function Capture() {
  show = useToast();
  return <input aria-label="Typing here" />;
}

beforeEach(() => {
  vi.useFakeTimers();
  render(
    <ToastProvider>
      <Capture />
    </ToastProvider>,
  );
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const shown = () => screen.queryAllByText(/^Saved \d$/).map((el) => el.textContent);
const toast = (message: string, action?: ToastInput['action']) => act(() => show({ message, action }));
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('toasts', () => {
  it('shows at most two: a third drops the oldest', () => {
    expect(MAX_TOASTS).toBe(2);
    toast('Saved 1');
    toast('Saved 2');
    toast('Saved 3');
    expect(shown()).toEqual(['Saved 2', 'Saved 3']);
  });

  it('goes after 5 s, or 10 s when it carries an action', () => {
    expect([TOAST_MS, ACTION_TOAST_MS]).toEqual([5_000, 10_000]);
    toast('Saved 1');
    toast('Saved 2', { label: 'Undo', run: () => undefined });
    wait(TOAST_MS - 1);
    expect(shown()).toEqual(['Saved 1', 'Saved 2']);
    wait(1);
    expect(shown()).toEqual(['Saved 2']);
    wait(ACTION_TOAST_MS - TOAST_MS);
    expect(shown()).toEqual([]);
  });

  it('waits while hovered or focused, then finishes its time', () => {
    toast('Saved 1');
    wait(4_000);
    const item = screen.getByText('Saved 1').parentElement as HTMLElement;
    fireEvent.mouseEnter(item);
    wait(60_000);
    expect(shown()).toEqual(['Saved 1']);
    fireEvent.mouseLeave(item);
    act(() => screen.getByRole('button', { name: 'Dismiss' }).focus());
    wait(60_000);
    expect(shown()).toEqual(['Saved 1']);
    act(() => screen.getByLabelText('Typing here').focus());
    wait(999);
    expect(shown()).toEqual(['Saved 1']);
    wait(1);
    expect(shown()).toEqual([]);
  });

  it('never takes focus, and is announced politely', () => {
    const input = screen.getByLabelText('Typing here');
    act(() => input.focus());
    toast('Saved 1', { label: 'Undo', run: () => undefined });
    expect(document.activeElement).toBe(input);
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
  });
});

describe('where toasts are drawn', () => {
  it('floats them where no dock is mounted (the print view)', () => {
    toast('Saved 1');
    expect(screen.getByRole('status').className).toContain('is-floating');
  });

  it('draws them in the dock once one is mounted, in one live region, and floats them again when it goes', () => {
    cleanup();
    const view = render(
      <ToastProvider>
        <Capture />
        <aside data-testid="sidebar">
          <ToastDock />
        </aside>
      </ToastProvider>,
    );
    toast('Saved 1');
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByTestId('sidebar').contains(screen.getByText('Saved 1'))).toBe(true);
    view.rerender(
      <ToastProvider>
        <Capture />
      </ToastProvider>,
    );
    expect(screen.getByRole('status').className).toContain('is-floating');
  });
});
