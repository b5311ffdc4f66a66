-- The point of a picture that pages keep in view when they show it in a box of another shape (cards, thumbnails,
-- crops), as fractions of its width and height from the top left. Existing pictures keep the centre.
alter table media add column focal_x double precision default 0.5 not null;
alter table media add column focal_y double precision default 0.5 not null;
