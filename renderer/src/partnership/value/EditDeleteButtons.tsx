/** A row's Edit and Delete buttons, each named for what it acts on ("Edit: Contoso", as every list in the app names them). */
export function EditDeleteButtons({ name, onEdit, onDelete }: { readonly name: string; readonly onEdit: () => void; readonly onDelete: () => void }) {
  return (
    <>
      <button type="button" className="button button-small button-quiet" onClick={onEdit} aria-label={`Edit: ${name}`}>
        Edit
      </button>
      <button type="button" className="button button-small button-quiet" onClick={onDelete} aria-label={`Delete: ${name}`}>
        Delete
      </button>
    </>
  );
}
