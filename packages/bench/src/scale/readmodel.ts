/**
 * Reporting's read model for a bulk load that skipped the outbox: the activity
 * facts, the Bufdir day and year rollups, month totals, the mentors of each year and the
 * per-local-association counts, derived
 * in SQL from the loaded activity table (one pass each), as reporting's
 * consumer would have built them event by event. Approximation: one
 * activity-day per activity (the generator makes no multi-day activities).
 */
import pg from "pg";

export async function fillReadModel(url: string, year: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("set synchronous_commit = off");
    await client.query(
      `insert into reporting.activity_facts
         (activity_id, organization_id, local_association_id, user_id, activity_type, activity_day, duration_minutes, day_count,
          countable, not_countable_reason, participants, status, registered_at, status_changed_at)
       select a.id, a.organization_id, a.local_association_id, a.user_id, a.activity_type, (a.activity_date at time zone 'Europe/Oslo')::date,
              a.duration_minutes, 1, a.bufdir_countable, nullif(a.bufdir_reason, 'counts'),
              a.participant_count, a.status::text, a.created_at, a.updated_at
       from activity.activities a
       where a.activity_date >= make_date($1, 1, 1) - interval '1 day' and a.activity_date < make_date($1 + 1, 1, 1) + interval '1 day'
       on conflict (activity_id) do nothing`,
      [year],
    );
    // Rollups and counts rebuilt from all facts (the platform seed's too), so they stay consistent.
    await client.query("delete from reporting.bufdir_day_rollups");
    await client.query(
      `insert into reporting.bufdir_day_rollups (organization_id, local_association_id, activity_type, day, activity_days, participants)
       select organization_id, coalesce(local_association_id, '00000000-0000-0000-0000-000000000000'), activity_type, activity_day,
              sum(day_count)::int, coalesce(sum(participants), 0)::int
       from reporting.activity_facts where status = 'approved' and countable group by 1, 2, 3, 4`,
    );
    // The year rollup, the month totals and the mentors of each year, which the draft report reads (kept by events beside the day rows).
    await client.query("delete from reporting.bufdir_year_rollups");
    await client.query(
      `insert into reporting.bufdir_year_rollups (organization_id, year, local_association_id, activity_type, activity_days, participants)
       select organization_id, extract(year from day)::int, local_association_id, activity_type, sum(activity_days)::int, sum(participants)::int
       from reporting.bufdir_day_rollups group by 1, 2, 3, 4`,
    );
    await client.query("delete from reporting.bufdir_month_totals");
    await client.query(
      `insert into reporting.bufdir_month_totals (organization_id, month, activity_days, participants)
       select organization_id, date_trunc('month', day)::date, sum(activity_days)::int, sum(participants)::int
       from reporting.bufdir_day_rollups group by 1, 2`,
    );
    await client.query("delete from reporting.bufdir_mentor_years");
    await client.query(
      `insert into reporting.bufdir_mentor_years (organization_id, year, user_id, activity_days)
       select organization_id, extract(year from activity_day)::int, user_id, sum(day_count)::int
       from reporting.activity_facts where status = 'approved' and countable group by 1, 2, 3`,
    );
    // Eligible: active (or never reported) with a basic course valid in the year, as reporting's consumers compute it.
    await client.query(
      `update reporting.bufdir_mentor_years y
       set eligible = coalesce((select s.status = 'active' from reporting.mentor_statuses s where s.user_id = y.user_id), true)
         and exists (select 1 from reporting.mentor_certifications c
                     where c.user_id = y.user_id and c.basic_course and c.status <> 'revoked'
                       and c.valid_from <= make_date(y.year, 12, 31) and (c.valid_until is null or c.valid_until >= make_date(y.year, 1, 1)))`,
    );
    await client.query("delete from reporting.local_association_activity_counts");
    await client.query(
      `insert into reporting.local_association_activity_counts (organization_id, local_association_id, registered, pending, approved, rejected)
       select organization_id, local_association_id, count(*)::int, count(*) filter (where status = 'pending_review')::int,
              count(*) filter (where status = 'approved')::int, count(*) filter (where status = 'rejected')::int
       from reporting.activity_facts where local_association_id is not null group by 1, 2`,
    );
  } finally {
    await client.end();
  }
}
