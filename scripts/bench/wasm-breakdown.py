"""Markdown breakdown of a wasm module by crate and by largest item, from `twiggy top --format csv`
of a build that kept its names (scripts/bench/client-size.sh and widget-size.sh make one).
Sizes are of the optimised module before gzip; names are shortened to their crate path."""
import collections
import csv
import re
import sys

rows = [r for r in csv.DictReader(open(sys.argv[1]))
        if 'subsection' not in r['Name'] and not r['Name'].startswith('custom section')]
total = sum(int(r['ShallowSize']) for r in rows)


def crate(name):
    if name.startswith('data segment'):
        return 'data (strings, tables)'
    if re.match(r'^(wasmclient|__wbindgen|__wbg)', name) or 'shim' in name:
        return 'wasm-bindgen exports and shims'
    m = re.match(r'^<?&?(?:mut )?(?:dyn )?([a-z_][a-z_0-9]*)', name)
    return m.group(1) if m else 'other'


by_crate = collections.Counter()
for r in rows:
    by_crate[crate(r['Name'])] += int(r['ShallowSize'])
print(f"| crate | bytes | share |\n|---|---|---|")
for name, size in by_crate.most_common(12):
    print(f"| {name} | {size} | {100 * size / total:.1f} % |")
print(f"| (all, {len(rows)} items) | {total} | 100 % |")
print()
print("| largest items | bytes |\n|---|---|")
for r in rows[: int(sys.argv[2]) if len(sys.argv) > 2 else 10]:
    name = re.sub(r'::h[0-9a-f]{16}$', '', r['Name'])
    name = re.sub(r'\[[0-9a-f]{16}\]', '', name).replace('|', '\\|')
    print(f"| `{name[:110]}` | {r['ShallowSize']} |")
