#!/usr/bin/env bash
# Installs what the tests need (curl, nginx, Node.js and npm for the tus-js-client test and the web app's bundled
# browser libraries, Chromium and CJK fonts for the browser tests, litmus, rclone and nextcloudcmd for the WebDAV
# tests) and runs every check: build
# (warnings are errors), formatting, migrations in step with the model, all test projects, and the transfer-memory
# benchmark. Used by CI (.ci/run) and by developers.
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=${CONFIGURATION:-Release}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

section() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

section "Prerequisites"
need=()
command -v curl >/dev/null || need+=(curl)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v sha256sum >/dev/null || need+=(coreutils)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
command -v litmus >/dev/null || need+=(litmus)
command -v rclone >/dev/null || need+=(rclone)
command -v nextcloudcmd >/dev/null || need+=(nextcloud-desktop-cmd)
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v dotnet >/dev/null || { echo "The .NET SDK (dotnet) is required: https://dot.net" >&2; exit 1; }
dotnet --version

section "Build ($configuration, warnings are errors)"
dotnet tool restore >/dev/null
dotnet build Yunpan.slnx -c "$configuration"

section "Formatting (dotnet format --verify-no-changes)"
dotnet format Yunpan.slnx --verify-no-changes --no-restore

section "Migrations match the model"
dotnet ef migrations has-pending-model-changes --project src/Yunpan.Data.Sqlite --startup-project src/Yunpan.Data.Sqlite \
  --configuration "$configuration" --no-build
rm -f src/Yunpan.Data.Sqlite/design-time.db*

section "Tests"
dotnet test Yunpan.slnx -c "$configuration" --no-build --filter "FullyQualifiedName!~Yunpan.Web.Tests"

# After the others, not beside them: Chromium and the WebAssembly app load both cores, and the timing-sensitive
# transfer tests (abort midway, crash) should not share them with a browser.
section "Browser tests (Chromium)"
dotnet test tests/Yunpan.Web.Tests -c "$configuration" --no-build

section "Benchmark: 1 GiB through the server, peak memory"
bench/transfer-memory.sh

section "All checks passed"
