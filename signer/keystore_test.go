package signer

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/mr-tron/base58"
)

var updateKeyFile = flag.Bool("update-keyfile", false, "rewrite signer/testdata/rfc8032-1.key")

// Cheap scrypt parameters for tests only (as go-ethereum's LightScryptN in its tests).
const testScryptN = 16

var testPassphrase = []byte("correct horse battery staple")

// detRand is a deterministic randomness source: SHA-256 of a seed and a counter.
type detRand struct {
	seed string
	ctr  uint64
	buf  []byte
}

func (r *detRand) Read(p []byte) (int, error) {
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

// fakeClock is a settable clock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func testKeystoreOptions() KeystoreOptions {
	return KeystoreOptions{ScryptN: testScryptN, ScryptR: 1, ScryptP: 1, Rand: &detRand{seed: "keystore test"}}
}

func newTestKeystore(t *testing.T) (*Keystore, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "keys")
	ks, err := OpenKeystore(dir, testKeystoreOptions())
	if err != nil {
		t.Fatal(err)
	}
	return ks, dir
}

func mustCreate(t *testing.T, ks *Keystore, id string, typ KeyType) KeyInfo {
	t.Helper()
	info, err := ks.Create(id, typ, testPassphrase)
	if err != nil {
		t.Fatalf("Create(%s): %v", id, err)
	}
	return info
}

// verifySig checks a signature with each chain's own verification: crypto/ed25519, and
// go-ethereum's recovery and verification for secp256k1.
func verifySig(t *testing.T, info KeyInfo, msg, sig []byte) {
	t.Helper()
	switch info.Type {
	case Ed25519:
		if len(sig) != ed25519.SignatureSize || !ed25519.Verify(info.PublicKey, msg, sig) {
			t.Fatalf("ed25519 signature by %s does not verify", info.ID)
		}
	case Secp256k1:
		if len(sig) != 65 || sig[64] > 1 {
			t.Fatalf("secp256k1 signature is %d bytes, V=%d", len(sig), sig[len(sig)-1])
		}
		pub, err := crypto.SigToPub(msg, sig)
		if err != nil || !bytes.Equal(crypto.FromECDSAPub(pub), info.PublicKey) {
			t.Fatalf("secp256k1 signature by %s recovers another key: %v", info.ID, err)
		}
		if !crypto.VerifySignature(info.PublicKey, msg, sig[:64]) {
			t.Fatalf("secp256k1 signature by %s does not verify", info.ID)
		}
	}
}

func TestKeystoreCreateUnlockSign(t *testing.T) {
	ks, dir := newTestKeystore(t)
	keys := []KeyInfo{mustCreate(t, ks, "hot-sol", Ed25519), mustCreate(t, ks, "evm.1", Secp256k1), mustCreate(t, ks, "a_ton", Ed25519)}

	listed, err := ks.List()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, k := range listed {
		ids = append(ids, k.ID)
	}
	if want := []string{"a_ton", "evm.1", "hot-sol"}; !slices.Equal(ids, want) {
		t.Fatalf("List ids = %v, want %v (sorted)", ids, want)
	}
	digest := crypto.Keccak256([]byte("a transaction"))
	for _, k := range keys {
		info, err := ks.Info(k.ID)
		if err != nil || info.Type != k.Type || !bytes.Equal(info.PublicKey, k.PublicKey) {
			t.Fatalf("Info(%s) = %+v, %v; want %+v", k.ID, info, err, k)
		}
		if _, err := ks.Sign(k.ID, digest); !errors.Is(err, ErrLocked) {
			t.Fatalf("Sign before Unlock: %v, want ErrLocked", err)
		}
		if err := ks.Unlock(k.ID, testPassphrase, time.Hour); err != nil {
			t.Fatal(err)
		}
		sig, err := ks.Sign(k.ID, digest)
		if err != nil {
			t.Fatal(err)
		}
		verifySig(t, k, digest, sig)

		fi, err := os.Stat(filepath.Join(dir, k.ID+".key"))
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Fatalf("key file mode %v, %v; want 0600", fi.Mode(), err)
		}
	}
	if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
		t.Fatalf("keystore directory mode %v, %v; want 0700", fi.Mode(), err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Fatalf("directory holds %d entries, want the 3 key files and no temporary files", len(entries))
	}
	if k := keys[0]; len(k.PublicKey) != 32 || len(keys[1].PublicKey) != 65 || keys[1].PublicKey[0] != 4 {
		t.Fatalf("public key sizes %d and %d, want 32 and 65 (uncompressed)", len(k.PublicKey), len(keys[1].PublicKey))
	}
}

