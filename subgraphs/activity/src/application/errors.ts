export { forbiddenBy } from "@meander/validation";
/** FORBIDDEN naming its rule: declared once, in @meander/auth. */
