import type { Snippet as SnippetData } from '@/lib/search/snippet';

/** The passage that matched: plain text with <mark> around the matched words (React escapes every piece). */
export function Snippet({ snippet }: { snippet: SnippetData }) {
  const pieces: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of snippet.marks) {
    if (start < at || end <= start) continue;
    if (start > at) pieces.push(snippet.text.slice(at, start));
    pieces.push(<mark key={start}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < snippet.text.length) pieces.push(snippet.text.slice(at));
  return <p className="search-result__snippet">{pieces}</p>;
}
