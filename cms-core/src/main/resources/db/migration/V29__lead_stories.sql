-- The stories an editor keeps on top of the front page (WordPress's sticky posts), newest pin first. A placement,
-- not part of what the article says: kept apart from the articles table so that pinning bumps no article's version
-- (an editor with the article open keeps saving without a conflict) and leaves no revision.
create table lead_stories (
    article_id bigint                   not null primary key references articles (id) on delete cascade,
    led_since  timestamp with time zone not null
);
