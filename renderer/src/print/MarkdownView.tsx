import type { Inline } from './markdownBlocks';
import { markdownBlocks } from './markdownBlocks';

function Text({ parts }: { readonly parts: readonly Inline[] }) {
  // Segments of one line have no identity beyond their order.
  return <>{parts.map((p, i) => (p.bold ? <strong key={i}>{p.text}</strong> : <span key={i}>{p.text}</span>))}</>;
}

/** Our exporters' Markdown as a document; blocks and rows are keyed by position (the text is static). */
export function MarkdownView({ markdown }: { readonly markdown: string }) {
  return (
    <div className="markdown-view">
      {markdownBlocks(markdown).map((block, i) => {
        switch (block.kind) {
          case 'heading': {
            const Heading = `h${block.level}` as const;
            return <Heading key={i}>{block.text}</Heading>;
          }
          case 'table':
            return (
              <table key={i} className="table review-table">
                <thead>
                  <tr>
                    {block.header.map((h, j) => (
                      <th key={j} scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {block.rows.map((row, j) => (
                    <tr key={j}>
                      {row.map((cell, k) => (
                        <td key={k}>{cell}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>
                    <Text parts={item} />
                  </li>
                ))}
              </List>
            );
          }
          default:
            return (
              <p key={i}>
                {block.lines.map((line, j) => (
                  <span key={j}>
                    {j > 0 && <br />}
                    <Text parts={line} />
                  </span>
                ))}
              </p>
            );
        }
      })}
    </div>
  );
}
