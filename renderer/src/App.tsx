import type { PartnershipId } from '@shared/domain';
import { AttentionScreen } from './attention/AttentionScreen';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Sidebar } from './components/Sidebar';
import { PartnershipScreen } from './partnership/PartnershipScreen';
import { PortfolioScreen } from './portfolio/PortfolioScreen';
import { PrintScreen } from './print/PrintScreen';
import { RollupScreen } from './rollup/RollupScreen';
import type { Route } from './router';
import { routeHref, useRoute } from './router';
import { SettingsScreen } from './settings/SettingsScreen';

export function App() {
  const route = useRoute();
  // The print view is a document on its own: no sidebar or other chrome on the page or the PDF.
  if (route.screen === 'print') return <PrintScreen doc={route.doc} />;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar route={route} />
      <main id="main" className="main" tabIndex={-1}>
        <ErrorBoundary resetKey={routeHref(route)}>
          <Screen route={route} />
        </ErrorBoundary>
      </main>
    </div>
  );
}

function Screen({ route }: { readonly route: Route }) {
  switch (route.screen) {
    case 'portfolio':
      return <PortfolioScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'rollup':
      return <RollupScreen quarter={route.quarter} />;
    case 'partnership':
      return <PartnershipScreen key={route.id} id={route.id as PartnershipId} tab={route.tab} detail={route.detail} />;
    default:
      return <AttentionScreen />;
  }
}
