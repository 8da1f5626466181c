package signer

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/crypto/scrypt"
)

// Keystore errors. Every error the keystore returns names the key id or file it concerns
// and never contains key material or a passphrase.
var (
	// ErrWrongPassphrase means the passphrase does not open the key file.
	ErrWrongPassphrase = errors.New("wrong passphrase")
	// ErrKeyFileCorrupt means a key file is truncated, is not a key file, or holds values
	// out of range.
	ErrKeyFileCorrupt = errors.New("key file truncated or malformed")
	// ErrKeyFileTampered means a key file's content fails authentication: its ciphertext,
	// id, type or public key were changed after it was written, or it was renamed.
	ErrKeyFileTampered = errors.New("key file altered")
	// ErrInsecurePermissions means a key file or the keystore directory grants access to
	// group or others.
	ErrInsecurePermissions = errors.New("insecure permissions")
	// ErrWeakKDF means a key file was encrypted with cheaper scrypt parameters than the
	// keystore requires.
	ErrWeakKDF = errors.New("key file scrypt parameters weaker than required")
	// ErrKeyExists means a key with the id is already in the keystore.
	ErrKeyExists = errors.New("key already exists")
	// ErrInvalidKeyID means a key id is not 1 to 64 of a-z, 0-9, '.', '_', '-' starting
	// with a letter or digit.
	ErrInvalidKeyID = errors.New("invalid key id")
	// ErrInvalidPrivateKey means imported key bytes are not a valid private key of the
	// stated type.
	ErrInvalidPrivateKey = errors.New("invalid private key")
)

// Production scrypt parameters: 256 MiB and about a second per derivation, as go-ethereum's
// standard keystore.
const (
	DefaultScryptN = 1 << 18
	DefaultScryptR = 8
	DefaultScryptP = 1
)

const (
	keyFileVersion = 1
	keyFileExt     = ".key"
	saltLen        = 32
	maxKeyFileSize = 64 << 10
	// Upper bounds on scrypt parameters read from a file, so an edited file cannot make
	// Unlock allocate without limit: 128*N*r bytes, at most 1 GiB.
	maxScryptMem = 1 << 30
	maxScryptP   = 16
)

// Domain separation for the key derived from the passphrase: the first 32 bytes encrypt,
// the last 32 key the passphrase check.
var (
	passphraseCheckLabel = []byte("staker keystore v1 passphrase check")
	aadLabel             = "staker keystore v1"
	keyIDPattern         = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)
	secp256k1N, _        = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
)

// KeystoreOptions tune a Keystore; zero values mean production defaults.
type KeystoreOptions struct {
	// ScryptN, ScryptR and ScryptP are the scrypt cost parameters for new key files, and
	// the minimum cost (N*r*p) accepted when opening one. Defaults: DefaultScryptN,
	// DefaultScryptR, DefaultScryptP. Tests use tiny values.
	ScryptN, ScryptR, ScryptP int
	// Now is the clock for unlock expiry; default time.Now.
	Now func() time.Time
	// Rand is the source of private keys, salts and nonces; default crypto/rand.Reader.
	Rand io.Reader
}

// KeyInfo is the public description of a key.
type KeyInfo struct {
	ID   string
	Type KeyType
	// PublicKey is 32 bytes for ed25519, and 65 bytes (0x04, X, Y) for secp256k1.
	PublicKey []byte
}

// Keystore holds encrypted custody keys in a directory, one file per key, and keeps keys
// that were unlocked in memory for a bounded time. Keys are locked by default; a locked key
// cannot sign. Decrypted key bytes are zeroed when the key is locked or its unlock expires.
// A Keystore is safe for concurrent use.
//
// Each key is the file <id>.key, mode 0600, holding JSON: the format version, id, type
// and public key in the clear; scrypt parameters and salt; a passphrase check (HMAC-SHA256
// under the second half of the derived key); and the private key sealed with AES-256-GCM
// under the first half, with the version, id, type and public key as associated data. A
// file renamed to another id, or whose type or public key was edited, fails to open. The
// private key sealed is the 32-byte ed25519 seed or the 32-byte secp256k1 scalar.
//
// scrypt, rather than argon2id, because it is what go-ethereum's keystore uses, with
// parameters that are well understood for this purpose and a single implementation the
// module already depends on; both are memory-hard and either would do.
type Keystore struct {
	dir     string
	n, r, p int
	now     func() time.Time

	randMu sync.Mutex // io.Reader implementations are not safe for concurrent use
	rand   io.Reader

	mu       sync.RWMutex // guards unlocked; held for reading while a key signs
	unlocked map[string]*unlockedKey

	createMu sync.Mutex // serializes the no-hard-link fallback of writeNew
}

