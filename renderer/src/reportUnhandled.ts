// A last line of defence: an unhandled rejection is shown as a readable banner
// rather than failing silently or blanking the screen.
export function reportUnhandled(win: Window): void {
  win.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    const message = reason instanceof Error ? reason.message : String(reason);
    console.error('Unhandled rejection', reason);
    showBanner(win.document, `Something went wrong: ${message}`);
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
