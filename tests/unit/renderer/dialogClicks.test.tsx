// @vitest-environment jsdom
// A dialog lets the rest of a double-click do nothing once what its first click pressed is
// gone: a double-click on Save whose first click replaced the form (with a meeting's recap, say)
// must not take focus or press a button with its second, while a double-click on anything still
// there works as always.
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Dialog } from '../../../renderer/src/components/Dialog';

beforeAll(() => {
  // jsdom has no modal dialogs; only `open` matters here.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

afterEach(cleanup);

/** A form whose Save shows a panel with a Done button in its place; Add counts its presses. */
function SaveThenDone({ onDone }: { readonly onDone: () => void }) {
  const [saved, setSaved] = useState(false);
  const [added, setAdded] = useState(0);
  return (
    <Dialog title="Record" onClose={() => undefined}>
      {saved ? (
        <button type="button" onClick={onDone}>
          Done
        </button>
      ) : (
        <>
          <button type="button" onClick={() => setAdded((n) => n + 1)}>
            Add
          </button>
          <output>{added} added</output>
          <button type="button" onClick={() => setSaved(true)}>
            Save
          </button>
        </>
      )}
    </Dialog>
  );
}

/** One press of a mouse button as the browser reports it: mousedown, then click, with its place in a multi-click. */
function press(element: HTMLElement, detail: number): { readonly mouseDownActed: boolean } {
  const mouseDownActed = fireEvent.mouseDown(element, { detail });
  fireEvent.mouseUp(element, { detail });
  fireEvent.click(element, { detail });
  return { mouseDownActed };
}

describe('a dialog and the rest of a double-click', () => {
  it('does not let the second click of a double-click on Save press what replaced the form', () => {
    const onDone = vi.fn();
    render(<SaveThenDone onDone={onDone} />);
    press(screen.getByRole('button', { name: 'Save' }), 1);
    const done = screen.getByRole('button', { name: 'Done' });
    // Its mousedown's default (focus moving to where the pointer is) is held back too.
    expect(press(done, 2).mouseDownActed).toBe(false);
    expect(onDone).not.toHaveBeenCalled();
    // A new click afterwards is the user's own.
    press(done, 1);
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('lets both clicks of a double-click on a control that is still there act, wherever on it they land', () => {
    render(<SaveThenDone onDone={() => undefined} />);
    const add = screen.getByRole('button', { name: 'Add' });
    expect(press(add, 1).mouseDownActed).toBe(true);
    expect(press(add, 2).mouseDownActed).toBe(true);
    expect(screen.getByText('2 added')).toBeTruthy();
    // The pointer slid from the button's label to the output beside it: the button is still there, so both act.
    press(add, 1);
    expect(press(screen.getByText('3 added'), 2).mouseDownActed).toBe(true);
  });

  it('does not let the second click of the double-click that opened it act inside', () => {
    const onDone = vi.fn();
    render(<SaveThenDone onDone={onDone} />);
    // The dialog's first click in its lifetime is already the second of a double-click.
    press(screen.getByRole('button', { name: 'Add' }), 2);
    expect(screen.getByText('0 added')).toBeTruthy();
  });

  it('never holds back a press from the keyboard (a click with no count)', () => {
    const onDone = vi.fn();
    render(<SaveThenDone onDone={onDone} />);
    press(screen.getByRole('button', { name: 'Save' }), 1);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }), { detail: 0 });
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
