/** One labelled fact in a `.facts` list; with `href`, the value links to where it is kept. */
export function Fact({ label, value, href }: { readonly label: string; readonly value: string; readonly href?: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{href ? <a href={href}>{value}</a> : value}</dd>
    </div>
  );
}
