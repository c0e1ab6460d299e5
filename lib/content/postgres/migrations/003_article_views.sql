-- Page views per article per hour, for "Đọc nhiều" (most read). Every instance adds its own
-- counts in batches (INSERT … ON CONFLICT DO UPDATE), so several instances add up.
CREATE TABLE IF NOT EXISTS article_views (
  hour timestamptz NOT NULL,
  article_id bigint NOT NULL,
  views integer NOT NULL,
  PRIMARY KEY (hour, article_id)
);
