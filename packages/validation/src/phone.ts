/**
 * Phone numbers where they are stored (seed 004 leads, activity's caregivers and next of kin): a valid
 * number per libphonenumber-js, Norwegian unless it starts with + (or another default country is given),
 * stored in E.164. Pure (no I/O): usable from any subgraph's domain.
 */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/** The number in E.164 (+4791234567), or null when it is not a valid phone number. */
export function normalizePhone(phone: string, defaultCountry: CountryCode = "NO"): string | null {
  const parsed = parsePhoneNumberFromString(phone.trim(), defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}
