#!/usr/bin/env bash
# Runs every test of the solution and ends with "N passed, N failed".
# The workbook tests open the sample workbook in LibreOffice, a second real client; when it is
# missing and we are root (CI, a fresh machine) it is installed from Debian's packages.
set -uo pipefail
cd "$(dirname "$0")/.."

# pdftotext (poppler-utils) reads the pages LibreOffice prints.
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing LibreOffice Calc and poppler-utils for the workbook tests..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc poppler-utils) >/dev/null \
      || { echo "error: could not install libreoffice-calc and poppler-utils" >&2; exit 1; }
  else
    echo "error: the workbook tests need LibreOffice and pdftotext: sudo apt-get install -y --no-install-recommends libreoffice-calc poppler-utils" >&2
    exit 1
  fi
fi

results=TestResults
rm -rf "$results"
status=0
dotnet build Payout.sln "$@" || status=$?
if [ "$status" -eq 0 ]; then
  # One run per test project, each with its own result file, so no two runs can overwrite one another.
  for project in tests/*/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || status=$?
  done
fi

# No package with a known vulnerability, transitive ones included (needs the package sources' audit data).
vulnerable=0
if [ "$status" -eq 0 ]; then
  if audit=$(dotnet list Payout.sln package --vulnerable --include-transitive 2>&1); then
    if grep -q "has the following vulnerable packages" <<<"$audit"; then
      echo "$audit" >&2
      echo "error: vulnerable packages (above): update them in Directory.Packages.props" >&2
      vulnerable=1
      status=1
    else
      echo "Packages: no known vulnerabilities (dotnet list package --vulnerable --include-transitive)."
    fi
  else
    echo "warning: could not check packages for vulnerabilities:" >&2
    echo "$audit" | tail -3 >&2
  fi
fi

passed=0
failed=$vulnerable
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the build or a test host failed before any result was written
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
