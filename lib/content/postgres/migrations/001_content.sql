-- The content store (decision 010). Articles are rows; the lists pages show are
-- index scans in newest-first order: (…, published_at DESC, id DESC).
CREATE EXTENSION IF NOT EXISTS unaccent;

-- site.json, categories.json and authors.json as the last sync read them (small: every instance holds them).
CREATE TABLE taxonomy (
  key text PRIMARY KEY,          -- 'site' | 'categories' | 'authors'
  value jsonb NOT NULL
);

CREATE TABLE articles (
  id integer PRIMARY KEY,
  locale text NOT NULL,
  slug text NOT NULL,
  category text NOT NULL,
  published_at timestamptz NOT NULL,
  lastmod timestamptz NOT NULL,  -- updatedAt, or publishedAt when there is none
  month text NOT NULL,           -- 'YYYY-MM' of published_at in Hà Nội time (sitemaps)
  file text NOT NULL,
  revision text NOT NULL,
  summary jsonb NOT NULL,        -- ArticleSummary: what every list shows (small, stays in the row)
  body jsonb NOT NULL,           -- body blocks; related blocks keep their ids and resolve on read
  search tsvector NOT NULL       -- title A, sapo B, tag names C; 'simple' over unaccent(lower(...))
);
CREATE INDEX articles_latest ON articles (locale, published_at DESC, id DESC);
CREATE INDEX articles_published ON articles (published_at DESC, id DESC);
CREATE INDEX articles_month ON articles (month, published_at DESC, id DESC);
CREATE INDEX articles_month_lastmod ON articles (month, lastmod DESC);
CREATE INDEX articles_slug ON articles (slug, locale);
CREATE INDEX articles_file ON articles (file);
CREATE INDEX articles_search ON articles USING gin (search);

-- One row per category an article is listed in: its own and every ancestor, so a
-- parent section is one index scan.
CREATE TABLE article_categories (
  locale text NOT NULL,
  category text NOT NULL,
  published_at timestamptz NOT NULL,
  id integer NOT NULL
);
CREATE UNIQUE INDEX article_categories_list ON article_categories (locale, category, published_at DESC, id DESC);
CREATE INDEX article_categories_id ON article_categories (id);

CREATE TABLE article_tags (
  locale text NOT NULL,
  tag_slug text NOT NULL,
  name text NOT NULL,
  published_at timestamptz NOT NULL,
  id integer NOT NULL
);
CREATE UNIQUE INDEX article_tags_list ON article_tags (locale, tag_slug, published_at DESC, id DESC);
CREATE INDEX article_tags_id ON article_tags (id);

CREATE TABLE article_authors (
  author_slug text NOT NULL,
  locale text NOT NULL,
  published_at timestamptz NOT NULL,
  id integer NOT NULL
);
CREATE UNIQUE INDEX article_authors_list ON article_authors (author_slug, locale, published_at DESC, id DESC);
CREATE INDEX article_authors_id ON article_authors (id);

-- Sizes of every list, kept by the sync (in the same transaction as the rows), so
-- a page never counts a million rows: kind 'edition' (key ''), 'cat', 'tag',
-- 'author', 'month' (locale '').
CREATE TABLE list_counts (
  kind text NOT NULL,
  locale text NOT NULL,
  key text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (kind, locale, key)
);

-- What the last sync saw of each article file: an unchanged size and mtime is not
-- read again; a changed file is compared by revision (sha1 of its text).
CREATE TABLE files (
  path text PRIMARY KEY,         -- 'articles/…', relative to the content folder
  revision text NOT NULL,
  mtime_ms double precision NOT NULL,
  size bigint NOT NULL,
  article_id integer,            -- the article this file publishes (null: never valid)
  status text NOT NULL,          -- 'ok' | 'error' (the last good version, if any, stays published)
  problems jsonb,
  synced_at timestamptz NOT NULL DEFAULT now()
);
