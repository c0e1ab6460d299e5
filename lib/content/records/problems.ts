/** One problem found while reading a record, named by file and field: "articles/x.json: body.3.caption — Required". */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return p.field ? `${p.file}: ${p.field} — ${p.message}` : `${p.file}: ${p.message}`;
}

/** The content folder is missing or its settings cannot be used: the site cannot start. */
export class ContentConfigError extends Error {
  override name = 'ContentConfigError';
}