// unlockedKey is a decrypted key. secret is the 64-byte ed25519 private key or the 32-byte
// secp256k1 scalar; it is zeroed, under the keystore's write lock, when the key is locked.
type unlockedKey struct {
	typ     KeyType
	secret  []byte
	expires time.Time
	timer   *time.Timer
}

// OpenKeystore opens the keystore in dir, creating it with mode 0700 if it does not exist.
// It refuses a directory that group or others can write to.
func OpenKeystore(dir string, opts KeystoreOptions) (*Keystore, error) {
	if dir == "" {
		return nil, errors.New("keystore directory is empty")
	}
	if opts.ScryptN == 0 {
		opts.ScryptN = DefaultScryptN
	}
	if opts.ScryptR == 0 {
		opts.ScryptR = DefaultScryptR
	}
	if opts.ScryptP == 0 {
		opts.ScryptP = DefaultScryptP
	}
	if err := checkScryptParams(opts.ScryptN, opts.ScryptR, opts.ScryptP); err != nil {
		return nil, fmt.Errorf("keystore options: %w", err)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Rand == nil {
		opts.Rand = rand.Reader
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("keystore directory: %w", err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("keystore directory: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("keystore directory %s is not a directory", dir)
	}
	if perm := fi.Mode().Perm(); perm&0o022 != 0 {
		return nil, fmt.Errorf("%w: keystore directory %s has mode %04o, which lets group or others write to it (run chmod 700 %s)",
			ErrInsecurePermissions, dir, perm, dir)
	}
	return &Keystore{
		dir: dir, n: opts.ScryptN, r: opts.ScryptR, p: opts.ScryptP,
		now: opts.Now, rand: opts.Rand,
		unlocked: make(map[string]*unlockedKey),
	}, nil
}

// Dir returns the keystore's directory.
func (ks *Keystore) Dir() string { return ks.dir }

// Create generates a key of type typ, encrypts it under passphrase and stores it as id. It
// refuses an id already in use (ErrKeyExists). The new key is locked.
func (ks *Keystore) Create(id string, typ KeyType, passphrase []byte) (KeyInfo, error) {
	if err := ks.checkNew(id, typ, passphrase); err != nil {
		return KeyInfo{}, err
	}
	var secret []byte
	switch typ {
	case Ed25519:
		secret = make([]byte, ed25519.SeedSize)
		if err := ks.readRand(secret); err != nil {
			return KeyInfo{}, fmt.Errorf("create key %q: %w", id, err)
		}
	case Secp256k1:
		var err error
		if secret, err = ks.randScalar(); err != nil {
			return KeyInfo{}, fmt.Errorf("create key %q: %w", id, err)
		}
	}
	defer clear(secret)
	return ks.store(id, typ, secret, passphrase)
}

// Import encrypts an existing private key under passphrase and stores it as id. For
// ed25519, private is the 32-byte seed or the 64-byte private key (seed and public key);
// for secp256k1, the 32-byte scalar. The keystore keeps no reference to private; the
// caller zeroes it. The imported key is locked.
func (ks *Keystore) Import(id string, typ KeyType, private []byte, passphrase []byte) (KeyInfo, error) {
	if err := ks.checkNew(id, typ, passphrase); err != nil {
		return KeyInfo{}, err
	}
	secret := make([]byte, 32)
	defer clear(secret)
	switch typ {
	case Ed25519:
		switch len(private) {
		case ed25519.SeedSize:
			copy(secret, private)
		case ed25519.PrivateKeySize:
			copy(secret, private[:ed25519.SeedSize])
			priv := ed25519.NewKeyFromSeed(secret)
			match := bytes.Equal(priv[ed25519.SeedSize:], private[ed25519.SeedSize:])
			clear(priv)
			if !match {
				return KeyInfo{}, fmt.Errorf("import key %q: %w: the public half of the 64-byte ed25519 key does not match its seed", id, ErrInvalidPrivateKey)
			}
		default:
			return KeyInfo{}, fmt.Errorf("import key %q: %w: ed25519 private key is %d bytes, want 32 (seed) or 64", id, ErrInvalidPrivateKey, len(private))
		}
	case Secp256k1:
		if len(private) != 32 {
			return KeyInfo{}, fmt.Errorf("import key %q: %w: secp256k1 private key is %d bytes, want 32", id, ErrInvalidPrivateKey, len(private))
		}
		copy(secret, private)
		if !validScalar(secret) {
			return KeyInfo{}, fmt.Errorf("import key %q: %w: secp256k1 scalar is zero or not below the group order", id, ErrInvalidPrivateKey)
		}
	}
	return ks.store(id, typ, secret, passphrase)
}

// List returns every key in the keystore, sorted by id, without decrypting any. It fails
// on the first key file it cannot read or that is not secure.
func (ks *Keystore) List() ([]KeyInfo, error) {
	entries, err := os.ReadDir(ks.dir)
	if err != nil {
		return nil, fmt.Errorf("list keys: %w", err)
	}
	var keys []KeyInfo
	for _, e := range entries {
		id, ok := strings.CutSuffix(e.Name(), keyFileExt)
		if !ok || !keyIDPattern.MatchString(id) {
			continue // not a key file: temporary files, notes, backups
		}
		kf, err := ks.readKeyFile(id)
		if err != nil {
			return nil, err
		}
		keys = append(keys, kf.info())
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].ID < keys[j].ID })
	return keys, nil
}

// Info returns the public description of key id without decrypting it, or ErrUnknownKey.
func (ks *Keystore) Info(id string) (KeyInfo, error) {
	if err := checkKeyID(id); err != nil {
		return KeyInfo{}, err
	}
	kf, err := ks.readKeyFile(id)
	if err != nil {
		return KeyInfo{}, err
	}
	return kf.info(), nil
}

// Unlock decrypts key id with passphrase and keeps it in memory for d, after which it is
// zeroed and the key is locked again. Unlocking an unlocked key replaces its expiry.
func (ks *Keystore) Unlock(id string, passphrase []byte, d time.Duration) error {
	if err := checkKeyID(id); err != nil {
		return err
	}
	if d <= 0 {
		return fmt.Errorf("unlock key %q: duration %s is not positive", id, d)
	}
	kf, err := ks.readKeyFile(id)
	if err != nil {
		return err
	}
	secret, err := kf.open(ks.path(id), passphrase, ks.n*ks.r*ks.p)
	if err != nil {
		return err
	}
	u := &unlockedKey{typ: kf.Type, expires: ks.now().Add(d)}
	switch kf.Type {
	case Ed25519:
		u.secret = ed25519.NewKeyFromSeed(secret)
		clear(secret)
	case Secp256k1:
		u.secret = secret
	}
	ks.mu.Lock()
	if old := ks.unlocked[id]; old != nil {
		old.zero()
	}
	ks.unlocked[id] = u
	u.timer = time.AfterFunc(d, func() { ks.expire(id, u) })
	ks.mu.Unlock()
	return nil
}

// Lock zeroes key id's decrypted bytes now. Locking a locked or unknown key does nothing.
func (ks *Keystore) Lock(id string) {
	ks.mu.Lock()
	defer ks.mu.Unlock()
	if u := ks.unlocked[id]; u != nil {
		u.zero()
		delete(ks.unlocked, id)
	}
}

// LockAll locks every unlocked key, as at shutdown.
func (ks *Keystore) LockAll() {
	ks.mu.Lock()
	defer ks.mu.Unlock()
	for id, u := range ks.unlocked {
		u.zero()
		delete(ks.unlocked, id)
	}
}

// Sign signs message with key id, which must be unlocked (ErrLocked otherwise, also once
// the unlock expired; ErrUnknownKey if no such key exists). For ed25519 it signs message
// itself and returns 64 bytes. For secp256k1 message must be a 32-byte digest; the result
// is 65 bytes R||S||V with V in {0,1}, as go-ethereum's crypto.Sign, verifiable with
// crypto.SigToPub and crypto.VerifySignature.
func (ks *Keystore) Sign(id string, message []byte) ([]byte, error) {
	ks.mu.RLock()
	u := ks.unlocked[id]
	if u == nil {
		ks.mu.RUnlock()
		if err := checkKeyID(id); err != nil {
			return nil, err
		}
		if _, err := os.Lstat(ks.path(id)); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("sign with key %q: %w", id, ErrUnknownKey)
		}
		return nil, fmt.Errorf("sign with key %q: %w", id, ErrLocked)
	}
	if !ks.now().Before(u.expires) {
		ks.mu.RUnlock()
		ks.expire(id, u)
		return nil, fmt.Errorf("sign with key %q: %w (unlock expired)", id, ErrLocked)
	}
	defer ks.mu.RUnlock()
	switch u.typ {
	case Ed25519:
		return ed25519.Sign(ed25519.PrivateKey(u.secret), message), nil
	case Secp256k1:
		if len(message) != 32 {
			return nil, fmt.Errorf("sign with key %q: secp256k1 signs a 32-byte digest, got %d bytes", id, len(message))
		}
		k, err := crypto.ToECDSA(u.secret)
		if err != nil {
			return nil, fmt.Errorf("sign with key %q: %w", id, ErrInvalidPrivateKey)
		}
		defer clear(k.D.Bits())
		sig, err := crypto.Sign(message, k)
		if err != nil {
			return nil, fmt.Errorf("sign with key %q: %w", id, err)
		}
		return sig, nil
	}
	return nil, fmt.Errorf("sign with key %q: unknown key type %q", id, u.typ)
}

