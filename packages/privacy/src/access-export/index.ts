export * from "./types.js";
export { bundleKey, openObject, partKey, sealObject } from "./seal.js";
export {
  accessExportConsumer,
  accessExportPartHandlers,
  enterOrganization,
  writePart,
  type PartBuilder,
  type PartRequest,
  type PartWriterOptions,
} from "./handler.js";
