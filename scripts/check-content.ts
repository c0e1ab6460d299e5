// `npm run check-content [-- <folder>]`: validates the whole content folder (default: CONTENT_DIR
// or ./data) and prints every problem as `file: field — message`. Exit code 1 if there is any.
// It also lists the articles scheduled for later, with their times, and what is worth knowing
// about front-page.json and breaking.json (an article they name still scheduled, a time past).
import path from 'node:path';
import { hanoi } from '../lib/content/ingest/editorial';
import { loadContent } from '../lib/content/ingest/load-folder';
import { formatProblem, ContentConfigError } from '../lib/content/records/problems';
import { config } from '../lib/config';

async function main(): Promise<number> {
  const dir = process.argv[2] !== undefined ? path.resolve(process.argv[2]) : config.contentDir;
  const started = performance.now();
  try {
    const { index, problems, notices } = await loadContent(dir);
    const ms = Math.round(performance.now() - started);
    for (const problem of problems) console.error(formatProblem(problem));
    const scheduled = index.scheduledArticles();
    if (scheduled.length > 0) {
      console.log(`${scheduled.length} scheduled article(s), published at their time:`);
      for (const a of scheduled) console.log(`  ${hanoi(a.publishedAt)}  ${a.file} (${a.id}, ${a.locale}) “${a.title}”`);
    }
    for (const notice of notices) console.log(`note: ${formatProblem(notice)}`);
    const summary = `${dir}: ${index.size} valid articles${scheduled.length > 0 ? ` (${scheduled.length} scheduled)` : ''}, ${index.categories('vi').length + index.categories('en').length} categories, ${index.authors().length} authors (${ms} ms)`;
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
