#!/usr/bin/env bash
# Side by side on one core: Mozilla Readability (npm @mozilla/readability@0.6.0 + jsdom@29) and Parallax's HTML
# extraction on the same pages (../shared/data/extraction/scrapinghub-dev by default), printing each one's F1
# (word 4-gram shingles, the benchmark's metric, scored by the same Parallax scorer) and pages per second.
# Both timings cover reading, gunzip, parsing and extraction of every page, not process start-up.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
data="${1:-$repo/../shared/data/extraction/scrapinghub-dev}"
core="${CORE:-0}"
[ -f "$data/ground-truth.json" ] || { echo "no ground-truth.json under $data: give the scrapinghub-dev folder as the first argument" >&2; exit 2; }

if [ ! -d "$here/node_modules/@mozilla/readability" ] || [ ! -d "$here/node_modules/jsdom" ]; then
  echo "installing @mozilla/readability@0.6.0 and jsdom@29 into $here/node_modules ..." >&2
  (cd "$here" && npm install --no-save --no-package-lock --no-audit --no-fund @mozilla/readability@0.6.0 jsdom@29 >&2)
fi

dotnet build "$repo/src/Parallax.Cli" -c Release -v q -nologo >&2
cli="$repo/src/Parallax.Cli/bin/Release/net10.0/Parallax.Cli.dll"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), pinned to core $core" >&2
readability_speed=$(cd "$here" && taskset -c "$core" node readability.mjs "$data" "$tmp/readability.json")
readability_score=$(dotnet "$cli" eval extraction --data "$(dirname "$data")" --set scrapinghub --predictions "$tmp/readability.json" --format json)
parallax=$(taskset -c "$core" dotnet "$cli" eval extraction --data "$(dirname "$data")" --set scrapinghub --format json)

python3 - "$readability_speed" "$readability_score" "$parallax" <<'PY'
import json, sys
speed = json.loads(sys.argv[1]); rs = json.loads(sys.argv[2])[0]; px = json.loads(sys.argv[3])[0]
print(f"{'extractor':<22}{'precision':>10}{'recall':>10}{'F1':>8}{'pages/s':>10}")
print(f"{'Readability.js 0.6.0':<22}{rs['precision']:>10.4f}{rs['recall']:>10.4f}{rs['f1']:>8.4f}{speed['pagesPerSecond']:>10.1f}")
print(f"{'Parallax':<22}{px['precision']:>10.4f}{px['recall']:>10.4f}{px['f1']:>8.4f}{px['pagesPerSecond']:>10.1f}")
print(f"speed ratio Parallax/Readability: {px['pagesPerSecond'] / speed['pagesPerSecond']:.1f}x on {px['pages']} pages")
PY
