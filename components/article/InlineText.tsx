import type { Inline } from '@/lib/content';

/** Paragraph runs: plain, bold, italic, links (internal or http(s), checked at load). */
export function InlineText({ runs, href }: { runs: Inline[]; href: (path: string) => string }) {
  return runs.map((run, i) => {
    let node: React.ReactNode = run.text;
    if (run.italic) node = <em>{node}</em>;
    if (run.bold) node = <strong>{node}</strong>;
    if (run.href) {
      const external = /^https?:/i.test(run.href);
      node = (
        <a href={external ? run.href : href(run.href)} rel={external ? 'noopener' : undefined}>
          {node}
        </a>
      );
    }
    return <span key={i}>{node}</span>;
  });
}
