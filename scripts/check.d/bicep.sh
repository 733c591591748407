#!/usr/bin/env bash
# Builds and lints every Bicep file under infra/ with the Bicep CLI restored from NuGet.
# Fails on any error and on any warning. A warning may only be silenced in the source with
# `#disable-next-line <rule>` directly below a `//` comment that says why; a bare suppression fails too.
# Needs only the .NET SDK: `dotnet restore infra/tools/Bicep.proj` puts the CLI in the NuGet cache.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

proj=infra/tools/Bicep.proj
dotnet restore "$proj" --nologo -v quiet >/dev/null
version=$(sed -n 's:.*<BicepVersion>\(.*\)</BicepVersion>.*:\1:p' "$proj")
packages=$(dotnet nuget locals global-packages --list | sed 's/^[^:]*: *//')
bicep="$packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"
[ -f "$bicep" ] || { echo "bicep: CLI $version not found at $bicep after restore" >&2; exit 1; }
# NuGet extraction does not always keep the executable bit.
[ -x "$bicep" ] || chmod u+x "$bicep"
echo "bicep: $("$bicep" --version)"

# Prints "file(line,col) : Warning|Error ..." diagnostics of one command; returns 1 if there were any.
diagnostics() {
  local out
  out=$("$@" 2>&1) || { printf '%s\n' "$out"; return 1; }
  if printf '%s\n' "$out" | grep -E '\) : (Warning|Error) ' ; then return 1; fi
  return 0
}

# A suppression must carry its reason: the line above `#disable-next-line` has to be a // comment.
unjustified_suppressions() {
  awk 'FNR == 1 { prev = "" }
       /^[[:space:]]*#disable-next-line/ {
         if (prev !~ /^[[:space:]]*\/\/[[:space:]]*[^[:space:]]/) { printf "%s:%d: #disable-next-line without a // justification above it\n", FILENAME, FNR; bad = 1 }
       }
       { prev = $0 }
       END { exit bad }' "$@"
}

# Checks every .bicep and .bicepparam below $1; prints what it checked; returns the number of failures.
check_tree() {
  local dir=$1 failures=0 f
  local tmp; tmp=$(mktemp -d)
  while IFS= read -r f; do
    if diagnostics "$bicep" build "$f" --outfile "$tmp/out.json" && diagnostics "$bicep" lint "$f"; then
      echo "  ok    build+lint  ${f#"$ROOT"/}"
    else
      echo "  FAIL  build+lint  ${f#"$ROOT"/}"; failures=$((failures + 1))
    fi
  done < <(find "$dir" -name '*.bicep' -not -path '*/obj/*' -not -path '*/bin/*' | sort)
  while IFS= read -r f; do
    if diagnostics "$bicep" build-params "$f" --outfile "$tmp/params.json" && diagnostics "$bicep" lint "$f"; then
      echo "  ok    build-params+lint  ${f#"$ROOT"/}"
    else
      echo "  FAIL  build-params+lint  ${f#"$ROOT"/}"; failures=$((failures + 1))
    fi
  done < <(find "$dir" -name '*.bicepparam' -not -path '*/obj/*' | sort)
  local files; mapfile -t files < <(find "$dir" \( -name '*.bicep' -o -name '*.bicepparam' \) -not -path '*/obj/*')
  if [ "${#files[@]}" -gt 0 ] && ! unjustified_suppressions "${files[@]}"; then failures=$((failures + 1)); fi
  rm -rf "$tmp"
  return "$failures"
}

# Negative check first: the detector must see a warning, an error and a bare suppression,
# and accept a justified one, or a green result below would mean nothing.
neg=$(mktemp -d); trap 'rm -rf "$neg"' EXIT
cp infra/bicepconfig.json "$neg/"
printf "param unused string\n" > "$neg/warn.bicep"
printf "resource x 'Microsoft.Nope/things@2020-01-01' = {\n  name: 1\n}\n" > "$neg/error.bicep"
printf "#disable-next-line no-unused-params\nparam unused string\n" > "$neg/bare.bicep"
printf "// Kept for the sample: the rule is exercised by the negative check.\n#disable-next-line no-unused-params\nparam unused string\n" > "$neg/justified.bicep"
selftest=0
diagnostics "$bicep" lint "$neg/warn.bicep" >/dev/null && { echo "bicep: self-test: warning not detected" >&2; selftest=1; }
diagnostics "$bicep" build "$neg/error.bicep" --stdout >/dev/null && { echo "bicep: self-test: error not detected" >&2; selftest=1; }
unjustified_suppressions "$neg/bare.bicep" >/dev/null && { echo "bicep: self-test: bare suppression not detected" >&2; selftest=1; }
{ diagnostics "$bicep" lint "$neg/justified.bicep" >/dev/null && unjustified_suppressions "$neg/justified.bicep" >/dev/null; } \
  || { echo "bicep: self-test: justified suppression rejected" >&2; selftest=1; }
