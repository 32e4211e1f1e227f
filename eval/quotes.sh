#!/bin/sh
# Scores quote attribution on PolNeAR dev (Source / Cue / Content spans and whole attributions).
# Needs ../shared/data/quotes/polnear/dev with text/ and attributions/*.ann; says what is missing otherwise.
# Usage: eval/quotes.sh [DIR] [text|json]
set -e
cd "$(dirname "$0")/.."
DIR="${1:-../shared/data/quotes/polnear/dev}"
FORMAT="${2:-text}"
exec dotnet run --project src/Parallax.Cli -c Release -- eval quotes --polnear "$DIR" --format "$FORMAT"
