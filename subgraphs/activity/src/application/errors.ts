/** FORBIDDEN naming its rule: declared once, in @meander/auth. */
export { forbiddenBy } from "@meander/auth";
