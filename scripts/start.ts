// `npm start` (through scripts/start.sh): checks the content folder, builds when there is no build,
// then prints the command that serves it: node, its heap flags (scripts/lib/heap.ts), next start on
// PORT and the arguments given to npm start. start.sh execs that command, so the instance is one
// process (next-server) beside npm, with no launcher left resident. Fails fast, in one sentence,
// when the content folder is missing or a setting is bad.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { config, ConfigError } from '../lib/config';
import { heapFlags } from './lib/heap';

/** A word the shell reads back as exactly this string. */
const quote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

function main(): number {
  const contentDir = config.contentDir;
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    console.error(`Cannot start: the content folder "${contentDir}" does not exist (set CONTENT_DIR to the folder that holds site.json, categories.json, authors.json and articles/).`);
    return 1;
  }
  const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');
  if (!existsSync(path.join(config.distDir, 'BUILD_ID'))) {
    console.error('No production build found: running `next build` first.');
    // stdout is the command start.sh runs: the build speaks on stderr.
    const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: ['inherit', 2, 2] });
    if (build.status !== 0) return build.status ?? 1;
  }
  const command = ['node', ...heapFlags(config.contentStore, config.nodeOptions), nextBin, 'start', '-p', String(config.port), ...process.argv.slice(2)];
  process.stdout.write(`${command.map(quote).join(' ')}\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Cannot start: ${error.message}`);
  process.exitCode = 1;
}
