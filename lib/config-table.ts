import { SETTINGS, type Reader } from './config';

const HEADINGS: Record<Reader, string> = {
  server: 'The server (`npm start`)',
  operations: 'Operations (`npm run tier`, `npm run sync-content`)',
  tests: 'Tests (`npm test`)',
  bench: 'Measurements (`npm run bench`, `soak`, `bench-*`)',
  next: 'Set by Next.js (never by an operator)',
};

/** The README's configuration tables, one per reader, written from lib/config.ts's SETTINGS. */
export function configTable(): string {
  const settings = Object.values(SETTINGS);
  return (Object.keys(HEADINGS) as Reader[])
    .map((reader) => {
      const rows = settings
        .filter((s) => s.reader === reader)
        .map((s) => {
          const shown = s.shown ?? (typeof s.fallback === 'string' ? s.fallback : '');
          const aliases = s.aliases && s.aliases.length > 0 ? ` (also read as ${s.aliases.map((o) => `\`${o}\``).join(', ')})` : '';
          const old = s.old && s.old.length > 0 ? ` (old names, still read with a warning: ${s.old.map((o) => `\`${o}\``).join(', ')})` : '';
          return `| \`${s.name}\` | ${shown.startsWith('(') || shown.includes(' ') ? shown : `\`${shown}\``} | ${s.meaning}${aliases}${old} |`;
        });
      return [`**${HEADINGS[reader]}**`, '', '| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
    })
    .join('\n\n');
}

export const TABLE_START = '<!-- config-table:start (npm run config-table -- --write) -->';
export const TABLE_END = '<!-- config-table:end -->';

/** README text with the tables between the markers replaced; undefined when the markers are missing. */
export function withConfigTable(readme: string): string | undefined {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return undefined;
  return `${readme.slice(0, start + TABLE_START.length)}\n${configTable()}\n${readme.slice(end)}`;
}
