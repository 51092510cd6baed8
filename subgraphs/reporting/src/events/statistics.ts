/** Finance's expense events, engagement's badges and activity's gathering attendance, for the KPIs and Wrapped (idempotent through the consumer). */
import type { ConsumerHandlers } from "@meander/events";
import {
  recordBadgeAwarded,
  recordExpenseDecision,
  recordExpenseSubmitted,
  recordGatheringAttendance,
  recordReimbursementPaid,
} from "../application/statistics-facts.js";

export const statisticsHandlers: ConsumerHandlers = {
  "finance.expense.submitted": (event, tx) => recordExpenseSubmitted(tx, event),
  "finance.expense.approved": (event, tx) => recordExpenseDecision(tx, event, "approved"),
  "finance.expense.rejected": (event, tx) => recordExpenseDecision(tx, event, "rejected"),
  "finance.reimbursement.paid": (event, tx) => recordReimbursementPaid(tx, event),
  "engagement.badge.awarded": (event, tx) => recordBadgeAwarded(tx, event),
  "activity.gathering.attendance_recorded": (event, tx) => recordGatheringAttendance(tx, event),
};
