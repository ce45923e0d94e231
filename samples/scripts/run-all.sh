#!/usr/bin/env bash
# Runs every file-based script in this folder with its default arguments (the bundled sample
# models and data), as CI does. Prints "ok: <script>" or "FAILED: <script>" per script and ends
# with "scripts: N passed, N failed"; exits non-zero when a script fails.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

passed=0
failed=0
for script in *.cs; do
  [ -e "$script" ] || continue
  echo "== dotnet run $script"
  if dotnet run "$script"; then
    echo "ok: $script"
    passed=$((passed + 1))
  else
    echo "FAILED: $script"
    failed=$((failed + 1))
  fi
done

echo "scripts: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
