-- Two bodies may submit the same software, each without seeing the other's submission:
-- refusing the second would tell it that a record it cannot read exists. Names are unique
-- among what each caller may see (checked by the service, creations taking turns), and a
-- curator approving a submission meets its public twin then. Ids stay unique.
alter table catalogue_record drop constraint uk_record_name;
