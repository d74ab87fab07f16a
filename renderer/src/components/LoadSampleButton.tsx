import { useState } from 'react';
import { samplePortfolio } from '@shared/sample/portfolioGenerator';
import { appContext } from '../../db/db';
import { addSnapshot } from '../../db/snapshot';
import { useToday } from '../useToday';
import { useToast } from './ToastProvider';
import { failureMessage } from './failureMessage';

/** First run: loads a realistic sample portfolio in one transaction, so the app can be explored at once. */
export function LoadSampleButton() {
  const today = useToday();
  const toast = useToast();
  const [isLoading, setLoading] = useState(false);
  async function load() {
    setLoading(true);
    try {
      await addSnapshot(appContext, samplePortfolio(today), 'Loaded the sample portfolio');
      toast({ message: 'Loaded a sample portfolio of 7 partnerships. Archive them when you are ready for your own.' });
    } catch (error) {
      toast({ message: failureMessage('Could not load the sample', error), tone: 'error' });
    } finally {
      setLoading(false);
    }
  }
  return (
    <button type="button" className="button" onClick={load} disabled={isLoading}>
      {isLoading ? 'Loading the sample…' : 'Load a sample portfolio'}
    </button>
  );
}