// expire locks id if u is still the unlocked key for it.
func (ks *Keystore) expire(id string, u *unlockedKey) {
	ks.mu.Lock()
	defer ks.mu.Unlock()
	if ks.unlocked[id] == u {
		u.zero()
		delete(ks.unlocked, id)
	}
}

// zero wipes the decrypted key; the caller holds the keystore's write lock.
func (u *unlockedKey) zero() {
	clear(u.secret)
	u.secret = nil
	if u.timer != nil {
		u.timer.Stop()
	}
}

func (ks *Keystore) path(id string) string { return filepath.Join(ks.dir, id+keyFileExt) }

func (ks *Keystore) readRand(b []byte) error {
	ks.randMu.Lock()
	defer ks.randMu.Unlock()
	if _, err := io.ReadFull(ks.rand, b); err != nil {
		return fmt.Errorf("read randomness: %w", err)
	}
	return nil
}

// randScalar draws a secp256k1 private key: 32 random bytes, redrawn while zero or not
// below the group order (probability about 2^-128).
func (ks *Keystore) randScalar() ([]byte, error) {
	b := make([]byte, 32)
	for range 64 {
		if err := ks.readRand(b); err != nil {
			return nil, err
		}
		if validScalar(b) {
			return b, nil
		}
	}
	clear(b)
	return nil, errors.New("randomness source keeps yielding invalid secp256k1 scalars")
}

