import { useSettings } from '../../db/hooks';
import { DataSection } from './DataSection';
import { ExchangeRatesSection } from './ExchangeRatesSection';
import { ValueSettingsForm } from './ValueSettingsForm';
import { SettingsForm } from './SettingsForm';
import { TeamSection } from '../team/TeamSection';

export function SettingsScreen() {
  const settings = useSettings();
  return (
    <section className="screen" aria-labelledby="settings-title">
      <header className="screen-header">
        <div>
          <h1 id="settings-title">Settings</h1>
          <p className="screen-sub">You, your working hours, and how Steward reminds you.</p>
        </div>
      </header>
      {settings ? <SettingsForm key={settings.updatedAt} settings={settings} /> : <p className="muted">Loading…</p>}
      {settings && <ValueSettingsForm key={`value-${settings.updatedAt}`} settings={settings} />}
      {settings && <ExchangeRatesSection reportingCurrency={settings.reportingCurrency} />}
      {settings && <TeamSection settings={settings} />}
      <DataSection />
    </section>
  );
}
