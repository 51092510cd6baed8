/**
 * Demo data for the embedded mode: the activity type catalog and contacts as
 * catalog rows, the fixture activities through the same use cases as in
 * production (so activity.activity.registered / approved reach reporting).
 * Approved fixture activities are approved by their local association's
 * coordinator (the organization administrator where there is none). Each
 * local association's published gathering is created by its coordinator.
 * The showcase's past gatherings are created, registered for and attended as
 * they would have been at the time (each use case given that moment), so the
 * attendees' activities are registered through the same path as in production.
 */
import type { Db } from "@meander/db";
import { createUnitOfWork } from "@meander/events";
import type { DemoData } from "@meander/fixtures";
import { addActivityTypes, addContact } from "./application/catalog.js";
import { recordGatheringAttendance } from "./application/attendance.js";
import { createGathering, registerForGathering } from "./application/gatherings.js";
import { registerActivity } from "./application/register.js";
import { approveActivity } from "./application/review.js";
import { eventStore } from "./db/schema/index.js";
import type { BufdirCategory } from "./domain/activity-type.js";
import type { Actor } from "./domain/actor.js";

export async function seedDemo(db: Db, data: DemoData): Promise<void> {
  const uow = createUnitOfWork(db, eventStore);
  for (const org of data.organizations) {
    const types = data.activityTypes.filter((t) => t.organizationId === org.id);
    await addActivityTypes(
      db,
      org.id,
      types.map((t) => ({ ...t, bufdirCategory: t.bufdirCategory as BufdirCategory })),
    );
  }
  for (const c of data.contacts) await addContact(uow, c.organizationId, c);

  const reviewerOf = (a: DemoData["activities"][number]): Actor | null => {
    const m =
      data.memberships.find((x) => x.localAssociationId === a.localAssociationId && x.role === "coordinator") ??
      data.memberships.find((x) => x.organizationId === a.organizationId && x.role === "org_admin");
    return m
      ? { userId: m.userId, organizationId: m.organizationId, localAssociationId: m.localAssociationId, role: m.role }
      : null;
  };

  for (const a of data.activities) {
    const mentor: Actor = {
      userId: a.userId,
      organizationId: a.organizationId,
      localAssociationId: a.localAssociationId,
      role: "peer_mentor",
    };
    await registerActivity(uow, mentor, {
      id: a.id,
      activityTypeKey: a.activityTypeKey,
      activityDate: new Date(a.activityDate),
      durationMinutes: a.durationMinutes,
      participantCount: a.participantCount,
      location: a.location,
      contactId: a.contactId,
    });
    const reviewer = a.status === "approved" ? reviewerOf(a) : null;
    if (reviewer && reviewer.userId !== a.userId) await approveActivity(uow, reviewer, a.id);
  }

  for (const g of data.gatherings) {
    const organizer: Actor = {
      userId: g.createdBy,
      organizationId: g.organizationId,
      localAssociationId: g.localAssociationId,
      role: "coordinator",
    };
    const { id, title, activityTypeKey, location, capacity } = g;
    await createGathering(uow, organizer, {
      id,
      title,
      activityTypeKey,
      location,
      capacity,
      startsAt: new Date(g.startsAt),
      endsAt: new Date(g.endsAt),
      publish: true,
    });
  }

  for (const g of data.showcase?.pastGatherings ?? []) {
    const organizer: Actor = {
      userId: g.createdBy,
      organizationId: g.organizationId,
      localAssociationId: g.localAssociationId,
      role: "coordinator",
    };
    const { id, title, activityTypeKey, location, capacity } = g;
    const startsAt = new Date(g.startsAt);
    const endsAt = new Date(g.endsAt);
    await createGathering(
      uow,
      organizer,
      { id, title, activityTypeKey, location, capacity, startsAt, endsAt, publish: true },
      { now: new Date(g.createdAt) },
    );
    for (const userId of g.attendees)
      await registerForGathering(uow, organizer, id, userId, {
        now: new Date(startsAt.getTime() - 86_400_000),
      });
    // One registered mentor did not come (when there are several): attendance is a choice, not a copy of the list.
    const attended = g.attendees.length > 1 ? g.attendees.slice(0, -1) : g.attendees;
    await recordGatheringAttendance(uow, organizer, id, attended, { now: new Date(endsAt.getTime() + 3_600_000) });
  }
}
