import { expect, test } from '@playwright/test';
import { formatMessage, validateHtml } from './lib/validate-html';
import { ACCEPTED_HTML_WARNINGS, allPages } from './lib/page-types';

// The Nu HTML Checker over every page type (e2e/lib/page-types.ts), desktop and mobile, in one java run.
test('every page type is valid HTML: 0 errors, no warning that is not accepted with a reason', async ({ request }) => {
  test.setTimeout(120_000);
  const pages = [];
  for (const { name, path, status } of allPages()) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), `${name} ${path}`).toBe(status);
    expect(response.headers()['content-type'], `${name} ${path}`).toMatch(/^text\/html/);
    pages.push({ name: `${name} ${path}`, html: await response.text() });
  }

  const messages = await validateHtml(pages);
  const errors = messages.filter((m) => m.type === 'error');
  const warnings = messages.filter((m) => m.type === 'warning');
  const unexplained = warnings.filter((w) => !ACCEPTED_HTML_WARNINGS.some((a) => a.message.test(w.message)));
  console.log(`HTML check: ${pages.length} pages, ${errors.length} errors, ${warnings.length} warnings (${warnings.length - unexplained.length} accepted)`);

  expect(errors.map(formatMessage), 'validator errors').toEqual([]);
  expect(unexplained.map(formatMessage), 'warnings to fix, or to accept with a reason in e2e/lib/page-types.ts').toEqual([]);
});