func TestKeystoreImport(t *testing.T) {
	ks, _ := newTestKeystore(t)
	seed := mustHex(t, rfc8032Keys[0].seed)

	info, err := ks.Import("rfc-seed", Ed25519, seed, testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	if hex.EncodeToString(info.PublicKey) != rfc8032Keys[0].pub {
		t.Fatalf("public key %x, want RFC 8032's %s", info.PublicKey, rfc8032Keys[0].pub)
	}
	if err := ks.Unlock("rfc-seed", testPassphrase, time.Minute); err != nil {
		t.Fatal(err)
	}
	// RFC 8032 section 7.1 TEST 1 signs the empty message; ed25519 is deterministic.
	sig, err := ks.Sign("rfc-seed", nil)
	if err != nil {
		t.Fatal(err)
	}
	wantSig := "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
	if hex.EncodeToString(sig) != wantSig {
		t.Fatalf("signature %x, want RFC 8032's %s", sig, wantSig)
	}

	full := ed25519.NewKeyFromSeed(seed)
	if info, err := ks.Import("rfc-full", Ed25519, full, testPassphrase); err != nil || !bytes.Equal(info.PublicKey, full[32:]) {
		t.Fatalf("64-byte import: %+v, %v", info, err)
	}
	one := make([]byte, 32)
	one[31] = 1
	info, err = ks.Import("evm-one", Secp256k1, one, testPassphrase)
	if err != nil {
		t.Fatal(err)
	}
	if addr, _ := Address("bsc", "mainnet", info.Type, info.PublicKey); addr != "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf" {
		t.Fatalf("key 1 address %s", addr)
	}

	mismatched := slices.Clone(full)
	mismatched[40] ^= 1
	order := mustHex(t, "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
	tests := []struct {
		name    string
		id      string
		typ     KeyType
		give    []byte
		pass    []byte
		wantIs  error
		wantMsg string
	}{
		{"duplicate id", "rfc-seed", Ed25519, seed, testPassphrase, ErrKeyExists, `key "rfc-seed": key already exists`},
		{"ed25519 wrong length", "x", Ed25519, seed[:31], testPassphrase, ErrInvalidPrivateKey, "31 bytes, want 32 (seed) or 64"},
		{"ed25519 mismatched halves", "x", Ed25519, mismatched, testPassphrase, ErrInvalidPrivateKey, "does not match its seed"},
		{"secp256k1 wrong length", "x", Secp256k1, full, testPassphrase, ErrInvalidPrivateKey, "64 bytes, want 32"},
		{"secp256k1 zero", "x", Secp256k1, make([]byte, 32), testPassphrase, ErrInvalidPrivateKey, "zero or not below the group order"},
		{"secp256k1 order", "x", Secp256k1, order, testPassphrase, ErrInvalidPrivateKey, "zero or not below the group order"},
		{"bad id", "X", Ed25519, seed, testPassphrase, ErrInvalidKeyID, `invalid key id "X"`},
		{"unknown type", "x", "rsa", seed, testPassphrase, nil, `unknown key type "rsa"`},
		{"empty passphrase", "x", Ed25519, seed, nil, nil, "empty passphrase"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ks.Import(tt.id, tt.typ, tt.give, tt.pass)
			if err == nil || (tt.wantIs != nil && !errors.Is(err, tt.wantIs)) || !strings.Contains(err.Error(), tt.wantMsg) {
				t.Fatalf("Import: %v; want %v mentioning %q", err, tt.wantIs, tt.wantMsg)
			}
		})
	}
	if _, err := ks.Create("evm-one", Secp256k1, testPassphrase); !errors.Is(err, ErrKeyExists) {
		t.Fatalf("Create over an existing id: %v", err)
	}
}

// editKeyFile rewrites one field of a key file's JSON, keeping mode 0600.
func editKeyFile(t *testing.T, path string, edit func(m map[string]any)) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	if data, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func flipHexDigit(s string, i int) string {
	b := []byte(s)
	if b[i] == '0' {
		b[i] = '1'
	} else {
		b[i] = '0'
	}
	return string(b)
}

// TestKeystoreRefusals covers every way a key file can fail to open; each is refused with
// its own sentinel and a message that names the file or key.
func TestKeystoreRefusals(t *testing.T) {
	otherSecp := hex.EncodeToString(secp256k1Pub(t, 5))
	otherEd := rfc8032Keys[1].pub
	all := []error{ErrWrongPassphrase, ErrKeyFileCorrupt, ErrKeyFileTampered, ErrInsecurePermissions, ErrWeakKDF, ErrUnknownKey, ErrInvalidKeyID}
	tests := []struct {
		name    string
		prepare func(t *testing.T, dir, path string) (id string)
		pass    []byte
		wantIs  error
		wantMsg []string
	}{
		{name: "wrong passphrase", pass: []byte("Tr0ub4dor&3"), wantIs: ErrWrongPassphrase, wantMsg: []string{`key "k"`, "wrong passphrase"}},
		{name: "truncated file", wantIs: ErrKeyFileCorrupt, wantMsg: []string{"k.key", "truncated"},
			prepare: func(t *testing.T, _, path string) string {
				data, _ := os.ReadFile(path)
				os.WriteFile(path, data[:len(data)/2], 0o600)
				return "k"
			}},
		{name: "empty file", wantIs: ErrKeyFileCorrupt, wantMsg: []string{"k.key", "truncated"},
			prepare: func(t *testing.T, _, path string) string { os.WriteFile(path, nil, 0o600); return "k" }},
		{name: "not json", wantIs: ErrKeyFileCorrupt, wantMsg: []string{"k.key", "not valid JSON"},
			prepare: func(t *testing.T, _, path string) string {
				os.WriteFile(path, []byte("-----BEGIN-----"), 0o600)
				return "k"
			}},
		{name: "unknown field", wantIs: ErrKeyFileCorrupt, wantMsg: []string{"unknown field"},
			prepare: func(t *testing.T, _, path string) string {
				editKeyFile(t, path, func(m map[string]any) { m["plaintext"] = "x" })
				return "k"
			}},
		{name: "ciphertext edited", wantIs: ErrKeyFileTampered, wantMsg: []string{"k.key", "fails authentication"},
			prepare: func(t *testing.T, _, path string) string {
				editKeyFile(t, path, func(m map[string]any) {
					c := m["cipher"].(map[string]any)
					c["ciphertext"] = flipHexDigit(c["ciphertext"].(string), 7)
				})
				return "k"
			}},
		{name: "gcm tag edited", wantIs: ErrKeyFileTampered, wantMsg: []string{"fails authentication"},
			prepare: func(t *testing.T, _, path string) string {
				editKeyFile(t, path, func(m map[string]any) {
					c := m["cipher"].(map[string]any)
					ct := c["ciphertext"].(string)
					c["ciphertext"] = flipHexDigit(ct, len(ct)-1)
				})
				return "k"
			}},
		{name: "nonce edited", wantIs: ErrKeyFileTampered, wantMsg: []string{"fails authentication"},
			prepare: func(t *testing.T, _, path string) string {
				editKeyFile(t, path, func(m map[string]any) {
					c := m["cipher"].(map[string]any)
					c["nonce"] = flipHexDigit(c["nonce"].(string), 0)
				})
				return "k"
			}},
		{name: "renamed file", wantIs: ErrKeyFileTampered, wantMsg: []string{"other.key", `holds key "k"`},
			prepare: func(t *testing.T, dir, path string) string {
				os.Rename(path, filepath.Join(dir, "other.key"))
				return "other"
			}},
		{name: "renamed with id edited (associated data)", wantIs: ErrKeyFileTampered, wantMsg: []string{"other.key", "fails authentication"},
			prepare: func(t *testing.T, dir, path string) string {
				editKeyFile(t, path, func(m map[string]any) { m["id"] = "other" })
				os.Rename(path, filepath.Join(dir, "other.key"))
				return "other"
			}},
		{name: "public key edited (associated data)", wantIs: ErrKeyFileTampered, wantMsg: []string{"fails authentication"},
			prepare: func(t *testing.T, _, path string) string {
				editKeyFile(t, path, func(m map[string]any) { m["public_key"] = otherEd })
				return "k"
			}},
		{name: "type and public key edited (associated data)", wantIs: ErrKeyFileTampered, wantMsg: []string{"fails authentication"},
			prepare: func(t *testing.T, _, path string) string {
				editKeyFile(t, path, func(m map[string]any) { m["type"] = "secp256k1"; m["public_key"] = otherSecp })
				return "k"
			}},
		{name: "type edited alone", wantIs: ErrKeyFileCorrupt, wantMsg: []string{"public_key is 32 bytes, want 65"},
			prepare: func(t *testing.T, _, path string) string {
				editKeyFile(t, path, func(m map[string]any) { m["type"] = "secp256k1" })
				return "k"
			}},
		{name: "version edited", wantIs: ErrKeyFileCorrupt, wantMsg: []string{"version 2 is not supported"},
			prepare: func(t *testing.T, _, path string) string {
				editKeyFile(t, path, func(m map[string]any) { m["version"] = 2 })
				return "k"
			}},
		{name: "scrypt N absurd", wantIs: ErrKeyFileCorrupt, wantMsg: []string{"scrypt N=1073741824"},
			prepare: func(t *testing.T, _, path string) string {
				editKeyFile(t, path, func(m map[string]any) { m["kdf"].(map[string]any)["n"] = 1 << 30 })
				return "k"
			}},
		{name: "scrypt N weaker than the keystore's", wantIs: ErrWeakKDF, wantMsg: []string{"k.key", "N=8"},
			prepare: func(t *testing.T, _, path string) string {
				editKeyFile(t, path, func(m map[string]any) { m["kdf"].(map[string]any)["n"] = 8 })
				return "k"
			}},
		{name: "mode 0644", wantIs: ErrInsecurePermissions, wantMsg: []string{"k.key", "mode 0644", "chmod 600"},
			prepare: func(t *testing.T, _, path string) string { os.Chmod(path, 0o644); return "k" }},
		{name: "mode 0640", wantIs: ErrInsecurePermissions, wantMsg: []string{"mode 0640", "chmod 600"},
			prepare: func(t *testing.T, _, path string) string { os.Chmod(path, 0o640); return "k" }},
		{name: "mode 0604", wantIs: ErrInsecurePermissions, wantMsg: []string{"mode 0604"},
			prepare: func(t *testing.T, _, path string) string { os.Chmod(path, 0o604); return "k" }},
		{name: "symbolic link", wantIs: ErrInsecurePermissions, wantMsg: []string{"symbolic link"},
			prepare: func(t *testing.T, dir, path string) string {
				os.Symlink(path, filepath.Join(dir, "link.key"))
				return "link"
			}},
		{name: "unknown id", wantIs: ErrUnknownKey, wantMsg: []string{`key "nope": unknown key`},
			prepare: func(t *testing.T, _, _ string) string { return "nope" }},
		{name: "path in id", wantIs: ErrInvalidKeyID, wantMsg: []string{`invalid key id "../k"`},
			prepare: func(t *testing.T, _, _ string) string { return "../k" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ks, dir := newTestKeystore(t)
			mustCreate(t, ks, "k", Ed25519)
			id := "k"
			if tt.prepare != nil {
				id = tt.prepare(t, dir, filepath.Join(dir, "k.key"))
			}
			pass := testPassphrase
			if tt.pass != nil {
				pass = tt.pass
			}
			err := ks.Unlock(id, pass, time.Hour)
			if err == nil {
				t.Fatal("Unlock succeeded")
			}
			for _, s := range all {
				if errors.Is(err, s) != (s == tt.wantIs) {
					t.Errorf("Unlock error %q: errors.Is(%q) = %v", err, s, !(s == tt.wantIs))
				}
			}
			for _, m := range tt.wantMsg {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("Unlock error %q does not mention %q", err, m)
				}
			}
			if tt.wantIs != ErrWrongPassphrase && tt.wantIs != ErrWeakKDF {
				// Refusals found without decrypting apply to Info and List too.
				if _, err := ks.Info(id); !errors.Is(err, tt.wantIs) && tt.wantIs != ErrKeyFileTampered {
					t.Errorf("Info: %v, want %v", err, tt.wantIs)
				}
			}
			if _, err := ks.Sign(id, make([]byte, 32)); err == nil {
				t.Error("Sign succeeded")
			}
		})
	}
}

