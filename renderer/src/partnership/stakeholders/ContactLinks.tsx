// A free-text contact with its emails and https addresses as links. The app denies
// in-page navigation, so a click hands the address to the OS through the Platform.
import type { MouseEvent } from 'react';
import { contactParts } from '@shared/stakeholderMap';
import { usePlatform } from '../../platform/PlatformContext';
import { useToast } from '../../components/ToastProvider';
import { failureMessage } from '../../components/failureMessage';

export function ContactLinks({ contact }: { readonly contact: string }) {
  const platform = usePlatform();
  const toast = useToast();
  if (!contact) return <span className="muted">—</span>;

  const open = (href: string) => (event: MouseEvent) => {
    event.preventDefault();
    platform.openExternal(href).catch((error: unknown) => toast({ message: failureMessage(`Could not open ${href}`, error), tone: 'error' }));
  };

  return (
    <span className="stakeholders-contact">
      {contactParts(contact).map((part, index) =>
        part.href ? (
          <a key={index} href={part.href} onClick={open(part.href)}>
            {part.text}
          </a>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}