func validScalar(b []byte) bool {
	d := new(big.Int).SetBytes(b)
	ok := d.Sign() > 0 && d.Cmp(secp256k1N) < 0
	clear(d.Bits())
	return ok
}

func checkKeyID(id string) error {
	if !keyIDPattern.MatchString(id) {
		return fmt.Errorf("%w %q: want 1 to 64 of a-z, 0-9, '.', '_', '-', starting with a letter or digit", ErrInvalidKeyID, id)
	}
	return nil
}

func (ks *Keystore) checkNew(id string, typ KeyType, passphrase []byte) error {
	if err := checkKeyID(id); err != nil {
		return err
	}
	if typ != Ed25519 && typ != Secp256k1 {
		return fmt.Errorf("key %q: unknown key type %q (want %s or %s)", id, typ, Ed25519, Secp256k1)
	}
	if len(passphrase) == 0 {
		return fmt.Errorf("key %q: empty passphrase", id)
	}
	if _, err := os.Lstat(ks.path(id)); err == nil {
		return fmt.Errorf("key %q: %w", id, ErrKeyExists)
	}
	return nil
}

// store seals secret (the ed25519 seed or secp256k1 scalar) and writes it as a new file.
func (ks *Keystore) store(id string, typ KeyType, secret, passphrase []byte) (KeyInfo, error) {
	pub, err := publicKeyOf(typ, secret)
	if err != nil {
		return KeyInfo{}, fmt.Errorf("key %q: %w", id, err)
	}
	kf := keyFile{
		Version:   keyFileVersion,
		ID:        id,
		Type:      typ,
		PublicKey: hex.EncodeToString(pub),
		KDF:       kdfParams{Name: "scrypt", N: ks.n, R: ks.r, P: ks.p},
		Cipher:    cipherParams{Name: "aes-256-gcm"},
	}
	salt := make([]byte, saltLen)
	nonce := make([]byte, 12)
	if err := ks.readRand(salt); err != nil {
		return KeyInfo{}, fmt.Errorf("key %q: %w", id, err)
	}
	if err := ks.readRand(nonce); err != nil {
		return KeyInfo{}, fmt.Errorf("key %q: %w", id, err)
	}
	dk, err := scrypt.Key(passphrase, salt, ks.n, ks.r, ks.p, 64)
	if err != nil {
		return KeyInfo{}, fmt.Errorf("key %q: scrypt: %w", id, err)
	}
	defer clear(dk)
	gcm, err := newGCM(dk[:32])
	if err != nil {
		return KeyInfo{}, fmt.Errorf("key %q: %w", id, err)
	}
	kf.KDF.Salt = hex.EncodeToString(salt)
	kf.Check = hex.EncodeToString(passphraseCheck(dk[32:]))
	kf.Cipher.Nonce = hex.EncodeToString(nonce)
	kf.Cipher.Ciphertext = hex.EncodeToString(gcm.Seal(nil, nonce, secret, kf.aad(pub)))
	data, err := json.MarshalIndent(kf, "", "  ")
	if err != nil {
		return KeyInfo{}, fmt.Errorf("key %q: %w", id, err)
	}
	if err := ks.writeNew(id, append(data, '\n')); err != nil {
		return KeyInfo{}, err
	}
	return KeyInfo{ID: id, Type: typ, PublicKey: pub}, nil
}