func TestKeystoreDirectory(t *testing.T) {
	tests := []struct {
		name    string
		mode    os.FileMode
		wantErr string
	}{
		{"0700", 0o700, ""},
		{"0750 readable by group", 0o750, ""},
		{"0770 group-writable", 0o770, "mode 0770, which lets group or others write to it (run chmod 700"},
		{"0777 world-writable", 0o777, "mode 0777"},
		{"0702 other-writable", 0o702, "mode 0702"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "keys")
			if err := os.Mkdir(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(dir, tt.mode); err != nil {
				t.Fatal(err)
			}
			_, err := OpenKeystore(dir, testKeystoreOptions())
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, ErrInsecurePermissions) || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), dir) {
				t.Fatalf("OpenKeystore: %v; want ErrInsecurePermissions naming %s and %q", err, dir, tt.wantErr)
			}
		})
	}
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, nil, 0o600)
	if _, err := OpenKeystore(file, testKeystoreOptions()); err == nil {
		t.Error("OpenKeystore on a regular file succeeded")
	}
	if _, err := OpenKeystore(t.TempDir(), KeystoreOptions{ScryptN: 1000}); err == nil || !strings.Contains(err.Error(), "power of two") {
		t.Errorf("ScryptN 1000: %v", err)
	}
}

