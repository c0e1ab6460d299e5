import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findStylesheets } from './check-css';

const RULES = ['a { color: #a50e0e; }', '.card { display: grid; gap: 1rem; }', '@media (max-width: 40em) {', '  .card { display: block; }', '}'];

/** `npm run check-css -- files…` as npm test runs it: exit code and what it printed. */
function checkCss(files: Record<string, string[]>): { status: number | null; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'check-css-'));
  try {
    const paths = Object.entries(files).map(([name, lines]) => {
      writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
      return name;
    });
    const run = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), path.resolve('e2e/lib/check-css.ts'), ...paths], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the CSS check fails on a lost brace, a stray brace and an unknown property, naming file and line; a sound stylesheet passes', () => {
  const { status, output } = checkCss({
    'sound.css': RULES,
    // The `}` of line 2 lost: at the end of the file its block is still open.
    'lost-brace.css': ['body { margin: 0; }', '.lead { font-size: 2rem;', ...RULES],
    // A `}` lost on line 1 and one too many on line 4: the braces add up, but `.lead` is nested.
    'moved-brace.css': ['body { margin: 0;', '.lead { font-size: 2rem; }', 'p { margin: 0; }', '}', ...RULES],
    'stray-brace.css': [...RULES, '}', 'p { margin: 0; }'],
    'typo.css': ['a { colr: red; }', ...RULES],
  });
  assert.equal(status, 1, output);
  assert.match(output, /^lost-brace\.css:2:1 error — this block has no closing `}`/m);
  assert.match(output, /^moved-brace\.css:2:1 error — `\.lead` is nested in `body` \(line 1\): a `}` is missing before it$/m);
  assert.match(output, /^stray-brace\.css:6:1 error — Unexpected }$/m);
  assert.match(output, /^typo\.css:1:\d+ error — CSS: “colr”: Property “colr” doesn't exist\.$/m);
  assert.doesNotMatch(output, /^sound\.css/m);
  assert.match(output, /^\d+ error\(s\) found\.$/m);
});

test('the CSS check passes sound stylesheets', () => {
  const { status, output } = checkCss({ 'sound.css': RULES, 'fonts.css': ['@font-face { font-family: X; src: url(x.woff2) format("woff2"); font-display: optional; }'] });
  assert.equal(status, 0, output);
  assert.match(output, /^No errors found\.$/m);
});

test('the CSS check finds every stylesheet of the repository and none of node_modules or the build', () => {
  const found = findStylesheets('.');
  for (const file of ['styles/desktop.css', 'styles/mobile.css', 'styles/fonts.css']) assert.ok(found.includes(file), `${file} in ${found.join(', ')}`);
  assert.deepEqual(found.filter((f) => /(^|\/)(node_modules|\.next)\//.test(f)), []);
});
