-- A tag's old slugs (from a rename, or from a tag merged into it) keep answering with a redirect to its current slug.
create table tag_slugs (
	old_slug varchar(120) primary key,
	tag_id bigint not null references tags (id) on delete cascade
);

create index tag_slugs_by_tag on tag_slugs (tag_id);

-- Two tags with one name would be one topic split in two; merge them instead.
alter table tags add constraint tag_names_are_unique unique (name);
