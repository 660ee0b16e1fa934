-- Columns that hold lists or structures as JSON were narrower than what validation
-- accepts (fifty aliases of 200 characters, twenty contacts, contractors with their
-- web sites…): a valid request then failed in the database with a 500. They get room
-- for the largest valid value; ColumnLimitsTest checks every column against the limits
-- that validation declares, so that a limit of the database is always one of the API.
alter table organization alter column aliases set data type varchar(100000);
alter table catalogue_record alter column aliases set data type varchar(100000);
alter table catalogue_record alter column keywords set data type varchar(100000);
alter table catalogue_record alter column platforms set data type varchar(10000);
alter table catalogue_record alter column maintenance_contractors set data type varchar(1000000);
alter table catalogue_record alter column contacts set data type varchar(100000);
alter table catalogue_record alter column depends_on set data type varchar(100000);
alter table catalogue_record alter column features set data type varchar(100000);
alter table catalogue_record alter column available_languages set data type varchar(10000);
alter table catalogue_record alter column publiccode_details set data type varchar(1000000);
alter table record_usage alter column versions set data type varchar(100000);
alter table record_usage alter column contacts set data type varchar(100000);
