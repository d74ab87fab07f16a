// A last line of defence: an unhandled rejection is shown as a readable banner
// rather than failing silently or blanking the screen.
import { STORAGE_FULL_MESSAGE, isStorageFull, messageOf } from './components/failureMessage';

export function reportUnhandled(win: Window): void {
  win.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    console.error('Unhandled rejection', reason);
    showBanner(win.document, isStorageFull(reason) ? STORAGE_FULL_MESSAGE : `Something went wrong: ${messageOf(reason)}`);
  });
}

function showBanner(doc: Document, text: string): void {
  let banner = doc.getElementById('unhandled-banner');
  if (!banner) {
    banner = doc.createElement('div');
    banner.id = 'unhandled-banner';
    banner.setAttribute('role', 'alert');
    banner.className = 'unhandled-banner';
    banner.addEventListener('click', () => banner?.remove());
    doc.body.append(banner);
  }
  banner.textContent = `${text} (click to dismiss)`;
}
