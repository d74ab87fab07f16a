import type { PartnershipId } from '@shared/domain';
import { AttentionScreen } from './attention/AttentionScreen';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Sidebar } from './components/Sidebar';
import { PartnershipScreen } from './partnership/PartnershipScreen';
import { PortfolioScreen } from './portfolio/PortfolioScreen';
import type { Route } from './router';
import { routeHref, useRoute } from './router';
import { SettingsScreen } from './settings/SettingsScreen';

export function App() {
  const route = useRoute();
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
    case 'partnership':
      return <PartnershipScreen key={route.id} id={route.id as PartnershipId} tab={route.tab} />;
    default:
      return <AttentionScreen />;
  }
}
