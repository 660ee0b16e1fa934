-- Solutions (Mesure 21) share catalogue_record with software; these columns are
-- theirs. JSON values are stored as text, like the other lists.
alter table catalogue_record add column owner_id varchar(64) references organization (id);
alter table catalogue_record add column development_status varchar(16);
alter table catalogue_record add column software_type varchar(32);
alter table catalogue_record add column maintenance_type varchar(16);
alter table catalogue_record add column maintenance_contractors varchar(8000);
alter table catalogue_record add column contacts varchar(8000);
alter table catalogue_record add column documentation varchar(2000);
alter table catalogue_record add column depends_on varchar(4000);
alter table catalogue_record add column long_description_fr varchar(10000);
alter table catalogue_record add column long_description_en varchar(10000);
alter table catalogue_record add column features varchar(8000);
alter table catalogue_record add column available_languages varchar(1000);
alter table catalogue_record add column localisation_ready boolean;
-- The publiccode.yml a solution was imported from, as sent, and what of it the
-- catalogue keeps without a column of its own (so that an export gives it back).
alter table catalogue_record add column publiccode varchar(300000);
alter table catalogue_record add column publiccode_details varchar(300000);
create index ix_record_owner on catalogue_record (kind, owner_id, id);
