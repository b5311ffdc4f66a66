-- One row whose number goes up in the same transaction as every change to published content (articles, tags,
-- authors, media, rates, currencies, suggested links, sidebar widgets). Each node polls it to clear its caches, so
-- an edit made on one node shows on every node's pages within the poll interval.
create table content_version (
    id      integer primary key,
    version bigint  not null
);

insert into content_version (id, version) values (1, 0);

-- Author and tag pages list an author's or a tag's articles newest first; these let the join start from the
-- author or tag without reading every row of the link table.
create index article_authors_by_author_article on article_authors (author_id, article_id);
create index article_tags_by_tag_article on article_tags (tag_id, article_id);

-- The most-read widget orders public articles by views; without this it sorts the whole table.
create index articles_by_views on articles (view_count, published_at);
