import type { Executor, Scope } from "@meander/db";
import { createBadgeRepository } from "./badges.js";
import { createCertificationRepository } from "./certifications.js";
import { createCourseRepository } from "./courses.js";
import { createEnrollmentRepository } from "./enrollments.js";
import { createNotificationRepository } from "./notifications.js";
import { createPushDeviceRepository } from "./push-devices.js";
import { createReferralRepository } from "./referrals.js";
import { createReminderRepository } from "./reminders.js";

/** The repositories a request reads through, all built with the caller's scope . */
export function createRepositories(db: Executor, scope: Scope) {
  return {
    courses: createCourseRepository(db, scope),
    badges: createBadgeRepository(db, scope),
    enrollments: createEnrollmentRepository(db, scope),
    certifications: createCertificationRepository(db, scope),
    notifications: createNotificationRepository(db, scope),
    reminders: createReminderRepository(db, scope),
    pushDevices: createPushDeviceRepository(db, scope),
    referrals: createReferralRepository(db, scope),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
