// The custom elements' JavaScript half. wasm-bindgen cannot subclass HTMLElement, so the
// classes live here and call back into Rust (`create` makes a panel, the panel's `refresh`
// and `free` update and unmount it). Imported by the wasm module (src/embed/elements.rs).

// One stylesheet object for every element of the page (constructable: no <style> element,
// so a `style-src 'self'` CSP holds).
let sheet = null;

// The element's own JavaScript properties (never attributes: a token in an attribute is
// readable by any selector and lands in saved HTML).
const PROPS = ["config", "token", "tokenProvider"];

function elementClass(panel, observed, create) {
  return class extends HTMLElement {
    static get observedAttributes() {
      return observed;
    }
    #props = { config: undefined, token: undefined, tokenProvider: undefined };
    #panel = null;
    #container = null;
    #queued = false;

    constructor() {
      super();
      // A property set before the element was upgraded is an own data property that hides
      // the accessor below: take it over.
      for (const p of PROPS) {
        if (Object.prototype.hasOwnProperty.call(this, p)) {
          const v = this[p];
          delete this[p];
          this.#props[p] = v;
        }
      }
    }

    get config() { return this.#props.config; }
    set config(v) { this.#props.config = v; this.#schedule(); }
    get token() { return this.#props.token; }
    set token(v) { this.#props.token = v; this.#schedule(); }
    get tokenProvider() { return this.#props.tokenProvider; }
    set tokenProvider(v) { this.#props.tokenProvider = v; this.#schedule(); }

    connectedCallback() {
      const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      if (!root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
      this.#schedule();
    }

    disconnectedCallback() {
      this.#queued = false;
      if (this.#panel) {
        this.#panel.free(); // unmounts: DOM, store reference, ticker reference
        this.#panel = null;
      }
      this.#container?.remove();
      this.#container = null;
    }

    attributeChangedCallback() {
      this.#schedule();
    }

    // Attributes arrive one callback each while the parser builds the element, and a host
    // page sets a property right after appending it: one render per task turn, not one per
    // change.
    #schedule() {
      if (this.#queued || !this.isConnected) return;
      this.#queued = true;
      queueMicrotask(() => {
        if (!this.#queued || !this.isConnected) return;
        this.#queued = false;
        if (this.#panel) {
          this.#panel.refresh();
        } else {
          this.#container = document.createElement("div");
          this.#container.setAttribute("part", "panel");
          this.shadowRoot.append(this.#container);
          this.#panel = create(this, this.#container, panel);
        }
      });
    }
  };
}

// Defines every [tag, panel] of `elements` not defined yet (a second copy of the script, or
// another library, may have defined one: that is left alone, never an exception).
export function defineElements(css, elements, observed, create) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  for (const [tag, panel] of elements) {
    if (!customElements.get(tag)) {
      customElements.define(tag, elementClass(panel, observed, create));
    }
  }
}

// The shared sheet (tests compare it with each shadow root's adoptedStyleSheets).
export function sharedSheet() {
  return sheet;
}
