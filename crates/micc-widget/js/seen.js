// Which table rows are on screen or near it (src/panels/seen.rs): one IntersectionObserver
// per panel. `report` gets, per batch of changes, one number per row that changed: its id
// * 2, plus 1 when it is now within half a screen of the viewport.
export class Watcher {
  constructor(report) {
    const ids = (this.ids = new WeakMap());
    this.rows = new Map();
    this.io = new IntersectionObserver(
      (entries) => {
        const out = [];
        for (const e of entries) {
          const id = ids.get(e.target);
          if (id !== undefined) out.push(id * 2 + (e.isIntersecting ? 1 : 0));
        }
        if (out.length) report(out);
      },
      { rootMargin: "50% 0px" },
    );
  }

  watch(el, id) {
    this.ids.set(el, id);
    this.rows.set(id, el);
    this.io.observe(el);
  }

  unwatch(id) {
    const el = this.rows.get(id);
    if (el) {
      this.rows.delete(id);
      this.ids.delete(el);
      this.io.unobserve(el);
    }
  }

  stop() {
    this.io.disconnect();
    this.rows.clear();
  }
}
