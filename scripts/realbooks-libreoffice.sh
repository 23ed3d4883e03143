#!/usr/bin/env bash
# Records which of ../shared/realbooks/*.xlsx LibreOffice opens, as the independent judge the
# realbooks test holds the reader to: a file LibreOffice opens must not be called damaged.
# A file "opens" when `soffice --headless --convert-to csv` exits 0 and writes a CSV.
# Usage: bash scripts/realbooks-libreoffice.sh > tests/fixtures/realbooks/libreoffice-opens.json
set -u
here="$(cd "$(dirname "$0")/.." && pwd)"
books="$here/../shared/realbooks"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="file://$work/profile"
opens=()
refuses=()
for file in "$books"/*.xlsx; do
  name="$(basename "$file")"
  out="$work/out"
  rm -rf "$out" && mkdir -p "$out"
  if timeout 60 soffice -env:UserInstallation="$profile" --headless --convert-to csv --outdir "$out" "$file" \
      >/dev/null 2>&1 && [ -s "$out/${name%.xlsx}.csv" ] || [ -f "$out/${name%.xlsx}.csv" ]; then
    opens+=("$name")
  else
    refuses+=("$name")
  fi
done
json_list() { local first=1; for n in "$@"; do [ $first -eq 1 ] || printf ','; first=0; printf '\n    "%s"' "$n"; done; }
printf '{\n  "made": "bash scripts/realbooks-libreoffice.sh (soffice --headless --convert-to csv per file, %s)",\n' "$(soffice --version 2>/dev/null | head -1 | tr -d '"')"
printf '  "opens": [%s\n  ],\n' "$(json_list "${opens[@]}")"
printf '  "refuses": [%s\n  ]\n}\n' "$(json_list "${refuses[@]}")"
