// Native notifications whose click brings the user to the item. Each shown
// notification is kept referenced until it is clicked or closed: a notification
// that gets garbage-collected loses its click handler (notably on Windows).
import type { NotificationConstructorOptions } from 'electron';
import type { NotificationRequest } from '../../shared/ipc';

export interface NotificationLike {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}

export interface NotifierDeps {
  readonly createNotification: (options: NotificationConstructorOptions) => NotificationLike;
  readonly onClick: (key: string) => void;
}

export function createNotifier(deps: NotifierDeps): (notification: NotificationRequest) => void {
  const shown = new Set<NotificationLike>();
  return ({ key, title, body }) => {
    const notification = deps.createNotification({ title, body });
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      deps.onClick(key);
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
  };
}
