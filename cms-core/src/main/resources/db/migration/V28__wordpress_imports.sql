-- What a WordPress import made of each thing it read, so that running the same export again updates what it made
-- instead of adding it twice. site is the old site's address as the import was given it; kind says what was read
-- (post, page, author, category, tag, image); source_key is WordPress's id, or an image's address when the image
-- had no attachment of its own; target_id is the id of the article, page, author, tag or image made of it.
create table wxr_imports (
    site        varchar(200)  not null,
    kind        varchar(20)   not null,
    source_key  varchar(1000) not null,
    target_id   bigint        not null,
    imported_at timestamp with time zone not null,
    constraint wxr_imports_pk primary key (site, kind, source_key)
);
