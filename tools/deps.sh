#!/usr/bin/env bash
# Installs the Debian 12 packages dxaudit builds and tests with, when any is missing.
# Safe to run again: when everything is present it does nothing and asks nothing.
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  libre2-dev libicu-dev libboost-program-options-dev nlohmann-json3-dev doctest-dev
  libtbb-dev libsqlite3-dev libcsv-dev zlib1g-dev libzstd-dev libmstch-dev libxml2-dev
  pybind11-dev python3-dev python3-distributed python3-dask
)
# Extra packages a caller needs (e.g. ripgrep for the benchmark) come as arguments.
packages+=("$@")

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "dxaudit: installing Debian packages: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "dxaudit: run as root or install sudo" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
