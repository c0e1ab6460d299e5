-- Scheduled publishing and the editors' timed decisions (issue 23, ingest/schedule.ts).
-- An article whose publishedAt is still to come has its row (its id and slug are taken, the sync
-- tracks its file) but is not `released`: no list rows, no counts, and no getter answers it. When
-- its time comes the schedule writes its list rows and counts and sets `released`, in one
-- transaction, and NOTIFYs the change (release.ts).
ALTER TABLE articles ADD COLUMN released boolean NOT NULL DEFAULT true;
-- Corrections, newest first (read by getArticle only).
ALTER TABLE articles ADD COLUMN corrections jsonb;

-- When a curated front page or a breaking-news banner ends (its `until`): the schedule announces
-- it once, whichever instance deletes the row.
CREATE TABLE content_timers (
  kind text NOT NULL,   -- 'front-page' | 'breaking'
  locale text NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (kind, locale)
);

-- Articles stored before this migration with a publishedAt still to come were listed at once:
-- they become scheduled, their list rows and counts go until their time.
WITH later AS (
  UPDATE articles SET released = false WHERE published_at > now() RETURNING id, locale, month
), cats AS (
  DELETE FROM article_categories c USING later l WHERE c.id = l.id RETURNING c.locale, c.category
), tags AS (
  DELETE FROM article_tags t USING later l WHERE t.id = l.id RETURNING t.locale, t.tag_slug
), authors AS (
  DELETE FROM article_authors a USING later l WHERE a.id = l.id RETURNING a.locale, a.author_slug
), deltas AS (
  SELECT 'cat' AS kind, locale, category AS key, count(*)::int AS n FROM cats GROUP BY locale, category
  UNION ALL SELECT 'tag', locale, tag_slug, count(*)::int FROM tags GROUP BY locale, tag_slug
  UNION ALL SELECT 'author', locale, author_slug, count(*)::int FROM authors GROUP BY locale, author_slug
  UNION ALL SELECT 'edition', locale, '', count(*)::int FROM later GROUP BY locale
  UNION ALL SELECT 'month', '', month, count(*)::int FROM later GROUP BY month
)
UPDATE list_counts c SET n = c.n - d.n FROM deltas d WHERE c.kind = d.kind AND c.locale = d.locale AND c.key = d.key;
