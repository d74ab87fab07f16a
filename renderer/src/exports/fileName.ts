// File names offered in save dialogs: built from user-typed names, so anything a file
// system (or main's "a file name, not a path" check) would refuse is replaced.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_RUN = /\s*(?:[/\\:*?"<>|\u0000-\u001f]\s*)+/g;

/** `Acme / Beta: Q1` → `Acme - Beta - Q1`, trimmed to a length every file system takes. */
export function safeFileName(base: string, extension: string): string {
  const cleaned = base.replace(UNSAFE_RUN, ' - ').replace(/\s+/g, ' ').replace(/^[.\s-]+|[.\s-]+$/g, '');
  return `${(cleaned || 'Steward export').slice(0, 120)}.${extension}`;
}
