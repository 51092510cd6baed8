import { templateSetup } from "@meander/testing/global-setup";
import { migrations } from "../src/server.js";

export default templateSetup("organization", [migrations]);
