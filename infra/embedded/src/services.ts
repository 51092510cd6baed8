/** The one place that knows every service (DESIGN.md section 5). */
import * as activity from "@meander/activity";
import * as engagement from "@meander/engagement";
import * as finance from "@meander/finance";
import * as identity from "@meander/identity";
import * as organization from "@meander/organization";
import * as reporting from "@meander/reporting";

/** In seeding order: later subgraphs consume what earlier ones published. */
export const SERVICES = [identity, organization, activity, finance, engagement, reporting] as const;
export const MIGRATIONS = SERVICES.map((s) => s.migrations);
