// Small helpers shared by both entry points.

/** An OData string literal: quoted, inner quotes doubled. */
export function odataString(value) {
  return `'${String(value).replaceAll("'", "''")}'`;
}

/**
 * Every item of a collection, page after page: fetchPage gets {top, skip} and returns a
 * HAL page; stops when `count` items were seen, a page is empty, or maxItems is reached.
 */
export async function allItems(fetchPage, maxItems = 10000, pageSize = 500) {
  const items = [];
  for (;;) {
    const top = Math.min(pageSize, maxItems - items.length);
    if (top <= 0) break;
    const page = await fetchPage({ top, skip: items.length || undefined });
    const got = page?._embedded?.items ?? [];
    items.push(...got.slice(0, maxItems - items.length));
    if (got.length === 0 || (typeof page.count === "number" && items.length >= page.count)) break;
  }
  return items;
}
