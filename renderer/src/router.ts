// A small hash router: the app has a handful of screens, and hash URLs work the
// same under app://, file:// and the web server without any server routing.
import { useSyncExternalStore } from 'react';

export type Route =
  | { readonly screen: 'attention' }
  | { readonly screen: 'portfolio' }
  | { readonly screen: 'settings' }
  | { readonly screen: 'partnership'; readonly id: string; readonly tab: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id, tab] = parts;
  if (head === 'portfolio') return { screen: 'portfolio' };
  if (head === 'settings') return { screen: 'settings' };
  if (head === 'partnerships' && id) return { screen: 'partnership', id, tab: tab ?? 'overview' };
  return { screen: 'attention' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'partnership':
      return `#/partnerships/${encodeURIComponent(route.id)}/${encodeURIComponent(route.tab)}`;
    default:
      return `#/${route.screen}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