// writeNew writes data as key id's file, atomically and durably, without replacing an
// existing file: a temporary file is written and synced, then hard-linked to the final
// name (which fails if the name exists), and the directory is synced.
func (ks *Keystore) writeNew(id string, data []byte) error {
	final := ks.path(id)
	tmp, err := os.CreateTemp(ks.dir, ".tmp-"+id+"-*")
	if err != nil {
		return fmt.Errorf("write key %q: %w", id, err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("write key %q: %w", id, err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write key %q: %w", id, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write key %q: %w", id, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write key %q: %w", id, err)
	}
	err = os.Link(tmp.Name(), final)
	switch {
	case errors.Is(err, fs.ErrExist):
		return fmt.Errorf("key %q: %w", id, ErrKeyExists)
	case err != nil && !linkUnsupported(err):
		return fmt.Errorf("write key %q: %w", id, err)
	case err != nil:
		// The file system has no hard links: check and rename under a lock, which
		// excludes other writers in this process.
		ks.createMu.Lock()
		defer ks.createMu.Unlock()
		if _, err := os.Lstat(final); err == nil {
			return fmt.Errorf("key %q: %w", id, ErrKeyExists)
		}
		if err := os.Rename(tmp.Name(), final); err != nil {
			return fmt.Errorf("write key %q: %w", id, err)
		}
	}
	if err := syncDir(ks.dir); err != nil {
		return fmt.Errorf("write key %q: %w", id, err)
	}
	return nil
}

func linkUnsupported(err error) bool {
	return errors.Is(err, syscall.EPERM) || errors.Is(err, syscall.ENOTSUP) ||
		errors.Is(err, syscall.EOPNOTSUPP) || errors.Is(err, syscall.EXDEV) || errors.Is(err, syscall.ENOSYS)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// keyFile is the on-disk form of a key.
type keyFile struct {
	Version   int          `json:"version"`
	ID        string       `json:"id"`
	Type      KeyType      `json:"type"`
	PublicKey string       `json:"public_key"` // hex
	KDF       kdfParams    `json:"kdf"`
	Check     string       `json:"passphrase_check"` // hex HMAC-SHA256
	Cipher    cipherParams `json:"cipher"`

	pub, salt, check, nonce, ciphertext []byte // decoded by validate
}

type kdfParams struct {
	Name string `json:"name"`
	N    int    `json:"n"`
	R    int    `json:"r"`
	P    int    `json:"p"`
	Salt string `json:"salt"` // hex
}

type cipherParams struct {
	Name       string `json:"name"`
	Nonce      string `json:"nonce"`      // hex
	Ciphertext string `json:"ciphertext"` // hex
}

func (kf *keyFile) info() KeyInfo {
	return KeyInfo{ID: kf.ID, Type: kf.Type, PublicKey: bytes.Clone(kf.pub)}
}

// aad binds the file's version, id, type and public key to the ciphertext.
func (kf *keyFile) aad(pub []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\x00%d\x00%s\x00%s\x00", aadLabel, kf.Version, kf.ID, kf.Type)
	b.Write(pub)
	return b.Bytes()
}

// readKeyFile reads and validates key id's file without decrypting it. It refuses a file
// that is not a regular file or whose mode grants group or others any access.
func (ks *Keystore) readKeyFile(id string) (*keyFile, error) {
	path := ks.path(id)
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("key %q: %w", id, ErrUnknownKey)
	}
	if errors.Is(err, syscall.ELOOP) {
		return nil, fmt.Errorf("%w: key file %s is a symbolic link; keep key files as regular files", ErrInsecurePermissions, path)
	}
	if err != nil {
		return nil, fmt.Errorf("key %q: %w", id, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("key %q: %w", id, err)
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: key file %s is not a regular file", ErrKeyFileCorrupt, path)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		return nil, fmt.Errorf("%w: key file %s has mode %04o, which grants group or others access (run chmod 600 %s)",
			ErrInsecurePermissions, path, perm, path)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxKeyFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("key %q: %w", id, err)
	}
	if len(data) > maxKeyFileSize {
		return nil, fmt.Errorf("%w: key file %s is larger than %d bytes", ErrKeyFileCorrupt, path, maxKeyFileSize)
	}
	var kf keyFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&kf); err != nil {
		return nil, fmt.Errorf("%w: key file %s: %s", ErrKeyFileCorrupt, path, jsonProblem(err))
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: key file %s: data after the key object", ErrKeyFileCorrupt, path)
	}
	if err := kf.validate(); err != nil {
		return nil, fmt.Errorf("%w: key file %s: %s", ErrKeyFileCorrupt, path, err)
	}
	if kf.ID != id {
		return nil, fmt.Errorf("%w: key file %s holds key %q: renamed or edited", ErrKeyFileTampered, path, kf.ID)
	}
	return &kf, nil
}

// jsonProblem describes a decoding failure without quoting the file's content.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return "truncated (unexpected end of data)"
	case errors.As(err, &syn):
		return fmt.Sprintf("not valid JSON at byte %d", syn.Offset)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %q has the wrong type", typ.Field)
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return "unknown field " + strings.TrimPrefix(err.Error(), "json: unknown field ")
	}
	return "not a key file"
}