func TestKeystoreInvalidIDs(t *testing.T) {
	ks, _ := newTestKeystore(t)
	for _, id := range []string{"", "A", "Hot", ".hidden", "-x", "a/b", "../x", "a b", "é", strings.Repeat("a", 65)} {
		if _, err := ks.Create(id, Ed25519, testPassphrase); !errors.Is(err, ErrInvalidKeyID) {
			t.Errorf("Create(%q): %v, want ErrInvalidKeyID", id, err)
		}
		if _, err := ks.Sign(id, nil); !errors.Is(err, ErrInvalidKeyID) {
			t.Errorf("Sign(%q): %v, want ErrInvalidKeyID", id, err)
		}
	}
	for _, id := range []string{"a", "0", "hot.sol-1_b", strings.Repeat("z", 64)} {
		mustCreate(t, ks, id, Ed25519)
	}
	// Files that are not key files are not listed.
	os.WriteFile(filepath.Join(ks.Dir(), "README"), []byte("notes"), 0o600)
	os.WriteFile(filepath.Join(ks.Dir(), ".tmp-x-1.key"), []byte("partial"), 0o600)
	keys, err := ks.List()
	if err != nil || len(keys) != 4 {
		t.Fatalf("List = %d keys, %v; want 4", len(keys), err)
	}
}

