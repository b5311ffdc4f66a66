-- The name an uploaded file had on the uploader's computer, so the media library can find it by that name. Files are
-- stored under names the server chooses; this one is only shown and searched.
alter table media add column original_name varchar(255);
