// Compiles src/ with the pinned solc and writes two combined-JSON artifacts for abigen:
//   <out>/iface.json  the interface files (ABI only): the production bindings
//   <out>/mocks.json  the test mocks (ABI and bytecode): the test bindings
// Usage: node build.js [outdir]   (default: artifacts)
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = __dirname;
const out = path.resolve(process.argv[2] || path.join(root, 'artifacts'));

function sources(dir) {
  const found = {};
  for (const sub of ['iface', 'mock']) {
    for (const f of fs.readdirSync(path.join(dir, sub)).sort()) {
      if (f.endsWith('.sol')) {
        const rel = `src/${sub}/${f}`;
        found[rel] = { content: fs.readFileSync(path.join(root, rel), 'utf8') };
      }
    }
  }
  return found;
}

const input = {
  language: 'Solidity',
  sources: sources(path.join(root, 'src')),
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

function findImports(p) {
  const full = path.join(root, p);
  if (fs.existsSync(full)) return { contents: fs.readFileSync(full, 'utf8') };
  return { error: 'not found: ' + p };
}

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  process.stderr.write(e.formattedMessage + '\n');
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

const combined = { iface: { contracts: {}, version: solc.version() }, mocks: { contracts: {}, version: solc.version() } };
for (const file of Object.keys(output.contracts).sort()) {
  const kind = file.startsWith('src/iface/') ? 'iface' : 'mocks';
  for (const name of Object.keys(output.contracts[file]).sort()) {
    const c = output.contracts[file][name];
    // Only the mocks' own contracts go in the mock bindings (imports compile in too).
    if (kind === 'mocks' && !name.startsWith('Mock')) continue;
    combined[kind].contracts[`${file}:${name}`] = {
      abi: c.abi,
      bin: kind === 'iface' ? '' : c.evm.bytecode.object,
      'bin-runtime': kind === 'iface' ? '' : c.evm.deployedBytecode.object,
    };
  }
}
fs.mkdirSync(out, { recursive: true });
for (const kind of ['iface', 'mocks']) {
  fs.writeFileSync(path.join(out, kind + '.json'), JSON.stringify(combined[kind], null, 1) + '\n');
}
