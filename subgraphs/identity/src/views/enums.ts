/** GraphQL enum values are UPPER_CASE, database values lower_case. */
import type { MentorStatus } from "../domain/mentor-status.js";

export const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;
export const mentorStatus = (s: MentorStatus) => upper(s);
