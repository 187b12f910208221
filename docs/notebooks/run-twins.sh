#!/usr/bin/env bash
# Runs every notebook twin (docs/notebooks/*.cs, each a .NET file-based app) and fails unless each one exits 0 and
# prints the final marker line "NOTEBOOK OK". Also checks that each .ipynb is the one sync-notebooks.py writes from
# its twin (skipped when python3 is missing), so the notebooks' code is the code CI runs.
# Usage: docs/notebooks/run-twins.sh            (from anywhere)
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

failed=0
passed=0
for twin in *.cs; do
  name="${twin%.cs}"
  log="$(mktemp)"
  start=$(date +%s)
  dotnet run "$twin" >"$log" 2>&1
  rc=$?
  seconds=$(( $(date +%s) - start ))
  if [[ $rc -eq 0 ]] && [[ "$(grep -v '^[[:space:]]*$' "$log" | tail -n 1 | tr -d '\r')" == "NOTEBOOK OK" ]]; then
    echo "ok   $twin (${seconds} s)"
    passed=$((passed + 1))
  else
    echo "FAIL $twin (exit $rc, ${seconds} s, no final 'NOTEBOOK OK' line or an error); last lines:"
    tail -n 30 "$log" | sed 's/^/    /'
    failed=$((failed + 1))
  fi
  rm -f "$log"

  if [[ -f "$name.ipynb" ]] && command -v python3 >/dev/null 2>&1; then
    fresh="$(mktemp)"
    if python3 sync-notebooks.py "$twin" "$fresh" && cmp -s "$fresh" "$name.ipynb"; then
      :
    else
      echo "FAIL $name.ipynb differs from its twin: run 'python3 sync-notebooks.py $twin $name.ipynb'"
      failed=$((failed + 1))
    fi
    rm -f "$fresh"
  fi
done

echo "notebook twins: $passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
