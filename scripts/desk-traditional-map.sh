#!/usr/bin/env bash
# Regenerates the desk's traditional -> simplified character map (banned-phrase matching folds traditional text).
# Source: ICU's Traditional-Simplified transform (CLDR data), through uconv from Debian's icu-devtools package.
set -euo pipefail
for tool in uconv python3; do
  command -v "$tool" >/dev/null || { echo "$0: needs $tool (uconv: apt-get install icu-devtools)" >&2; exit 1; }
done
out="$(dirname "$0")/../src/Yunpan.Desk/BannedPhrases/traditional-simplified.tsv"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 -c 'print("\n".join(chr(c) for c in range(0x4E00, 0xA000)))' > "$tmp/t.txt"
uconv -f utf-8 -t utf-8 -x Traditional-Simplified "$tmp/t.txt" > "$tmp/s.txt"
python3 - "$tmp/t.txt" "$tmp/s.txt" "$out" <<'PY'
import sys
t = open(sys.argv[1], encoding="utf-8").read().split("\n")
s = open(sys.argv[2], encoding="utf-8").read().split("\n")
pairs = {a: b for a, b in zip(t, s) if a != b and len(b) == 1}
# Folding must be idempotent: a target that is itself folded (a cycle such as 苧/苎) would make the same word
# normalize two ways, so such pairs are left out.
pairs = {a: b for a, b in pairs.items() if b not in pairs}
with open(sys.argv[3], "w", encoding="utf-8") as f:
    f.write("# Traditional -> simplified Chinese, one character each, tab-separated.\n")
    f.write("# Generated from ICU's Traditional-Simplified transform (CLDR data) over U+4E00..U+9FFF by scripts/desk-traditional-map.sh.\n")
    for a, b in pairs.items():
        f.write(f"{a}\t{b}\n")
PY
