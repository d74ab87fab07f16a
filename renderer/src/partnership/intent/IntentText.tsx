/** Free text as the user wrote it (line breaks kept), or a quiet note when it is blank. */
export function IntentText({ text, blank = 'Not written yet.' }: { readonly text: string; readonly blank?: string }) {
  if (!text.trim()) return <p className="intent-blank">{blank}</p>;
  return <p className="intent-text">{text}</p>;
}
