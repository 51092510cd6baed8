-- A reimbursement made before issue 18 gets the local association of its expenses when they all share one
-- (its coordinators then see and approve it); one bundling several stays null: organization administrators only.
update "finance"."reimbursements" r
set "local_association_id" = e.la
from (
  select "reimbursement_id" as id, min("local_association_id"::text)::uuid as la
  from "finance"."expenses"
  where "reimbursement_id" is not null
  group by "reimbursement_id"
  having count(distinct "local_association_id") = 1 and count(*) = count("local_association_id")
) e
where r."id" = e.id and r."local_association_id" is null;
