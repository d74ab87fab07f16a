// @vitest-environment jsdom
// One save path for every form: a second submit while the first is still saving is
// refused, so a double click or Enter pressed twice writes once. Real Dexie (over the
// in-memory IndexedDB) behind the page's own database, as the app runs.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { IntentVersion } from '@shared/domain';
import { appContext, db } from '../../../renderer/db/db';
import { createPartnership } from '../../../renderer/db/partnerships';
import { createDecision } from '../../../renderer/db/touchpoints';
import { saveIntentDraft } from '../../../renderer/db/intents';
import { listIntentVersions } from '../../../renderer/db/workspaceQueries';
import { DecisionForm } from '../../../renderer/src/partnership/rhythm/DecisionForm';
import { AgreeDialog } from '../../../renderer/src/partnership/intent/AgreeDialog';
import { IntentEditor } from '../../../renderer/src/partnership/intent/IntentEditor';
import { CompleteDialog } from '../../../renderer/src/partnership/commitments/CompleteDialog';
import { OccurrenceMarkDialog } from '../../../renderer/src/partnership/rhythm/OccurrenceMarkDialog';
import { ToastProvider } from '../../../renderer/src/components/ToastProvider';
import { createCadence } from '../../../renderer/db/cadences';
import { createCommitment } from '../../../renderer/db/commitments';

const acme = { name: 'Acme co-sell', partnerOrg: 'Acme Corp', type: 'co-sell', status: 'active' };
const charter = { purpose: 'Win mid-market deals together', goals: [{ statement: '20 joint wins', metric: 'deals', target: '20', dueBy: '2027-12-31' }] };

beforeAll(() => {
  // jsdom has no modal dialogs; the browser's behaviour that matters here is only `open`.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

afterEach(async () => {
  cleanup();
  await db.delete();
  await db.open();
});

/** Submits the form twice in the same task, as a double click or a doubled Enter does. */
async function submitTwice(form: HTMLFormElement) {
  await act(async () => {
    fireEvent.submit(form);
    fireEvent.submit(form);
  });
}

const formOf = (button: HTMLElement) => button.closest('form') as HTMLFormElement;

describe('one save path: a double submit writes once', () => {
  it('the decision form adds one decision', async () => {
    const p = await createPartnership(appContext, acme);
    const onSave = vi.fn(async (input: unknown) => {
      await createDecision(appContext, input);
    });
    render(<DecisionForm partnershipId={p.id} today="2027-01-14" onSave={onSave} onCancel={() => undefined} />);
    fireEvent.change(screen.getByLabelText(/^Decision/), { target: { value: 'Joint pricing for EMEA' } });
    await submitTwice(formOf(screen.getByRole('button', { name: 'Add decision' })));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(await db.decisions.where('partnershipId').equals(p.id).count()).toBe(1);
  });

  it('the decision form shows it is saving: its submit button is disabled meanwhile', async () => {
    const p = await createPartnership(appContext, acme);
    let finish = () => undefined as void;
    const onSave = () => new Promise<void>((resolve) => (finish = resolve));
    render(<DecisionForm partnershipId={p.id} today="2027-01-14" onSave={onSave} onCancel={() => undefined} />);
    fireEvent.change(screen.getByLabelText(/^Decision/), { target: { value: 'Joint pricing for EMEA' } });
    const button = screen.getByRole('button', { name: 'Add decision' });
    await act(async () => {
      fireEvent.submit(formOf(button));
    });
    expect(button).toHaveProperty('disabled', true);
    await act(async () => finish());
    expect(button).toHaveProperty('disabled', false);
  });

  it('the agree dialog agrees once, with no failure from a second attempt', async () => {
    const p = await createPartnership(appContext, acme);
    const draft = await saveIntentDraft(appContext, p.id, charter);
    const onAgreed = vi.fn();
    render(<AgreeDialog draft={draft} today="2027-01-14" defaultUs="Dana Reyes" onAgreed={onAgreed} onClose={() => undefined} />);
    fireEvent.change(screen.getByLabelText(/^Agreed by the partner/), { target: { value: 'Lee Chen' } });
    await submitTwice(formOf(screen.getByRole('button', { name: 'Agree version 1' })));
    await vi.waitFor(() => expect(onAgreed).toHaveBeenCalled());
    expect(onAgreed).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/Could not/)).toBeNull();
  });

  it('the intent editor saves one draft once', async () => {
    const p = await createPartnership(appContext, acme);
    const onSaved = vi.fn((_saved: IntentVersion) => undefined);
    render(<IntentEditor partnership={p} onSaved={onSaved} onCancel={() => undefined} />);
    fireEvent.change(screen.getByLabelText(/^Purpose/), { target: { value: 'Win mid-market deals together' } });
    await submitTwice(formOf(screen.getByRole('button', { name: 'Save draft' })));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect(await listIntentVersions(db, p.id)).toHaveLength(1);
  });

  it('the mark-done dialog completes once', async () => {
    const p = await createPartnership(appContext, acme);
    const commitment = await createCommitment(appContext, { partnershipId: p.id, title: 'Send the pricing sheet', owedBy: 'us', dueOn: '2027-01-20' });
    const onComplete = vi.fn(async () => new Promise<void>((resolve) => setTimeout(resolve, 10)));
    render(<CompleteDialog commitment={commitment} today="2027-01-14" onComplete={onComplete} onClose={() => undefined} />);
    await submitTwice(formOf(screen.getByRole('button', { name: 'Mark done' })));
    await vi.waitFor(() => expect(onComplete).toHaveBeenCalled());
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  it('the skip dialog records one skip', async () => {
    const p = await createPartnership(appContext, acme);
    const cadence = await createCadence(appContext, { partnershipId: p.id, name: 'Weekly ops sync', kind: 'ops sync', rrule: 'FREQ=WEEKLY;BYDAY=MO', start: '2027-01-04T10:00', zone: 'Europe/London', durationMinutes: 30 });
    const onClose = vi.fn();
    const occurrence = { occurrence: '2027-01-18T10:00:00.000Z', at: '2027-01-18T10:00:00.000Z' };
    render(
      <ToastProvider>
        <OccurrenceMarkDialog cadence={cadence} occurrence={occurrence} mode="skip" whenLabel="Mon 18 Jan" onClose={onClose} />
      </ToastProvider>,
    );
    await submitTwice(formOf(screen.getByRole('button', { name: 'Skip occurrence' })));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await db.occurrences.where('cadenceId').equals(cadence.id).count()).toBe(1);
  });
});
