-- The one-time token of the form that created an article: the same form submitted twice finds the article the
-- first submit made instead of making a second one. Unique, so two submits racing each other cannot both insert.
alter table articles add column form_token varchar(64);
create unique index articles_by_form_token on articles (form_token);
