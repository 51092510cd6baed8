export * from "./kit.js";
export { newPdf, pageFooters, type PdfInfo } from "./document.js";
