-- Hand-written backfill for 0007: the year rollup, the month totals and the mentors of each year, from what the read
-- model already holds (day rollups; approved, countable facts, one activity-day per Norwegian day covered), and each
-- mentor-year's eligibility as domain/bufdir-report.ts defines it (mentorActive, certificationValidInYear). Events
-- keep them up to date from here (db/repositories/bufdir-rollups.ts).
insert into reporting.bufdir_year_rollups (organization_id, year, local_association_id, activity_type, activity_days, participants)
select organization_id, extract(year from day)::int, local_association_id, activity_type, sum(activity_days)::int, sum(participants)::int
from reporting.bufdir_day_rollups
group by 1, 2, 3, 4
on conflict do nothing;
--> statement-breakpoint
insert into reporting.bufdir_month_totals (organization_id, month, activity_days, participants)
select organization_id, date_trunc('month', day)::date, sum(activity_days)::int, sum(participants)::int
from reporting.bufdir_day_rollups
group by 1, 2
on conflict do nothing;
--> statement-breakpoint
insert into reporting.bufdir_mentor_years (organization_id, year, user_id, activity_days)
select f.organization_id, extract(year from d)::int, f.user_id, count(*)::int
from reporting.activity_facts f
cross join lateral generate_series(f.activity_day, f.activity_day + greatest(f.day_count, 1) - 1, interval '1 day') d
where f.status = 'approved' and f.countable
group by 1, 2, 3
on conflict do nothing;
--> statement-breakpoint
update reporting.bufdir_mentor_years y
set eligible = coalesce((select s.status = 'active' from reporting.mentor_statuses s where s.user_id = y.user_id), true)
  and exists (select 1 from reporting.mentor_certifications c
              where c.user_id = y.user_id and c.basic_course and c.status <> 'revoked'
                and c.valid_from <= make_date(y.year, 12, 31) and (c.valid_until is null or c.valid_until >= make_date(y.year, 1, 1)));
--> statement-breakpoint
analyze reporting.bufdir_year_rollups;
--> statement-breakpoint
analyze reporting.bufdir_month_totals;
--> statement-breakpoint
analyze reporting.bufdir_mentor_years;
