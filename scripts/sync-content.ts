// `npm run sync-content [-- <folder>]`: brings the PostgreSQL content store (DATABASE_URL) in line
// with the content folder (default: CONTENT_DIR or ./data), importing only what changed since the
// last sync (decision 010). Problems are printed as `file: field — message`; the article's last
// good version stays published. Exit code 1 if there is any problem.
import path from 'node:path';
import { connect } from '../lib/content/postgres/store';
import { config } from '../lib/config';
import { migrate } from '../lib/content/postgres/migrate';
import { syncContent } from '../lib/content/ingest/sync/sync';
import { formatProblem, ContentConfigError } from '../lib/content/records/problems';

async function main(): Promise<number> {
  const dir = process.argv[2] !== undefined ? path.resolve(process.argv[2]) : config.contentDir;
  // Its own name in pg_stat_activity; the sync runs on one reserved connection (sync.ts), migrations on another.
  const sql = connect(undefined, 2, { application_name: 'tin-tuc-sync' });
  try {
    await migrate(sql);
    const result = await syncContent(sql, dir, { progress: process.stderr.isTTY || config.syncProgress });
    for (const problem of result.problems) console.error(formatProblem(problem));
    for (const notice of result.notices) console.log(formatProblem(notice));
    const seconds = result.ms / 1000;
    const rate = result.checked > 0 ? ` (${Math.round(result.checked / seconds).toLocaleString('en')} files/s)` : '';
    console.log(
      `${dir}: ${result.files.toLocaleString('en')} article files, ${result.checked.toLocaleString('en')} checked${rate}, ` +
        `${result.changed.toLocaleString('en')} changed, ${result.problems.length} problem(s), ${seconds.toFixed(2)} s` +
        (result.change.everything ? '; notified: everything changed' : result.change.articles.length > 0 ? `; notified ${result.change.articles.length} changed article(s)` : '') +
        (result.broken > 0 ? `\n${result.broken} file(s) have a problem and are not published as they are (npm run check-content lists them)` : ''),
    );
    return result.problems.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ContentConfigError) {
      console.error(error.message);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'CONNECT_TIMEOUT') {
      console.error(`PostgreSQL is not reachable at ${config.databaseUrl} (${code}): start it or set DATABASE_URL.`);
      return 1;
    }
    throw error;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

main().then((code) => process.exit(code));
