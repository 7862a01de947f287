// The drop-in script: `<script type="module" src="…/micc-widget/micc-elements.js"></script>`
// loads the widget next to it and defines <micc-queue-now>, <micc-agent-presence> and <micc-my-presence>.
import init, { defineElements } from "./micc_widget.js";

await init();
defineElements();
