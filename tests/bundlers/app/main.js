// The app through the default entry: the module is loaded by the import (top-level await).
import { MiccClient, ready } from "micc-client";
import { showQueues, showFailure } from "./table.js";

try {
  await ready;
  await showQueues(MiccClient);
} catch (e) {
  showFailure(e);
}