[ "$selftest" = 0 ] || exit 1
echo "bicep: self-test ok (warning, error and bare suppression detected; justified suppression accepted)"

echo "bicep: checking infra/"
status=0
check_tree "$ROOT/infra" || status=1

# Evaluate main.bicepparam locally (bicep snapshot: no Azure access) and check what the design
# promises: the GPU worker scales to zero on a GPU profile, the function app runs a custom handler
# and gets the agreed settings, and no secret value lands in an app setting.
snapdir=$(mktemp -d); trap 'rm -rf "$neg" "$snapdir"' EXIT
cp -r infra/main.bicep infra/main.bicepparam infra/modules infra/bicepconfig.json "$snapdir/"
snapshot="$snapdir/main.snapshot.json"
if "$bicep" snapshot "$snapdir/main.bicepparam" --mode overwrite --subscription-id 00000000-0000-0000-0000-000000000001 \
     --resource-group rg-router --location swedencentral >/dev/null 2>&1 && [ -s "$snapshot" ]; then
  expect() { # description, extended regex that must match the snapshot
    if grep -Eq -- "$2" "$snapshot"; then echo "  ok    snapshot  $1"; else echo "  FAIL  snapshot  $1"; status=1; fi
  }
  reject() { # description, extended regex that must not match
    if grep -Eq -- "$2" "$snapshot"; then echo "  FAIL  snapshot  $1"; status=1; else echo "  ok    snapshot  $1"; fi
  }
  expect "GPU workload profile" '"workloadProfileType": "Consumption-GPU-'
  expect "GPU worker scales to zero" '"minReplicas": 0,'
  expect "worker reads Worker__ModelPath from the mounted share" '"name": "Worker__ModelPath"'
  expect "function app runs a custom handler" '"name": "custom"'
  for key in AzureWebJobsStorage__accountName Ledger__Tables__Endpoint Backends__GpuWorker__BaseUrl \
             Backends__AzureOpenAI__Deployments__0__Endpoint ServiceBusConnection__fullyQualifiedNamespace \
             Cache__Redis__ConnectionString APPLICATIONINSIGHTS_AUTHENTICATION_STRING; do
    expect "app setting $key" "\"name\": \"$key\""
  done
  # Flex Consumption's package mount is read-only: the spool must be on the instance's /tmp.
  if grep -A1 '"name": "Ledger__SpoolDirectory"' "$snapshot" | grep -Eq '"value": "/tmp/'; then
    echo "  ok    snapshot  ledger spool under /tmp, not the read-only package"
  else echo "  FAIL  snapshot  ledger spool under /tmp, not the read-only package"; status=1; fi
  # One retry budget: the app stores the last delivery as dead-lettered, so it must count as the queue does.
  deliveries=$(grep -Eo '"maxDeliveryCount": [0-9]+' "$snapshot" | grep -Eo '[0-9]+$' | sort -u)
  dequeues=$(grep -A1 '"name": "Queue__MaxDequeueCount"' "$snapshot" | grep -Eo '"value": "[0-9]+"' | grep -Eo '[0-9]+' || true)
  if [ -n "$deliveries" ] && [ "$(printf '%s\n' "$deliveries" | wc -l)" = 1 ] && [ "$dequeues" = "$deliveries" ]; then
    echo "  ok    snapshot  Queue__MaxDequeueCount ($dequeues) = the queue's maxDeliveryCount"
  else echo "  FAIL  snapshot  Queue__MaxDequeueCount (${dequeues:-unset}) = the queue's maxDeliveryCount (${deliveries:-none})"; status=1; fi
  reject "no FUNCTIONS_WORKER_RUNTIME on Flex Consumption" '"name": "FUNCTIONS_WORKER_RUNTIME"'
  reject "no password, account key or SAS in app settings" '"value": ".*([Pp]assword=|AccountKey=|SharedAccessKey=|listKeys)'
  expect "ledger storage has shared keys off" '"allowSharedKeyAccess": false'
  expect "Redis access keys off (Entra ID only)" '"accessKeysAuthentication": "Disabled"'
  expect "registry admin user off" '"adminUserEnabled": false'
  local_auth_off=$(grep -Eic '"disableLocalAuth": true' "$snapshot" || true)
  # Service Bus, Azure OpenAI, Application Insights and Log Analytics.
  if [ "$local_auth_off" -ge 4 ]; then echo "  ok    snapshot  local (key) auth off on $local_auth_off services"
  else echo "  FAIL  snapshot  local (key) auth off on only $local_auth_off services (want 4)"; status=1; fi
else
  echo "  FAIL  snapshot  bicep snapshot main.bicepparam"; status=1
fi
suppressed=$(cat $(find infra \( -name '*.bicep' -o -name '*.bicepparam' \) -not -path '*/obj/*') /dev/null | grep -c '^[[:space:]]*#disable-next-line' || true)
echo "bicep: $suppressed justified suppression(s) in infra/"
[ "$status" = 0 ] && echo "bicep: all files clean" || echo "bicep: FAILED" >&2
exit "$status"
