#!/usr/bin/env bash
# Builds and lints infra/main.bicep, failing on any warning or error.
# The Bicep CLI comes from NuGet (Azure.Bicep.CommandLine.linux-x64) into the git-ignored .tools/bicep;
# nothing else is downloaded, and an installed CLI of the pinned version is reused.
set -euo pipefail
cd "$(dirname "$0")/.."

BICEP_VERSION="${BICEP_VERSION:-0.49.2}"
package="azure.bicep.commandline.linux-x64"
tools=".tools/bicep"
bicep="$tools/packages/$package/$BICEP_VERSION/tools/bicep"

if [ ! -x "$bicep" ]; then
  echo "Installing the Bicep CLI $BICEP_VERSION from NuGet..."
  mkdir -p "$tools/restore"
  # A throwaway project whose only job is to download the package. The repository's Directory.*.props
  # (central package management, warnings as errors) are kept out of it.
  cat > "$tools/restore/restore.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$BICEP_VERSION]" />
  </ItemGroup>
</Project>
XML
  dotnet restore "$tools/restore/restore.csproj" --nologo -v quiet \
    --packages "$tools/packages" \
    -p:ImportDirectoryBuildProps=false -p:ImportDirectoryPackagesProps=false \
    -p:ImportDirectoryBuildTargets=false >/dev/null
  chmod +x "$bicep"
fi

# The CLI is a self-contained .NET app; it needs no ICU for this.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="${DOTNET_SYSTEM_GLOBALIZATION_INVARIANT:-1}"

status=0
# Runs bicep with its standard output sent to $1 and reports its diagnostics (Bicep prints them as
# "path(line,col) : Warning|Error code: message"); any of them, or a non-zero exit, fails the check.
check() {
  local out="$1" diagnostics
  shift
  if ! diagnostics="$("$bicep" "$@" 2>&1 >"$out")"; then
    status=1
  fi
  if [ "$out" != /dev/null ]; then
    diagnostics+="$(cat "$out")"
  fi
  if grep -Eqi ' : (warning|error) |^(warning|error)' <<<"$diagnostics"; then
    status=1
  fi
  if [ -n "$diagnostics" ]; then
    printf '%s\n' "$diagnostics" >&2
  fi
}

lint_out="$(mktemp)"
trap 'rm -f "$lint_out"' EXIT
check /dev/null build infra/main.bicep --stdout
check "$lint_out" lint infra/main.bicep
if [ "$status" -ne 0 ]; then
  echo "bicep: infra/main.bicep has warnings or errors" >&2
  exit 1
fi
echo "bicep $BICEP_VERSION: infra/main.bicep builds and lints clean"
