package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/mr-tron/base58"

	"github.com/softstake/staker/signer"
)

// RFC 8032 section 7.1 TEST 1.
const (
	rfcSeed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
	rfcPub  = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
)

// keysRand is a deterministic randomness source: SHA-256 of a seed and a counter.
type keysRand struct {
	seed string
	ctr  uint64
	buf  []byte
}

func (r *keysRand) Read(p []byte) (int, error) {
	for i := range p {
		if len(r.buf) == 0 {
			h := sha256.Sum256(binary.BigEndian.AppendUint64([]byte(r.seed), r.ctr))
			r.ctr++
			r.buf = h[:]
		}
		p[i], r.buf = r.buf[0], r.buf[1:]
	}
	return len(p), nil
}

// useKeysRand makes the keys commands draw keys from a fresh deterministic stream named
// seed, with cheap scrypt parameters, and returns the first 32 bytes of that stream: the
// private key the next keys new generates.
func useKeysRand(t *testing.T, seed string) []byte {
	t.Helper()
	saved := keystoreOptions
	keystoreOptions = signer.KeystoreOptions{ScryptN: 2, ScryptR: 1, ScryptP: 1, Rand: &keysRand{seed: seed}}
	t.Cleanup(func() { keystoreOptions = saved })
	first := make([]byte, 32)
	io.ReadFull(&keysRand{seed: seed}, first)
	return first
}

