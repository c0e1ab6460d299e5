// `npm run db:migrate`: applies the content store's pending migrations (lib/content/postgres/migrations)
// to DATABASE_URL. The server applies them at start too; this is for a deploy that migrates first.
import { connect } from '../lib/content/postgres/store';
import { migrate } from '../lib/content/postgres/migrate';

async function main(): Promise<void> {
  const sql = connect(undefined, 1);
  try {
    const applied = await migrate(sql);
    console.log(applied.length > 0 ? `applied ${applied.join(', ')}` : 'the database is up to date');
  } finally {
    await sql.end({ timeout: 5 });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
