import type { ReactNode } from 'react';

/** One part of the review: a titled panel, kept whole on a printed page where it fits. */
export function ReviewSection({ id, title, children }: { readonly id: string; readonly title: string; readonly children: ReactNode }) {
  return (
    <section className="panel review-section" aria-labelledby={`review-${id}`}>
      <h2 id={`review-${id}`}>{title}</h2>
      {children}
    </section>
  );
}