func writeFile(t *testing.T, path, content string, mode os.FileMode) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestKeysCommands(t *testing.T) {
	useCheapKeystore(t)
	dir := t.TempDir()
	keys := filepath.Join(dir, "keys")
	t.Setenv("KEYS_PASS", "a passphrase")
	passFile := writeFile(t, filepath.Join(dir, "pass"), "a passphrase\n", 0o600)
	seedFile := writeFile(t, filepath.Join(dir, "seed.hex"), rfcSeed+"\n", 0o600)
	full := ed25519.NewKeyFromSeed(mustDecodeHex(t, rfcSeed))
	keypairFile := writeFile(t, filepath.Join(dir, "keypair.b58"), base58.Encode(full), 0o600)
	one := writeFile(t, filepath.Join(dir, "one.hex"), "0x"+strings.Repeat("0", 63)+"1", 0o600)
	open := writeFile(t, filepath.Join(dir, "open.hex"), rfcSeed, 0o644)
	garbage := writeFile(t, filepath.Join(dir, "garbage"), "not a key at all", 0o600)
	mismatched := bytes.Clone(full)
	mismatched[63] ^= 1
	mismatchedFile := writeFile(t, filepath.Join(dir, "mismatched.hex"), hex.EncodeToString(mismatched), 0o600)

	ks := []string{"--keystore", keys}
	k := func(args ...string) []string { return append(append([]string{"keys"}, args...), ks...) }
	pass := []string{"--passphrase", "env:KEYS_PASS"}
	tests := []struct {
		name     string
		give     []string
		wantCode int
		wantOut  string
		wantErr  string
	}{
		{name: "empty list", give: k("list"), wantOut: "no keys in " + keys},
		{name: "new ed25519", give: k(append([]string{"new", "--type", "ed25519", "--id", "sol-1"}, pass...)...), wantOut: "created key sol-1"},
		{name: "new secp256k1 with a passphrase file", give: k("new", "--type", "secp256k1", "--id", "evm-1", "--passphrase", "file:"+passFile), wantOut: "  polygon   0x"},
		{name: "new duplicate", give: k(append([]string{"new", "--type", "ed25519", "--id", "sol-1"}, pass...)...), wantCode: 2, wantErr: "already exists"},
		{name: "literal passphrase", give: k("new", "--type", "ed25519", "--id", "x", "--passphrase", "hunter2"), wantCode: 2, wantErr: "literal secrets are not accepted"},
		{name: "missing passphrase", give: k("new", "--type", "ed25519", "--id", "x"), wantCode: 2, wantErr: "missing --passphrase"},
		{name: "unset env", give: k("new", "--type", "ed25519", "--id", "x", "--passphrase", "env:KEYS_UNSET"), wantCode: 2, wantErr: "env:KEYS_UNSET"},
		{name: "missing type", give: k(append([]string{"new", "--id", "x"}, pass...)...), wantCode: 2, wantErr: "missing --type"},
		{name: "bad type", give: k(append([]string{"new", "--type", "rsa", "--id", "x"}, pass...)...), wantCode: 2, wantErr: `--type "rsa"`},
		{name: "missing id", give: k(append([]string{"new", "--type", "ed25519"}, pass...)...), wantCode: 2, wantErr: "missing --id"},
		{name: "bad id", give: k(append([]string{"new", "--type", "ed25519", "--id", "Sol/1"}, pass...)...), wantCode: 2, wantErr: `invalid key id "Sol/1"`},
		{name: "import hex seed", give: k(append([]string{"import", "--type", "ed25519", "--id", "rfc", "--private-key-file", seedFile, "--network", "mainnet"}, pass...)...),
			wantOut: "rfc  ed25519  " + rfcPub + "\n  solana    FVen3X669xLzsi6N2V91DoiyzHzg1uAgqiT8jZ9nS96Z\n"},
		{name: "import base58 keypair", give: k(append([]string{"import", "--type", "ed25519", "--id", "rfc-b58", "--private-key-file", keypairFile}, pass...)...), wantOut: rfcPub},
		{name: "import secp256k1 key 1", give: k(append([]string{"import", "--type", "secp256k1", "--id", "one", "--private-key-file", one}, pass...)...),
			wantOut: "  bsc       0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf\n"},
		{name: "import readable file", give: k(append([]string{"import", "--type", "ed25519", "--id", "x", "--private-key-file", open}, pass...)...), wantCode: 2, wantErr: "mode 0644, which grants group or others access (run chmod 600"},
		{name: "import garbage", give: k(append([]string{"import", "--type", "ed25519", "--id", "x", "--private-key-file", garbage}, pass...)...), wantCode: 2, wantErr: "want one private key of 32 or 64 bytes in hex or base58"},
		{name: "import mismatched keypair", give: k(append([]string{"import", "--type", "ed25519", "--id", "x", "--private-key-file", mismatchedFile}, pass...)...), wantCode: 2, wantErr: "does not match its seed"},
		{name: "import ed25519 as secp256k1", give: k(append([]string{"import", "--type", "secp256k1", "--id", "x", "--private-key-file", keypairFile}, pass...)...), wantCode: 2, wantErr: "64 bytes, want 32"},
		{name: "import missing file", give: k(append([]string{"import", "--type", "ed25519", "--id", "x", "--private-key-file", filepath.Join(dir, "absent")}, pass...)...), wantCode: 2, wantErr: "no such file"},
		{name: "import missing flags", give: k(append([]string{"import", "--type", "ed25519"}, pass...)...), wantCode: 2, wantErr: "missing --id, --private-key-file"},
		{name: "import key as a flag", give: k(append([]string{"import", "--type", "ed25519", "--id", "x", "--private-key", rfcSeed}, pass...)...), wantCode: 2, wantErr: "unknown flag: --private-key"},
		{name: "list", give: k("list"), wantOut: "one  secp256k1  04"},
		{name: "list addresses", give: k("list", "--network", "mainnet"), wantOut: "  near      " + rfcPub + "\n"},
		{name: "address by symbol", give: k("address", "--chain", "SOL", "rfc"), wantOut: "FVen3X669xLzsi6N2V91DoiyzHzg1uAgqiT8jZ9nS96Z\n"},
		{name: "address by family", give: k("address", "--chain", "algorand", "rfc"), wantOut: "25NJQAMCWEFLPVKL73J4SZAHHIHOC4XT3KTCGJNPAINGR5YHKENMEF5QTE\n"},
		{name: "address lower-case symbol", give: k("address", "--chain", "axs", "one"), wantOut: "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf\n"},
		{name: "address cardano testnet", give: k("address", "--chain", "ADA", "rfc"), wantOut: "addr_test1v"},
		{name: "address cardano mainnet", give: k("address", "--chain", "ADA", "--network", "mainnet", "rfc"), wantOut: "addr1v"},
		{name: "address ton testnet", give: k("address", "--chain", "TON", "rfc"), wantOut: "0Q"},
		{name: "address ton mainnet", give: k("address", "--chain", "ton", "--network", "mainnet", "rfc"), wantOut: "UQ"},
		{name: "address wrong key type", give: k("address", "--chain", "BNB", "rfc"), wantCode: 2, wantErr: "bsc addresses come from secp256k1 keys, not ed25519"},
		{name: "address unknown chain", give: k("address", "--chain", "DOGE", "rfc"), wantCode: 2, wantErr: `--chain "DOGE": not a token`},
		{name: "address unknown key", give: k("address", "--chain", "SOL", "nope"), wantCode: 2, wantErr: `key "nope": unknown key`},
		{name: "address no id", give: k("address", "--chain", "SOL"), wantCode: 2, wantErr: "takes 1 argument(s), got 0"},
		{name: "address no chain", give: k("address", "rfc"), wantCode: 2, wantErr: "missing --chain"},
		{name: "keys extra argument", give: k("frobnicate"), wantCode: 2, wantErr: "takes 0 argument(s), got 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runStaker(t, tt.give...)
			if got.code != tt.wantCode || !strings.Contains(got.stdout, tt.wantOut) || !strings.Contains(got.stderr, tt.wantErr) {
				t.Fatalf("staker %v = %d\nstdout: %s\nstderr: %s\nwant %d, stdout with %q, stderr with %q",
					tt.give, got.code, got.stdout, got.stderr, tt.wantCode, tt.wantOut, tt.wantErr)
			}
			if strings.Contains(got.stderr, "hunter2") {
				t.Fatal("a literal passphrase was echoed")
			}
		})
	}

	// The passphrase each command was given opens the key it wrote.
	store, err := signer.OpenKeystore(keys, keystoreOptions)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"sol-1", "evm-1", "rfc", "rfc-b58", "one"} {
		if err := store.Unlock(id, []byte("a passphrase"), 1e9); err != nil {
			t.Errorf("unlock %s: %v", id, err)
		}
	}
}

