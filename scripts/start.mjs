#!/usr/bin/env node
// `npm start`: serve the production build on PORT (default 3000), building first if there is none.
// Fails fast, in one sentence, when the content folder is missing.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { heapFlags } from './lib/heap.mjs';

const contentDir = path.resolve(process.env.CONTENT_DIR || 'data');
if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
  console.error(`Cannot start: the content folder "${contentDir}" does not exist (set CONTENT_DIR to the folder that holds site.json, categories.json, authors.json and articles/).`);
  process.exit(1);
}

const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');
if (!existsSync(path.join('.next', 'BUILD_ID'))) {
  console.log('No production build found: running `next build` first.');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || '3000';
const server = spawn(process.execPath, [...heapFlags(process.env), nextBin, 'start', '-p', port, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