// validate checks every field and decodes the binary ones. Its messages name fields, never
// their values.
func (kf *keyFile) validate() error {
	if kf.Version != keyFileVersion {
		return fmt.Errorf("version %d is not supported (want %d)", kf.Version, keyFileVersion)
	}
	if !keyIDPattern.MatchString(kf.ID) {
		return errors.New("id is not a valid key id")
	}
	var err error
	if kf.pub, err = decodeHex("public_key", kf.PublicKey); err != nil {
		return err
	}
	switch kf.Type {
	case Ed25519:
		if len(kf.pub) != ed25519.PublicKeySize {
			return fmt.Errorf("public_key is %d bytes, want %d for ed25519", len(kf.pub), ed25519.PublicKeySize)
		}
	case Secp256k1:
		if len(kf.pub) != 65 {
			return fmt.Errorf("public_key is %d bytes, want 65 for secp256k1", len(kf.pub))
		}
		if _, err := crypto.UnmarshalPubkey(kf.pub); err != nil {
			return errors.New("public_key is not a point on secp256k1")
		}
	default:
		return fmt.Errorf("type %q is not %s or %s", kf.Type, Ed25519, Secp256k1)
	}
	if kf.KDF.Name != "scrypt" {
		return fmt.Errorf("kdf %q is not supported (want scrypt)", kf.KDF.Name)
	}
	if err := checkScryptParams(kf.KDF.N, kf.KDF.R, kf.KDF.P); err != nil {
		return err
	}
	if kf.salt, err = decodeHex("kdf.salt", kf.KDF.Salt); err != nil {
		return err
	}
	if len(kf.salt) != saltLen {
		return fmt.Errorf("kdf.salt is %d bytes, want %d", len(kf.salt), saltLen)
	}
	if kf.check, err = decodeHex("passphrase_check", kf.Check); err != nil {
		return err
	}
	if len(kf.check) != sha256.Size {
		return fmt.Errorf("passphrase_check is %d bytes, want %d", len(kf.check), sha256.Size)
	}
	if kf.Cipher.Name != "aes-256-gcm" {
		return fmt.Errorf("cipher %q is not supported (want aes-256-gcm)", kf.Cipher.Name)
	}
	if kf.nonce, err = decodeHex("cipher.nonce", kf.Cipher.Nonce); err != nil {
		return err
	}
	if len(kf.nonce) != 12 {
		return fmt.Errorf("cipher.nonce is %d bytes, want 12", len(kf.nonce))
	}
	if kf.ciphertext, err = decodeHex("cipher.ciphertext", kf.Cipher.Ciphertext); err != nil {
		return err
	}
	if len(kf.ciphertext) != 32+16 {
		return fmt.Errorf("cipher.ciphertext is %d bytes, want 48", len(kf.ciphertext))
	}
	return nil
}