// TestKeysCommandsRefuseInsecureFiles checks the permission and integrity refusals through
// the CLI, with their exit codes.
func TestKeysCommandsRefuseInsecureFiles(t *testing.T) {
	useCheapKeystore(t)
	t.Setenv("KEYS_PASS", "a passphrase")
	tests := []struct {
		name     string
		prepare  func(t *testing.T, keys string)
		wantCode int
		wantErr  string
	}{
		{"key file 0644", func(t *testing.T, keys string) { os.Chmod(filepath.Join(keys, "k.key"), 0o644) }, 2, "mode 0644, which grants group or others access (run chmod 600"},
		{"group-writable keystore", func(t *testing.T, keys string) { os.Chmod(keys, 0o770) }, 2, "mode 0770, which lets group or others write to it (run chmod 700"},
		{"truncated key file", func(t *testing.T, keys string) {
			data, _ := os.ReadFile(filepath.Join(keys, "k.key"))
			os.WriteFile(filepath.Join(keys, "k.key"), data[:40], 0o600)
		}, 1, "truncated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys := filepath.Join(t.TempDir(), "keys")
			if got := runStaker(t, "keys", "new", "--keystore", keys, "--type", "ed25519", "--id", "k", "--passphrase", "env:KEYS_PASS"); got.code != 0 {
				t.Fatalf("new: %d %s", got.code, got.stderr)
			}
			tt.prepare(t, keys)
			for _, args := range [][]string{{"keys", "list"}, {"keys", "address", "--chain", "SOL", "k"}} {
				got := runStaker(t, append(args, "--keystore", keys)...)
				if got.code != tt.wantCode || !strings.Contains(got.stderr, tt.wantErr) {
					t.Errorf("staker %v = %d %s; want %d with %q", args, got.code, got.stderr, tt.wantCode, tt.wantErr)
				}
			}
		})
	}
}

