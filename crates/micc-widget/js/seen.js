// Which table rows are on screen or near it (within half a screen), for the page's panels
// (src/panels/seen.rs). Rows are watched one by one only while their table is near: a
// table scrolled far away costs one observation, not one per row. `report` is called for
// each watched row whose state changed: its id * 2, plus 1 when it is now near.
export class Watcher {
  constructor(report) {
    const margin = { rootMargin: "50% 0px" };
    this.report = report;
    this.ids = new Map(); // row -> id
    this.rows = new Map(); // id -> row
    this.of = new WeakMap(); // row -> its table's record
    this.tables = new Map(); // table -> { near, rows, table }
    this.near = new Set(); // rows last reported near
    this.row = new IntersectionObserver((es) => {
      for (const e of es) this.#row(e.target, e.isIntersecting);
    }, margin);
    this.table = new IntersectionObserver((es) => {
      for (const e of es) this.#table(e.target, e.isIntersecting);
    }, margin);
  }

  #row(el, near) {
    const id = this.ids.get(el);
    if (id === undefined) return;
    let t = this.of.get(el);
    const table = !t && el.closest("table");
    if (table) {
      // Seen for the first time, in its table now.
      t = this.tables.get(table);
      if (!t) {
        this.tables.set(table, (t = { near: true, rows: new Set(), table }));
        this.table.observe(table);
      }
      t.rows.add(el);
      this.of.set(el, t);
    }
    if (t && !t.near) this.row.unobserve(el);
    this.#say(el, near);
  }

  #say(el, near) {
    if (this.near.has(el) !== near) {
      if (near) this.near.add(el);
      else this.near.delete(el);
      this.report(this.ids.get(el) * 2 + (near ? 1 : 0));
    }
  }

  #table(table, near) {
    const t = this.tables.get(table);
    if (!t || t.near === near) return;
    t.near = near;
    for (const el of t.rows) {
      if (near) this.row.observe(el); // reports each row's state
      else {
        this.row.unobserve(el);
        this.#say(el, false);
      }
    }
  }

  watch(el, id) {
    this.ids.set(el, id);
    this.rows.set(id, el);
    this.row.observe(el);
  }

  unwatch(id) {
    const el = this.rows.get(id);
    if (!el) return;
    this.rows.delete(id);
    this.ids.delete(el);
    this.near.delete(el);
    this.row.unobserve(el);
    const t = this.of.get(el);
    if (t) {
      t.rows.delete(el);
      if (!t.rows.size) {
        this.tables.delete(t.table);
        this.table.unobserve(t.table);
      }
    }
  }
}
