import { templateSetup } from "@meander/testing/global-setup";
import { MIGRATIONS } from "../src/services.js";

export default templateSetup("embedded", MIGRATIONS);