// TestKeysSentinel runs every keys command, successful and failing, with keys whose private
// bytes the test knows, and checks that none of the output holds them in hex, base58 or
// base64, nor the passphrase.
func TestKeysSentinel(t *testing.T) {
	dir := t.TempDir()
	keys := filepath.Join(dir, "keys")
	const passphrase = "sentinel passphrase 7f3a"
	t.Setenv("KEYS_PASS", passphrase)
	passFile := writeFile(t, filepath.Join(dir, "pass"), passphrase, 0o600)
	var secrets [][]byte
	var out strings.Builder
	runAll := func(args ...string) {
		got := runStaker(t, append(args, "--keystore", keys)...)
		out.WriteString(got.stdout + got.stderr)
	}

	// Generated keys: the first 32 bytes of the injected stream are the private key.
	edSeed := useKeysRand(t, "sentinel ed25519")
	runAll("keys", "new", "--type", "ed25519", "--id", "gen-ed", "--passphrase", "env:KEYS_PASS")
	edPriv := ed25519.NewKeyFromSeed(edSeed)
	if !strings.Contains(out.String(), hex.EncodeToString(edPriv[32:])) {
		t.Fatalf("keys new did not generate the key the test expects:\n%s", out.String())
	}
	ecScalar := useKeysRand(t, "sentinel secp256k1")
	runAll("keys", "new", "--type", "secp256k1", "--id", "gen-ec", "--passphrase", "file:"+passFile)
	ecKey, err := crypto.ToECDSA(ecScalar)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), hex.EncodeToString(crypto.FromECDSAPub(&ecKey.PublicKey))) {
		t.Fatalf("keys new did not generate the secp256k1 key the test expects:\n%s", out.String())
	}
	secrets = append(secrets, edSeed, edPriv, ecScalar)

	// Imported keys, in every file form.
	impSeed := sha256.Sum256([]byte("sentinel import ed25519"))
	impPriv := ed25519.NewKeyFromSeed(impSeed[:])
	impScalar := sha256.Sum256([]byte("sentinel import secp256k1"))
	secrets = append(secrets, impSeed[:], impPriv, impScalar[:])
	forms := map[string]string{
		"hex":      hex.EncodeToString(impSeed[:]),
		"0x":       "0x" + hex.EncodeToString(impPriv),
		"b58":      base58.Encode(impPriv),
		"ec":       hex.EncodeToString(impScalar[:]),
		"bad-ec":   hex.EncodeToString(impScalar[:]) + "00",
		"mixed":    base58.Encode(impSeed[:]) + "!",
		"readable": hex.EncodeToString(impSeed[:]),
	}
	for name, content := range forms {
		mode := os.FileMode(0o600)
		if name == "readable" {
			mode = 0o644
		}
		path := writeFile(t, filepath.Join(dir, name), content, mode)
		typ := "ed25519"
		if strings.HasSuffix(name, "ec") {
			typ = "secp256k1"
		}
		runAll("keys", "import", "--type", typ, "--id", "imp-"+name, "--private-key-file", path, "--passphrase", "env:KEYS_PASS")
		runAll("keys", "import", "--type", typ, "--id", "imp-"+name, "--private-key-file", path, "--passphrase", "env:KEYS_PASS") // duplicate
		other := map[string]string{"ed25519": "secp256k1", "secp256k1": "ed25519"}[typ]
		runAll("keys", "import", "--type", other, "--id", "x-"+name, "--private-key-file", path, "--passphrase", "env:KEYS_PASS")
	}
	runAll("keys", "new", "--type", "ed25519", "--id", "lit", "--passphrase", passphrase)
	runAll("keys", "new", "--type", "ed25519", "--id", "lit", "--passphrase", hex.EncodeToString(impSeed[:]))
	for _, network := range []string{"testnet", "mainnet"} {
		runAll("keys", "list", "--network", network)
		for _, chain := range []string{"SOL", "ADA", "POL", "BNB", "TON", "NEAR", "SUI", "ALGO", "AXS", "S", "DOGE"} {
			for _, id := range []string{"gen-ed", "gen-ec", "imp-hex", "imp-ec", "nope"} {
				runAll("keys", "address", "--chain", chain, "--network", network, id)
			}
		}
	}
	// Failures on the stored files.
	os.Chmod(filepath.Join(keys, "gen-ed.key"), 0o644)
	runAll("keys", "list")
	runAll("keys", "address", "--chain", "SOL", "gen-ed")
	data, _ := os.ReadFile(filepath.Join(keys, "gen-ec.key"))
	os.WriteFile(filepath.Join(keys, "gen-ec.key"), data[:len(data)/2], 0o600)
	os.Chmod(filepath.Join(keys, "gen-ed.key"), 0o600)
	runAll("keys", "list")
	runAll("keys", "address", "--chain", "BNB", "gen-ec")
	os.Chmod(keys, 0o777)
	runAll("keys", "list")
	os.Chmod(keys, 0o700)

	text := out.String()
	if !strings.Contains(text, "imported key imp-b58") || !strings.Contains(text, "mode 0644") || !strings.Contains(text, "truncated") {
		t.Fatalf("the commands did not run as expected:\n%s", text)
	}
	for _, s := range secrets {
		h := hex.EncodeToString(s)
		for _, form := range []string{h, strings.ToUpper(h), h[:24], base58.Encode(s),
			base64.StdEncoding.EncodeToString(s), base64.RawStdEncoding.EncodeToString(s),
			base64.URLEncoding.EncodeToString(s), base64.RawURLEncoding.EncodeToString(s)} {
			if strings.Contains(text, form) {
				t.Fatalf("CLI output contains a private key (%s…)", form[:6])
			}
		}
	}
	if strings.Contains(text, passphrase) {
		t.Fatal("CLI output contains the passphrase")
	}
}

func mustDecodeHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDecodePrivateKey(t *testing.T) {
	seed := mustDecodeHex(t, rfcSeed)
	full := ed25519.NewKeyFromSeed(seed)
	tests := []struct {
		name   string
		give   string
		want   []byte
		wantOK bool
	}{
		{"hex seed", rfcSeed, seed, true},
		{"hex seed with 0x and newline", "0x" + rfcSeed + "\n", seed, true},
		{"upper-case hex", strings.ToUpper(rfcSeed), seed, true},
		{"hex keypair", hex.EncodeToString(full), full, true},
		{"base58 seed", base58.Encode(seed), seed, true},
		{"base58 keypair", "  " + base58.Encode(full) + "\r\n", full, true},
		{"0x with bad hex", "0x" + strings.Repeat("g", 64), nil, false},
		{"odd hex length", rfcSeed[:63], nil, false},
		{"base58 of 31 bytes", base58.Encode(seed[:31]), nil, false},
		{"empty", "", nil, false},
		{"two keys", rfcSeed + " " + rfcSeed, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := decodePrivateKey([]byte(tt.give))
			if ok != tt.wantOK || !bytes.Equal(got, tt.want) {
				t.Fatalf("decodePrivateKey = %x, %v; want %x, %v", got, ok, tt.want, tt.wantOK)
			}
		})
	}
}