func TestKeystoreUnlockExpiry(t *testing.T) {
	clock := &fakeClock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	opts := testKeystoreOptions()
	opts.Now = clock.Now
	ks, err := OpenKeystore(t.TempDir(), opts)
	if err != nil {
		t.Fatal(err)
	}
	ed := mustCreate(t, ks, "ed", Ed25519)
	ec := mustCreate(t, ks, "ec", Secp256k1)
	digest := sha256.Sum256([]byte("payload"))

	for _, k := range []KeyInfo{ed, ec} {
		if err := ks.Unlock(k.ID, testPassphrase, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	edSecret := unlockedSecret(ks, "ed") // the decrypted bytes, to watch them zeroed
	ecSecret := unlockedSecret(ks, "ec")
	clock.Advance(59 * time.Minute)
	for _, k := range []KeyInfo{ed, ec} {
		sig, err := ks.Sign(k.ID, digest[:])
		if err != nil {
			t.Fatal(err)
		}
		verifySig(t, k, digest[:], sig)
	}

	clock.Advance(time.Minute) // the unlock lasted exactly an hour
	_, err = ks.Sign("ed", digest[:])
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "expired") {
		t.Fatalf("Sign after expiry: %v, want ErrLocked (expired)", err)
	}
	if !allZero(edSecret) {
		t.Fatal("expired ed25519 key not zeroed")
	}

	ks.Lock("ec")
	if !allZero(ecSecret) {
		t.Fatal("locked secp256k1 key not zeroed")
	}
	if _, err := ks.Sign("ec", digest[:]); !errors.Is(err, ErrLocked) {
		t.Fatalf("Sign after Lock: %v, want ErrLocked", err)
	}
	ks.Lock("ec")   // locking a locked key does nothing
	ks.Lock("nope") // nor an unknown one

	// Unlocking again replaces the decrypted copy and zeroes the old one.
	if err := ks.Unlock("ed", testPassphrase, time.Minute); err != nil {
		t.Fatal(err)
	}
	first := unlockedSecret(ks, "ed")
	if err := ks.Unlock("ed", testPassphrase, time.Hour); err != nil {
		t.Fatal(err)
	}
	if !allZero(first) {
		t.Fatal("replaced unlock not zeroed")
	}
	clock.Advance(30 * time.Minute)
	if _, err := ks.Sign("ed", digest[:]); err != nil {
		t.Fatalf("Sign within the renewed unlock: %v", err)
	}
	current := unlockedSecret(ks, "ed")
	ks.LockAll()
	if !allZero(current) || unlockedSecret(ks, "ed") != nil {
		t.Fatal("LockAll left a key")
	}

	if err := ks.Unlock("ed", testPassphrase, 0); err == nil {
		t.Fatal("Unlock for 0 succeeded")
	}
	if err := ks.Unlock("ec", testPassphrase, time.Hour); err != nil {
		t.Fatal(err)
	}
	if _, err := ks.Sign("ec", []byte("not a digest")); err == nil || !strings.Contains(err.Error(), "32-byte digest") {
		t.Fatalf("secp256k1 Sign of 12 bytes: %v", err)
	}
	if _, err := ks.Sign("nope", digest[:]); !errors.Is(err, ErrUnknownKey) {
		t.Fatalf("Sign with an unknown key: %v", err)
	}
}

// TestKeystoreExpiryTimer checks that an unlocked key is zeroed when its time runs out even
// if nothing asks to sign, on the real clock's timer (in a synctest bubble).
func TestKeystoreExpiryTimer(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ks, err := OpenKeystore(t.TempDir(), testKeystoreOptions())
		if err != nil {
			t.Fatal(err)
		}
		mustCreate(t, ks, "k", Secp256k1)
		if err := ks.Unlock("k", testPassphrase, 10*time.Minute); err != nil {
			t.Fatal(err)
		}
		secret := unlockedSecret(ks, "k")
		time.Sleep(10*time.Minute - time.Second)
		synctest.Wait()
		ks.mu.RLock()
		early := allZero(secret)
		ks.mu.RUnlock()
		if early {
			t.Fatal("zeroed early")
		}
		time.Sleep(time.Second)
		synctest.Wait()
		ks.mu.RLock()
		zeroed, gone := allZero(secret), ks.unlocked["k"] == nil
		ks.mu.RUnlock()
		if !zeroed || !gone {
			t.Fatalf("after expiry: zeroed %v, removed %v", zeroed, gone)
		}
	})
}

