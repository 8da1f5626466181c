#!/bin/sh
# Regenerates the compiled artifacts and the Go bindings from src/.
# Usage: contracts/generate.sh [OUTROOT]   OUTROOT defaults to the repository itself; the
# regeneration test passes a scratch directory and compares.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
out=${1:-$repo}
mkdir -p "$out/contracts/artifacts" "$out/chains/evm/contract" "$out/chains/evm/evmtest/mock"
node "$here/build.js" "$out/contracts/artifacts"
cd "$repo"
abigen="go run github.com/ethereum/go-ethereum/cmd/abigen"
$abigen --v2 --combined-json "$out/contracts/artifacts/iface.json" --pkg contract --out "$out/chains/evm/contract/bindings.go"
$abigen --v2 --combined-json "$out/contracts/artifacts/mocks.json" --pkg mock --out "$out/chains/evm/evmtest/mock/bindings.go"
