// `npm run config-table`: prints the README's configuration tables from lib/config.ts;
// `-- --write` puts them into README.md between the markers (a unit test checks they match).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { configTable, withConfigTable } from '../lib/config-table';

const README = path.resolve(__dirname, '..', 'README.md');
if (process.argv.includes('--write')) {
  const next = withConfigTable(readFileSync(README, 'utf8'));
  if (next === undefined) {
    console.error('README.md has no configuration markers: add the two lines from lib/config-table.ts (TABLE_START, TABLE_END) where the tables belong.');
    process.exit(1);
  }
  writeFileSync(README, next);
  console.log('README.md: configuration tables written.');
} else {
  console.log(configTable());
}
