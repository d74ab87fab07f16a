import type { PrintDoc } from '../router';
import { parseBriefRef, routeHref } from '../router';
import { PrintBrief } from './PrintBrief';
import { PrintIntent } from './PrintIntent';
import { PrintRecap } from './PrintRecap';
import { PrintReview } from './PrintReview';
import { PrintRollup } from './PrintRollup';
import { asQuarter } from '../components/quarterOptions';
import { PrintProblem } from './PrintProblem';

/** `#/print/…`: one exportable document, checked before anything is read. */
export function PrintScreen({ doc }: { readonly doc: PrintDoc }) {
  switch (doc.kind) {
    case 'review': {
      const quarter = asQuarter(doc.quarter);
      if (!quarter || (doc.edition !== 'internal' && doc.edition !== 'partner')) return <PrintProblem backHref={routeHref({ screen: 'portfolio' })} />;
      return <PrintReview id={doc.id} quarter={quarter} edition={doc.edition} />;
    }
    case 'intent':
      return <PrintIntent id={doc.id} />;
    case 'recap':
      if (doc.edition !== 'internal' && doc.edition !== 'partner') return <PrintProblem backHref={routeHref({ screen: 'portfolio' })} />;
      return <PrintRecap id={doc.id} touchpointId={doc.touchpointId} edition={doc.edition} />;
    case 'brief': {
      const ref = parseBriefRef(doc.detail);
      if (!ref || (doc.edition !== 'internal' && doc.edition !== 'partner')) return <PrintProblem backHref={routeHref({ screen: 'portfolio' })} />;
      return <PrintBrief id={doc.id} briefRef={ref} edition={doc.edition} />;
    }
    default: {
      const quarter = asQuarter(doc.quarter);
      return quarter ? <PrintRollup quarter={quarter} /> : <PrintProblem backHref={routeHref({ screen: 'rollup' })} />;
    }
  }
}
