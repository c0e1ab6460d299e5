// `npm run check-content [-- <folder>]`: validates the whole content folder (default: CONTENT_DIR
// or ./data) and prints every problem as `file: field — message`. Exit code 1 if there is any.
import path from 'node:path';
import { loadContent } from '../lib/content/ingest/load-folder';
import { formatProblem, ContentConfigError } from '../lib/content/records/problems';
import { config } from '../lib/config';

async function main(): Promise<number> {
  const dir = process.argv[2] !== undefined ? path.resolve(process.argv[2]) : config.contentDir;
  const started = performance.now();
  try {
    const { index, problems } = await loadContent(dir);
    const ms = Math.round(performance.now() - started);
    for (const problem of problems) console.error(formatProblem(problem));
    const summary = `${dir}: ${index.size} valid articles, ${index.categories('vi').length + index.categories('en').length} categories, ${index.authors().length} authors (${ms} ms)`;
    if (problems.length > 0) {
      console.error(`\n${summary}\n${problems.length} problem(s) found.`);
      return 1;
    }
    console.log(`${summary}\nNo problems found.`);
    return 0;
  } catch (error) {
    if (error instanceof ContentConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

main().then((code) => process.exit(code));
