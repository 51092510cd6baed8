/** The Bufdir PDF's drawing helpers now live in @meander/pdf (shared with organization's subject access export). */
export * from "@meander/pdf";
