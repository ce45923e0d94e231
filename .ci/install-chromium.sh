#!/usr/bin/env bash
# Installs what the report's browser tests need: Debian's chromium (launched by Playwright through
# its executable path; Playwright's own browser download is never used) and a font family.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