// TestKeystoreConcurrentSign signs from many goroutines while keys are locked and unlocked
// underneath; run with -race.
func TestKeystoreConcurrentSign(t *testing.T) {
	ks, _ := newTestKeystore(t)
	keys := []KeyInfo{mustCreate(t, ks, "ed", Ed25519), mustCreate(t, ks, "ec", Secp256k1)}
	for _, k := range keys {
		if err := ks.Unlock(k.ID, testPassphrase, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		signed int
	)
	for g := range 32 {
		wg.Go(func() {
			k := keys[g%2]
			for i := range 20 {
				digest := sha256.Sum256(fmt.Appendf(nil, "%d/%d", g, i))
				sig, err := ks.Sign(k.ID, digest[:])
				if errors.Is(err, ErrLocked) {
					continue
				}
				if err != nil {
					t.Error(err)
					return
				}
				verifySig(t, k, digest[:], sig)
				mu.Lock()
				signed++
				mu.Unlock()
			}
		})
	}
	wg.Go(func() {
		for range 5 {
			ks.Lock("ec")
			if err := ks.Unlock("ec", testPassphrase, time.Hour); err != nil {
				t.Error(err)
			}
		}
	})
	wg.Go(func() {
		for range 5 {
			if _, err := ks.List(); err != nil {
				t.Error(err)
			}
		}
	})
	wg.Wait()
	if signed == 0 {
		t.Fatal("nothing signed")
	}
	// Concurrent creation of one id: exactly one wins.
	var wins, exists int
	for range 8 {
		wg.Go(func() {
			_, err := ks.Create("race", Ed25519, testPassphrase)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil:
				wins++
			case errors.Is(err, ErrKeyExists):
				exists++
			default:
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if wins != 1 || exists != 7 {
		t.Fatalf("concurrent Create: %d created, %d refused; want 1 and 7", wins, exists)
	}
}

// TestKeyFileFormat pins the file format: a key file written by this version, with RFC
// 8032's first test key, opens with its passphrase and signs as the RFC says.
func TestKeyFileFormat(t *testing.T) {
	golden := filepath.Join("testdata", "rfc8032-1.key")
	if *updateKeyFile {
		ks, _ := newTestKeystore(t)
		if _, err := ks.Import("rfc8032-1", Ed25519, mustHex(t, rfc8032Keys[0].seed), testPassphrase); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(ks.Dir(), "rfc8032-1.key"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]any
	if err := json.Unmarshal(data, &fields); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"version", "id", "type", "public_key", "kdf", "passphrase_check", "cipher"} {
		if _, ok := fields[f]; !ok {
			t.Errorf("key file lacks %q", f)
		}
	}
	if bytes.Contains(data, []byte(rfc8032Keys[0].seed)) {
		t.Fatal("key file holds the seed in the clear")
	}
	ks, _ := newTestKeystore(t)
	// Version control keeps 0644; the keystore insists on 0600.
	if err := os.WriteFile(filepath.Join(ks.Dir(), "rfc8032-1.key"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := ks.Unlock("rfc8032-1", testPassphrase, time.Minute); err != nil {
		t.Fatal(err)
	}
	sig, err := ks.Sign("rfc8032-1", nil)
	if err != nil || !strings.HasPrefix(hex.EncodeToString(sig), "e5564300c360ac72") {
		t.Fatalf("Sign = %x, %v", sig, err)
	}
}

// TestKeystoreSentinel generates and imports keys from fixed seeds, drives every failure
// path, and checks that no error string, key file or signature output contains a private
// key (hex, base58, base64) or the passphrase.
func TestKeystoreSentinel(t *testing.T) {
	ks, dir := newTestKeystore(t)
	var secrets [][]byte
	var texts []string
	note := func(err error) {
		if err != nil {
			texts = append(texts, err.Error(), fmt.Sprintf("%+v", err), fmt.Sprintf("%#v", err))
		}
	}

	for _, k := range []struct {
		id  string
		typ KeyType
	}{{"gen-ed", Ed25519}, {"gen-ec", Secp256k1}} {
		info, err := ks.Create(k.id, k.typ, testPassphrase)
		note(err)
		texts = append(texts, fmt.Sprintf("%+v", info))
		note(ks.Unlock(k.id, testPassphrase, time.Hour))
		secrets = append(secrets, slices.Clone(unlockedSecret(ks, k.id)))
		if k.typ == Ed25519 {
			secrets = append(secrets, slices.Clone(unlockedSecret(ks, k.id)[:32]))
		}
	}
	seed := sha256.Sum256([]byte("sentinel seed"))
	secrets = append(secrets, seed[:], ed25519.NewKeyFromSeed(seed[:]))
	_, err := ks.Import("imp-ed", Ed25519, seed[:], testPassphrase)
	note(err)
	scalar := sha256.Sum256([]byte("sentinel scalar"))
	secrets = append(secrets, scalar[:])
	_, err = ks.Import("imp-ec", Secp256k1, scalar[:], testPassphrase)
	note(err)

	// Every failure path.
	wrong := []byte("not the passphrase")
	for _, id := range []string{"gen-ed", "gen-ec", "imp-ed", "imp-ec"} {
		note(ks.Unlock(id, wrong, time.Hour))
		_, err = ks.Import(id, Ed25519, seed[:], testPassphrase)
		note(err)
		_, err = ks.Import(id, Secp256k1, scalar[:], testPassphrase)
		note(err)
	}
	_, err = ks.Import("bad", Ed25519, append(seed[:], scalar[:]...), testPassphrase)
	note(err)
	_, err = ks.Import("bad", Secp256k1, seed[:31], testPassphrase)
	note(err)
	_, err = ks.Import("bad", Secp256k1, append(seed[:], 0), testPassphrase)
	note(err)
	_, err = ks.Sign("gen-ec", seed[:20])
	note(err)
	_, err = ks.Sign("imp-ec", scalar[:])
	note(err)
	path := filepath.Join(dir, "imp-ec.key")
	orig, _ := os.ReadFile(path)
	for _, corrupt := range [][]byte{orig[:len(orig)/3], orig[:len(orig)-9], []byte("{"), bytes.Replace(orig, []byte(`"cipher"`), []byte(`"cipher2"`), 1)} {
		os.WriteFile(path, corrupt, 0o600)
		note(ks.Unlock("imp-ec", testPassphrase, time.Hour))
		_, err = ks.Info("imp-ec")
		note(err)
	}
	editKeyFile(t, filepath.Join(dir, "imp-ed.key"), func(m map[string]any) {
		c := m["cipher"].(map[string]any)
		c["ciphertext"] = flipHexDigit(c["ciphertext"].(string), 3)
	})
	note(ks.Unlock("imp-ed", testPassphrase, time.Hour))
	os.Chmod(filepath.Join(dir, "gen-ed.key"), 0o644)
	note(ks.Unlock("gen-ed", testPassphrase, time.Hour))
	_, err = ks.List()
	note(err)
	ks.LockAll()
	_, err = ks.Sign("gen-ec", seed[:])
	note(err)

	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		texts = append(texts, string(data))
	}
	if len(texts) < 20 {
		t.Fatalf("only %d texts captured", len(texts))
	}
	assertNoSecrets(t, strings.Join(texts, "\n"), secrets, testPassphrase, wrong)
}

// assertNoSecrets fails if out contains any secret in hex (either case), base58 or base64
// (standard or URL alphabet, padded or not), or any of the passphrases.
func assertNoSecrets(t *testing.T, out string, secrets [][]byte, passphrases ...[]byte) {
	t.Helper()
	for _, s := range secrets {
		h := hex.EncodeToString(s)
		for _, form := range []string{
			h, strings.ToUpper(h), base58.Encode(s),
			base64.StdEncoding.EncodeToString(s), base64.RawStdEncoding.EncodeToString(s),
			base64.URLEncoding.EncodeToString(s), base64.RawURLEncoding.EncodeToString(s),
		} {
			if strings.Contains(out, form) {
				t.Fatalf("output contains a private key (%s…)", form[:6])
			}
		}
		// A long enough fragment is a leak too (e.g. a truncated %x).
		if strings.Contains(out, h[:24]) {
			t.Fatalf("output contains a fragment of a private key")
		}
	}
	for _, p := range passphrases {
		if bytes.Contains([]byte(out), p) {
			t.Fatalf("output contains a passphrase")
		}
	}
}

// unlockedSecret returns the decrypted bytes the keystore holds for id (nil if locked), to
// watch them being zeroed.
func unlockedSecret(ks *Keystore, id string) []byte {
	ks.mu.RLock()
	defer ks.mu.RUnlock()
	if u := ks.unlocked[id]; u != nil {
		return u.secret
	}
	return nil
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