func decodeHex(field, s string) ([]byte, error) {
	if s == "" {
		return nil, fmt.Errorf("%s is missing", field)
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%s is not hex", field)
	}
	return b, nil
}

func checkScryptParams(n, r, p int) error {
	if n < 2 || n&(n-1) != 0 {
		return fmt.Errorf("scrypt N=%d is not a power of two above 1", n)
	}
	if r < 1 || p < 1 || p > maxScryptP {
		return fmt.Errorf("scrypt r=%d, p=%d out of range (r at least 1, p 1 to %d)", r, p, maxScryptP)
	}
	if n > maxScryptMem/128/r {
		return fmt.Errorf("scrypt N=%d, r=%d need more than %d MiB", n, r, maxScryptMem>>20)
	}
	return nil
}

// open decrypts the file's secret with passphrase. minCost is the least N*r*p accepted.
func (kf *keyFile) open(path string, passphrase []byte, minCost int) ([]byte, error) {
	if kf.KDF.N*kf.KDF.R*kf.KDF.P < minCost {
		return nil, fmt.Errorf("%w: key file %s uses scrypt N=%d r=%d p=%d; re-encrypt it with this keystore's parameters",
			ErrWeakKDF, path, kf.KDF.N, kf.KDF.R, kf.KDF.P)
	}
	dk, err := scrypt.Key(passphrase, kf.salt, kf.KDF.N, kf.KDF.R, kf.KDF.P, 64)
	if err != nil {
		return nil, fmt.Errorf("key %q: scrypt: %w", kf.ID, err)
	}
	defer clear(dk)
	if !hmac.Equal(passphraseCheck(dk[32:]), kf.check) {
		return nil, fmt.Errorf("key %q: %w", kf.ID, ErrWrongPassphrase)
	}
	gcm, err := newGCM(dk[:32])
	if err != nil {
		return nil, fmt.Errorf("key %q: %w", kf.ID, err)
	}
	secret, err := gcm.Open(nil, kf.nonce, kf.ciphertext, kf.aad(kf.pub))
	if err != nil {
		return nil, fmt.Errorf("%w: key file %s fails authentication: its ciphertext, id, type or public key were changed", ErrKeyFileTampered, path)
	}
	pub, err := publicKeyOf(kf.Type, secret)
	if err != nil || !bytes.Equal(pub, kf.pub) {
		clear(secret)
		return nil, fmt.Errorf("%w: key file %s: the private key does not match its public key", ErrKeyFileTampered, path)
	}
	return secret, nil
}

func newGCM(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

func passphraseCheck(macKey []byte) []byte {
	m := hmac.New(sha256.New, macKey)
	m.Write(passphraseCheckLabel)
	return m.Sum(nil)
}

// publicKeyOf derives the public key of an ed25519 seed or a secp256k1 scalar.
func publicKeyOf(typ KeyType, secret []byte) ([]byte, error) {
	switch typ {
	case Ed25519:
		if len(secret) != ed25519.SeedSize {
			return nil, ErrInvalidPrivateKey
		}
		priv := ed25519.NewKeyFromSeed(secret)
		defer clear(priv)
		return bytes.Clone(priv[ed25519.SeedSize:]), nil
	case Secp256k1:
		k, err := crypto.ToECDSA(secret)
		if err != nil {
			return nil, ErrInvalidPrivateKey
		}
		defer clear(k.D.Bits())
		return crypto.FromECDSAPub(&k.PublicKey), nil
	}
	return nil, fmt.Errorf("unknown key type %q", typ)
}
