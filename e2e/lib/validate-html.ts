// The Nu HTML Checker (vnu-jar, the validator behind validator.w3.org) over HTML strings.
// Used by e2e/html-validity.spec.ts; one java process checks a whole batch, because
// starting the JVM costs more than checking a page.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { config } from '../../lib/config';

const require = createRequire(__filename);

export interface HtmlPage {
  /** How the page is named in messages, e.g. "mobile search (no results) /m/tim-kiem?q=…". */
  name: string;
  html: string;
}

export interface HtmlMessage {
  page: string;
  type: 'error' | 'warning';
  message: string;
  line?: number;
  column?: number;
  /** The markup around the problem, as vnu quotes it. */
  extract?: string;
}

/** One message of vnu's JSON output (HTML and CSS alike). */
export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  extract?: string;
}

/** Runs vnu once over all pages; returns its errors and warnings (not its informational notes). */
export async function validateHtml(pages: HtmlPage[]): Promise<HtmlMessage[]> {
  if (pages.length === 0) return [];
  const dir = mkdtempSync(path.join(tmpdir(), 'vnu-'));
  try {
    const byUrl = new Map<string, string>();
    const files = pages.map((page, i) => {
      const file = path.join(dir, `${String(i).padStart(3, '0')}.html`);
      writeFileSync(file, page.html);
      byUrl.set(pathToFileURL(file).href, page.name);
      return file;
    });
    const report = await runVnu(['--format', 'json', '--stdout', '--exit-zero-always', ...files]);
    return report.messages.flatMap((m): HtmlMessage[] => {
      const type = m.type === 'info' ? (m.subType === 'warning' ? 'warning' : null) : 'error';
      if (!type) return [];
      const page = (m.url && byUrl.get(normaliseFileUrl(m.url))) ?? m.url ?? '(vnu)';
      return [{ page, type, message: m.message, line: m.lastLine, column: m.firstColumn, extract: m.extract }];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One line per message: `page:line:column error — message`. */
export function formatMessage(m: HtmlMessage): string {
  const where = m.line === undefined ? m.page : `${m.page}:${m.line}:${m.column ?? 0}`;
  const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
  return `${where} ${m.type} — ${m.message}${extract}`;
}

/** vnu writes file:/tmp/x (one slash); Node writes file:///tmp/x. */
function normaliseFileUrl(url: string): string {
  return url.replace(/^file:\/(?!\/)/, 'file:///');
}

function runVnu(args: string[]): Promise<{ messages: VnuMessage[] }> {
  const jar = String(require('vnu-jar'));
  const java = config.java;
  return new Promise((resolve, reject) => {
    execFile(java, ['-Xss4m', '-jar', jar, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error(`The HTML check needs Java 11+ ("${java}" not found): apt-get install -y default-jre-headless, or set JAVA.`));
        return;
      }
      try {
        resolve(JSON.parse(stdout) as { messages: VnuMessage[] });
      } catch {
        reject(new Error(`vnu gave no JSON report: ${(stderr || stdout).slice(0, 2000)}`));
      }
    });
  });
}
