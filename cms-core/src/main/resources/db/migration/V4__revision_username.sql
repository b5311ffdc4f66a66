-- Who saved each revision (empty for saves without a logged-in user, such as the demo seed), which revision a restore
-- brought back, and the article's version at each revision, so an editor's stale form can be matched to its revision.
alter table revinfo add column username varchar(60);
alter table revinfo add column restored_from integer;
alter table articles_aud add column version bigint;
