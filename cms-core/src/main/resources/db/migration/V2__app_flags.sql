-- One-off facts about this installation, such as whether the demo newsroom was seeded.
create table app_flags (
	name varchar(60) primary key,
	set_at timestamp with time zone not null
);
