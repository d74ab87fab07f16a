// The exchange rates reports convert with, entered by the user (never fetched): each pair's
// rate from a day on, until a later one. Add one; delete one with Undo.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ExchangeRate } from '@shared/domain';
import { appContext, db } from '../../db/db';
import { useLiveQuery } from '../../db/live';
import { createExchangeRate, deleteExchangeRate, listExchangeRates, restoreExchangeRate } from '../../db/value';
import { useDateText } from '../clock/useDateText';
import { Field } from '../components/Field';
import { useFormSave } from '../components/useFormSave';
import { useToast } from '../components/ToastProvider';
import { useUndoableDelete } from '../components/useUndoableDelete';
import { useToday } from '../useToday';
import { CurrencySelect } from './CurrencySelect';
import './valueSettings.css';

export function ExchangeRatesSection({ reportingCurrency }: { readonly reportingCurrency: string }) {
  const rates = useLiveQuery(() => listExchangeRates(db), []);
  const undoableDelete = useUndoableDelete();
  const { formatDay } = useDateText();
  const label = (r: ExchangeRate) => `the ${r.from} to ${r.to} rate from ${formatDay(r.asOf)}`;
  return (
    <section className="panel" aria-labelledby="rates-title">
      <h2 id="rates-title">Exchange rates</h2>
      <p className="muted settings-note">One unit of the first currency is worth the rate in the second, from the day given until a later rate. Steward never fetches rates: enter the ones your finance team uses.</p>
      {rates && rates.length > 0 ? (
        <table className="table rates-table">
          <caption className="visually-hidden">Exchange rates</caption>
          <thead>
            <tr>
              <th scope="col">Currencies</th>
              <th scope="col">Rate</th>
              <th scope="col">From day</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rates.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.from} → {r.to}
                </td>
                <td>
                  1 {r.from} = {r.rate} {r.to}
                </td>
                <td>{formatDay(r.asOf)}</td>
                <td className="rates-actions">
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    aria-label={`Delete ${label(r)}`}
                    onClick={() =>
                      void undoableDelete(
                        label(r),
                        () => deleteExchangeRate(appContext, r.id),
                        () => restoreExchangeRate(appContext, r.id),
                      )
                    }
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        rates && <p className="muted">No rates yet. Amounts in another currency than {reportingCurrency} are left out of totals, with a note naming the missing rate, until you add one.</p>
      )}
      <RateForm reportingCurrency={reportingCurrency} />
    </section>
  );
}

function RateForm({ reportingCurrency }: { readonly reportingCurrency: string }) {
  const today = useToday();
  const [from, setFrom] = useState(reportingCurrency === 'EUR' ? 'USD' : 'EUR');
  const [to, setTo] = useState(reportingCurrency);
  const [rate, setRate] = useState('');
  const [asOf, setAsOf] = useState(today);
  const { formRef, errors, failure, isSaving, save } = useFormSave('Could not add the rate');
  const toast = useToast();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const number = rate.trim() === '' ? Number.NaN : Number(rate.trim().replace(',', '.'));
    const outcome = await save({}, () => createExchangeRate(appContext, { from, to, rate: number, asOf }));
    if (!outcome.saved) return;
    setRate('');
    toast({ message: `Added 1 ${outcome.value.from} = ${outcome.value.rate} ${outcome.value.to}.` });
  }
  return (
    <form ref={formRef} className="rate-form" onSubmit={submit} noValidate aria-label="Add an exchange rate">
      <Field label="From currency" error={errors.from}>
        {(a) => <CurrencySelect {...a} value={from} onChange={setFrom} />}
      </Field>
      <Field label="To currency" error={errors.to}>
        {(a) => <CurrencySelect {...a} value={to} onChange={setTo} />}
      </Field>
      <Field label="Rate" required error={errors.rate}>
        {(a) => <input {...a} inputMode="decimal" value={rate} onChange={(e) => setRate(e.target.value)} />}
      </Field>
      <Field label="From day" required error={errors.asOf}>
        {(a) => <input {...a} type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />}
      </Field>
      {failure && (
        <p className="form-failure" role="alert">
          {failure}
        </p>
      )}
      <div className="rate-form-actions">
        <button type="submit" className="button button-primary" disabled={isSaving}>
          Add rate
        </button>
      </div>
    </form>
  );
}
