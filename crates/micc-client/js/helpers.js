// Small helpers shared by both entry points.

/** An OData string literal: quoted, inner quotes doubled. */
export function odataString(value) {
  return `'${String(value).replaceAll("'", "''")}'`;
}

/**
 * Every item of a collection, page after page: fetchPage gets {top, skip} and returns a
 * HAL page; stops when `count` items were seen, a page is empty, or maxItems is reached.
 * When a page links to the next one (`_links.next.href`), that link's $skip and $top are
 * the next request's: the server decides how it pages. Only those two are taken from the
 * link, so the request still goes to the client's own server and path.
 */
export async function allItems(fetchPage, maxItems = 10000, pageSize = 500) {
  const items = [];
  let next = { top: Math.min(pageSize, maxItems), skip: undefined };
  for (;;) {
    const top = Math.min(next.top ?? pageSize, maxItems - items.length);
    if (top <= 0) break;
    const page = await fetchPage({ top, skip: next.skip || undefined });
    const got = page?._embedded?.items ?? [];
    items.push(...got.slice(0, maxItems - items.length));
    if (got.length === 0 || (typeof page.count === "number" && items.length >= page.count)) break;
    next = nextOf(page?._links?.next?.href) ?? { top: pageSize, skip: items.length };
  }
  return items;
}

// $skip and $top of a next link (absolute or relative), or null.
function nextOf(href) {
  if (typeof href !== "string") return null;
  let query;
  try {
    query = new URL(href, "http://link.invalid/").searchParams;
  } catch {
    return null;
  }
  const whole = (name) => {
    const v = query.get(name);
    return v !== null && /^\d{1,15}$/.test(v) ? Number(v) : undefined;
  };
  const skip = whole("$skip");
  return skip === undefined ? null : { skip, top: whole("$top") };
}
