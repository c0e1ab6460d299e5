// `npm run check-css [-- file.css …]`: every stylesheet in the repository (default: each .css file
// outside node_modules, build output and dot-folders) through two checks, each problem printed as
// `file:line:column error — message`. Exit code 1 if there is any error. Part of `npm test`.
//  - Structure (postcss): a block whose `}` is missing, a `}` too many. A lost `}` in the middle of
//    a file does not break its syntax: the rules after it become rules nested in the one before,
//    which no page then matches (it once switched off most of desktop.css, and only e2e noticed).
//    This project writes no nested CSS, so a style rule inside a style rule is an error too.
//  - The CSS grammar (the Nu checker's CSS validator, vnu-jar --css, on Java like the HTML
//    check): parse errors, unknown properties, values a property does not take.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss, { CssSyntaxError, type Node as CssNode, type Rule } from 'postcss';
import { config } from '../../lib/config';
import type { VnuMessage } from './validate-html';

const require = createRequire(__filename);

export interface CssProblem {
  file: string;
  line: number;
  column: number;
  type: 'error' | 'warning';
  message: string;
}

/** Folders that hold no stylesheet of ours: dependencies, build and test output. */
const SKIPPED = new Set(['node_modules', 'test-results', 'playwright-report']);

/** Every .css file under `root` (relative to it, sorted), outside SKIPPED and dot-folders. */
export function findStylesheets(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED.has(entry.name)) walk(relative);
      } else if (entry.isFile() && entry.name.endsWith('.css')) {
        found.push(relative);
      }
    }
  };
  walk('');
  return found.sort();
}

/** The structure check of one stylesheet: unclosed blocks, stray braces, nested style rules. */
export function checkStructure(file: string, css: string): CssProblem[] {
  let root;
  try {
    root = postcss.parse(css, { from: file });
  } catch (error) {
    if (!(error instanceof CssSyntaxError)) throw error;
    const message = error.reason === 'Unclosed block'
      ? 'this block has no closing `}` (every rule after it is nested inside it)'
      : error.reason;
    return [{ file, line: error.line ?? 1, column: error.column ?? 1, type: 'error', message }];
  }
  const problems: CssProblem[] = [];
  const reported = new Set<Rule>();
  root.walkRules((rule) => {
    let outer: CssNode | undefined = rule.parent;
    while (outer && outer.type !== 'rule') outer = outer.parent;
    if (!outer || reported.has(outer as Rule)) return;
    const parent = outer as Rule;
    reported.add(parent);
    problems.push({
      file,
      line: rule.source?.start?.line ?? 1,
      column: rule.source?.start?.column ?? 1,
      type: 'error',
      message: `\`${rule.selector}\` is nested in \`${parent.selector}\` (line ${parent.source?.start?.line}): a \`}\` is missing before it`,
    });
  });
  return problems;
}

/** The CSS grammar check of all files in one JVM (starting Java costs more than checking). */
export function checkGrammar(files: string[]): Promise<CssProblem[]> {
  if (files.length === 0) return Promise.resolve([]);
  const jar = String(require('vnu-jar'));
  const java = config.java;
  const byPath = new Map(files.map((file) => [path.resolve(file), file]));
  const args = ['-Xss4m', '-jar', jar, '--css', '--format', 'json', '--stdout', '--exit-zero-always', ...files.map((f) => path.resolve(f))];
  return new Promise((resolve, reject) => {
    execFile(java, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error(`The CSS check needs Java 11+ ("${java}" not found): apt-get install -y default-jre-headless, or set JAVA.`));
        return;
      }
      let report: { messages: VnuMessage[] };
      try {
        report = JSON.parse(stdout) as { messages: VnuMessage[] };
      } catch {
        reject(new Error(`vnu gave no JSON report: ${(stderr || stdout).slice(0, 2000)}`));
        return;
      }
      resolve(
        report.messages.flatMap((m): CssProblem[] => {
          const type = m.type === 'info' ? (m.subType === 'warning' ? 'warning' : null) : 'error';
          if (!type) return [];
          // vnu writes file:/tmp/x (one slash).
          const url = m.url?.replace(/^file:\/(?!\/)/, 'file:///');
          const local = url?.startsWith('file:') ? fileURLToPath(url) : undefined;
          const file = (local && byPath.get(local)) ?? local ?? m.url ?? '(vnu)';
          return [{ file, line: m.lastLine ?? 1, column: m.firstColumn ?? m.lastColumn ?? 1, type, message: m.message }];
        }),
      );
    });
  });
}

/** Both checks over `files`, sorted by file and line. */
export async function checkCss(files: string[]): Promise<CssProblem[]> {
  const structure = files.flatMap((file) => checkStructure(file, readFileSync(file, 'utf8')));
  const grammar = await checkGrammar(files);
  return [...structure, ...grammar].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

export function formatCssProblem(p: CssProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.type} — ${p.message}`;
}

async function main(): Promise<number> {
  const started = performance.now();
  const files = process.argv.length > 2 ? process.argv.slice(2) : findStylesheets('.');
  const problems = await checkCss(files);
  for (const problem of problems) console.error(formatCssProblem(problem));
  const errors = problems.filter((p) => p.type === 'error').length;
  const summary = `${files.length} stylesheet(s): ${files.join(', ')} (${Math.round(performance.now() - started)} ms)`;
  if (errors > 0) {
    console.error(`\n${summary}\n${errors} error(s) found.`);
    return 1;
  }
  console.log(`${summary}\nNo errors found.`);
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    },
  );
}
