#!/usr/bin/env bash
# Runs the same BG/NBD work through the ordinary Python approach (numpy/scipy, Debian's python3-numpy and
# python3-scipy) and through CustomerValue, and prints the times side by side with their ratio.
# Usage: benchmarks/compare/compare.sh [CUSTOMERS]   (default 1,000,000; needs ../shared/data or CUSTOMERVALUE_DATA)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
n="${1:-1000000}"
data="${CUSTOMERVALUE_DATA:-../../../shared/data}"
summary="$data/cdnow_customers_summary.csv"
[ -f "$summary" ] || { echo "compare: $summary not found; set CUSTOMERVALUE_DATA" >&2; exit 1; }
/usr/bin/python3 -c "import numpy, scipy" 2>/dev/null || { echo "compare: install Debian's python3-numpy and python3-scipy" >&2; exit 1; }

py=$(/usr/bin/python3 python_side.py "$summary" "$n")
net=$(dotnet run -c Release dotnet_side.cs -- "$summary" "$n")
printf '%-24s %12s %12s %10s\n' task python_s dotnet_s speed-up
for task in fit-bgnbd-cdnow score-bgnbd; do
  p=$(awk -v t="$task" '$1 == t { print $2 }' <<<"$py")
  d=$(awk -v t="$task" '$1 == t { print $2 }' <<<"$net")
  printf '%-24s %12.4f %12.4f %9.1fx\n' "$task" "$p" "$d" "$(awk -v p="$p" -v d="$d" 'BEGIN { print p / d }')"
done
p=$(awk '$1 == "score-bgnbd" { print $2 }' <<<"$py")
d=$(awk '$1 == "score-bgnbd-parallel" { print $2 }' <<<"$net")
printf '%-24s %12.4f %12.4f %9.1fx\n' "score-bgnbd (parallel)" "$p" "$d" "$(awk -v p="$p" -v d="$d" 'BEGIN { print p / d }')"
echo "customers scored: $n"
