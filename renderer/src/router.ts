// A small hash router: the app has a handful of screens, and hash URLs work the
// same under app://, file:// and the web server without any server routing.
import { useSyncExternalStore } from 'react';

export type Route =
  | { readonly screen: 'attention' }
  | { readonly screen: 'portfolio' }
  | { readonly screen: 'settings' }
  | { readonly screen: 'partnership'; readonly id: string; readonly tab: string; readonly detail?: string }
  | { readonly screen: 'rollup'; readonly quarter?: string }
  | { readonly screen: 'print'; readonly doc: PrintDoc };

/** A document the print view renders (PDF export): `#/print/review/<id>/<quarter>/<edition>`, `#/print/intent/<id>`, `#/print/rollup/<quarter>`. */
export type PrintDoc =
  | { readonly kind: 'review'; readonly id: string; readonly quarter: string; readonly edition: string }
  | { readonly kind: 'intent'; readonly id: string }
  | { readonly kind: 'rollup'; readonly quarter: string }
  /** `#/print/recap/<partnership id>/<touchpoint id>/<edition>`: a recorded meeting's recap. */
  | { readonly kind: 'recap'; readonly id: string; readonly touchpointId: string; readonly edition: string }
  /** `#/print/brief/<partnership id>/<cadence id>@<instant> or adhoc@<prep id>/<edition>`: a meeting's brief. */
  | { readonly kind: 'brief'; readonly id: string; readonly detail: string; readonly edition: string };

function parsePrintDoc(parts: readonly string[]): PrintDoc | undefined {
  const [kind, a, b, c] = parts;
  if (kind === 'review' && a && b && c) return { kind, id: a, quarter: b, edition: c };
  if (kind === 'intent' && a) return { kind, id: a };
  if (kind === 'rollup' && a) return { kind, quarter: a };
  if (kind === 'recap' && a && b && c) return { kind, id: a, touchpointId: b, edition: c };
  if (kind === 'brief' && a && b && c) return { kind, id: a, detail: b, edition: c };
  return undefined;
}

function printParts(doc: PrintDoc): readonly string[] {
  switch (doc.kind) {
    case 'review':
      return [doc.id, doc.quarter, doc.edition];
    case 'intent':
      return [doc.id];
    case 'recap':
      return [doc.id, doc.touchpointId, doc.edition];
    case 'brief':
      return [doc.id, doc.detail, doc.edition];
    default:
      return [doc.quarter];
  }
}

function printHref(doc: PrintDoc): string {
  const parts = printParts(doc);
  return `#/print/${doc.kind}/${parts.map(encodeURIComponent).join('/')}`;
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id, tab, detail] = parts;
  if (head === 'portfolio') return { screen: 'portfolio' };
  if (head === 'settings') return { screen: 'settings' };
  if (head === 'partnerships' && id) return { screen: 'partnership', id, tab: tab ?? 'overview', ...(detail ? { detail } : {}) };
  if (head === 'rollup') return id ? { screen: 'rollup', quarter: id } : { screen: 'rollup' };
  const doc = head === 'print' ? parsePrintDoc(parts.slice(1)) : undefined;
  if (doc) return { screen: 'print', doc };
  return { screen: 'attention' };
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'partnership':
      return `#/partnerships/${encodeURIComponent(route.id)}/${encodeURIComponent(route.tab)}${route.detail ? `/${encodeURIComponent(route.detail)}` : ''}`;
    case 'rollup':
      return route.quarter ? `#/rollup/${encodeURIComponent(route.quarter)}` : '#/rollup';
    case 'print':
      return printHref(route.doc);
    default:
      return `#/${route.screen}`;
  }
}

/** The meeting a brief prepares: a cadence's occurrence (planned instant, ISO) or an ad-hoc meeting's preparation. */
export type BriefRef = { readonly cadenceId: string; readonly occurrence: string } | { readonly prepId: string };

const AD_HOC = 'adhoc';

/** `#/partnerships/<id>/brief/<cadenceId>@<occurrence>` or `…/brief/adhoc@<prepId>`. */
export function briefHref(partnershipId: string, ref: BriefRef): string {
  return routeHref({ screen: 'partnership', id: partnershipId, tab: 'brief', detail: briefDetail(ref) });
}

/** The route part that names a brief's meeting (also in its print view's route). */
export function briefDetail(ref: BriefRef): string {
  return 'prepId' in ref ? `${AD_HOC}@${ref.prepId}` : `${ref.cadenceId}@${ref.occurrence}`;
}

/** The brief a route's detail names, or undefined when it names none. */
export function parseBriefRef(detail: string | undefined): BriefRef | undefined {
  const at = detail?.indexOf('@') ?? -1;
  if (!detail || at <= 0 || at === detail.length - 1) return undefined;
  const [head, tail] = [detail.slice(0, at), detail.slice(at + 1)];
  return head === AD_HOC ? { prepId: tail } : { cadenceId: head, occurrence: tail };
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
