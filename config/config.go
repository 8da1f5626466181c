// Package config owns the staker configuration file: its YAML layout, strict decoding (an
// unknown key anywhere is an error), defaults, validation, and secrets by reference.
//
// Loading goes defaults, then decode, then validate. Every problem found is reported, not
// just the first, each with the file, the line and the full key path:
//
//	staker.yaml:42: tokens.SOL.fee_bps: 12000 is out of range 0..10000
//
// The file starts with "version: 1". Its top-level blocks are store, api, signer, log and
// tokens; tokens holds one block per enabled token, keyed by symbol (a token left out is not
// enabled). Each token block holds the product rules for that token (min, cap, fee,
// distribution, recognition and buffer policies) and its chain block: chain, network,
// chain_id (EVM only), endpoints, custody, validators, max_share_bps, max_churn_bps,
// max_skipped_bps, approval_above, signing (what the signer may sign for the token's custody keys) and
// settings, the raw adapter-specific sub-document that the chain adapter decodes itself with
// Chain.DecodeSettings. examples/staker.yaml documents every field.
//
// YAML anchors, aliases and "<<" merges work as usual; top-level keys starting with "x-" are
// ignored, a place to define shared blocks ("x-evm: &evm {…}") to merge into token blocks.
//
// Secrets are never written in the file: a Secret field holds "env:NAME" or "file:PATH" and
// is read with Secret.Resolve when needed. Relative paths (sqlite files, the keystore,
// sockets, secret files) are relative to the configuration file's directory and are made
// absolute by Load and Parse.
//
// The package reads no environment variables itself (only Secret.Resolve does, when asked)
// and does no logging.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/softstake/staker/money"
	"go.yaml.in/yaml/v3"
)

// Version is the file format version this package reads.
const Version = 1

// Defaults for the top-level blocks. Relative paths are relative to the configuration file.
const (
	DefaultDSN      = "sqlite:data/staker.db"
	DefaultListen   = "127.0.0.1:8080"
	DefaultKeystore = "keys"
	DefaultAuditLog = "data/signer-audit.log"
	// DefaultFeedKey is the payout feed's signing key file.
	DefaultFeedKey = "data/feed.key"
	// DefaultAllowlistDelay is how long a new allowlist entry waits before the signer
	// honours it (signer.allowlist_delay).
	DefaultAllowlistDelay = 24 * time.Hour
)

// Defaults for each token block (the token's own DefaultMin and DefaultCap come from money).
const (
	DefaultWindowDays       = 7     // recognition.window_days
	DefaultQuantileBps      = 9900  // buffer.quantile 0.99
	DefaultSafetyFactorBps  = 15000 // buffer.safety_factor 1.5
	DefaultPctBps           = 500   // buffer.pct_bps: 5 % of custody
	DefaultLowWatermarkBps  = 8000  // buffer.low_watermark_bps: undelegate below 80 % of target
	DefaultHighWatermarkBps = 12000 // buffer.high_watermark_bps: delegate above 120 % of target
	DefaultHistoryDays      = 90    // buffer.history_days
	DefaultMaxShareBps      = 10000 // max_share_bps: no concentration limit
	DefaultMaxChurnBps      = 500   // max_churn_bps: 5 % of the pool a day
)

// Config is a loaded, valid configuration. Load and Parse return one only when the file
// passed every check; its paths are absolute and its defaults filled in.
type Config struct {
	Version int
	// File is the file name as given to Load or Parse; Dir is the absolute directory that
	// relative paths in it were resolved against.
	File string
	Dir  string

	Store  Store
	API    API
	Signer Signer
	Log    Log
	Daemon Daemon
	// Tokens holds the enabled tokens, keyed by upper-case symbol ("SOL", "S").
	Tokens map[string]*Token
}

// Store says where the ledger lives.
type Store struct {
	// DSN is "sqlite:PATH" (the default, sqlite:data/staker.db; made absolute after loading)
	// or "postgres://…" / "postgresql://…". It never carries a password.
	DSN string `yaml:"dsn"`
	// Password is the PostgreSQL password, by reference; ResolveDSN puts it into the DSN.
	Password Secret `yaml:"password"`
}

// ResolveDSN returns the DSN to open, with the password resolved and put in for PostgreSQL.
// The result holds a secret: hand it to the driver, never to a log.
func (s Store) ResolveDSN() (string, error) {
	if !s.Password.IsSet() {
		return s.DSN, nil
	}
	pw, err := s.Password.Resolve()
	if err != nil {
		return "", fmt.Errorf("store password: %w", err)
	}
	u, err := parsePostgresURL(s.DSN)
	if err != nil {
		return "", fmt.Errorf("store dsn: %w", err)
	}
	u.User = url.UserPassword(u.User.Username(), pw)
	return u.String(), nil
}

// Role is what an API bearer token may do.
type Role string

// The API roles.
const (
	RoleAdmin    Role = "admin"    // everything, including manual ledger corrections
	RoleOperator Role = "operator" // custody operations: pause, resume, approve, rebalance
	RoleTreasury Role = "treasury" // reports and the treasury dashboard
	RolePayouts  Role = "payouts"  // the payout feed, for the user-payout system
	RoleViewer   Role = "viewer"   // read-only views
)

// API is the HTTP API's listener and its bearer tokens.
type API struct {
	// Listen is host:port (default 127.0.0.1:8080). Listening beyond loopback needs at least
	// one token.
	Listen string `yaml:"listen"`
	// Tokens are the accepted bearer tokens; a role may have several (for rotation).
	Tokens []APIToken `yaml:"tokens"`
}

// APIToken is one accepted bearer token: a unique name for the audit trail, its role and the
// token itself by reference.
type APIToken struct {
	Name  string `yaml:"name"`
	Role  Role   `yaml:"role" enum:"admin|operator|treasury|payouts|viewer"`
	Token Secret `yaml:"token"`
}

// SignerMode says where signing happens.
type SignerMode string

// The signer modes.
const (
	// SignerInProcess signs inside the daemon with keys from the local keystore.
	SignerInProcess SignerMode = "in-process"
	// SignerSocket asks a separate `staker signer serve` process over a Unix socket.
	SignerSocket SignerMode = "socket"
)

// Signer configures signing. In-process mode needs Keystore and Passphrase; socket mode needs
// Socket (the serving process reads Keystore and Passphrase from its own configuration).
// Paths are absolute after loading.
type Signer struct {
	Mode       SignerMode `yaml:"mode" enum:"in-process|socket"`
	Socket     string     `yaml:"socket"`
	Keystore   string     `yaml:"keystore"`
	Passphrase Secret     `yaml:"passphrase"`
	// AuditLog is the append-only record of every signing request and decision.
	AuditLog string `yaml:"audit_log"`
	// AllowlistDelay is how long a new allowlist entry (a validator or signing.allow entry
	// with an added_at) waits before the signer honours it: default 24h, 0 for at once,
	// never negative.
	AllowlistDelay time.Duration `yaml:"allowlist_delay"`
	Approvals      Approvals     `yaml:"approvals"`
}

// Approvals is the human sign-off rule: a transaction moving more than its token's
// approval_above needs Required approvals from distinct Approvers.
type Approvals struct {
	Required  uint32     `yaml:"required" range:"0..16"`
	Approvers []Approver `yaml:"approvers"`
}

// Approver is one person who may approve: a unique name for messages and the audit trail,
// and the ed25519 public key their approvals are checked with. After loading, PublicKey is
// 64 lower-case hex digits (the file may use either case).
type Approver struct {
	Name      string `yaml:"name"`
	PublicKey string `yaml:"public_key"`
}

// Daemon configures `staker run`: the daily cycle's timing, the leader lease, the payout
// feed's signing key, and where balance events come in and payout batches go out.
type Daemon struct {
	// FirstDay is the first UTC day processed for a token with no processed day; empty
	// means yesterday at the daemon's first start.
	FirstDay string `yaml:"first_day"`
	// CloseAfter is how long after midnight UTC a day's balance feed closes (late events).
	CloseAfter time.Duration `yaml:"close_after"`
	// PublishBy is how long after a day's end its payout batch is due (SPEC: 8h).
	PublishBy time.Duration `yaml:"publish_by"`
	// StepTimeout bounds each step of a token's day.
	StepTimeout time.Duration `yaml:"step_timeout"`
	// Tick is how often the daemon looks for due work.
	Tick time.Duration `yaml:"tick"`
	// LeaseTTL is how long the leader lease lasts unrenewed.
	LeaseTTL time.Duration `yaml:"lease_ttl"`
	// FeedKey is the file holding the ed25519 seed that signs payout batches (mode 0600;
	// `staker payout keygen` makes one).
	FeedKey string `yaml:"feed_key"`
	// Inbox is the folder watched for CSV drops of balance and activation events; empty
	// switches it off.
	Inbox string `yaml:"inbox"`
	// Export is the folder payout batches are written to as files; empty switches it off.
	Export string     `yaml:"export"`
	NATS   DaemonNATS `yaml:"nats"`
}

// DaemonNATS is the daemon's JetStream connection: the balance feed consumed and the
// payout feed published. An empty URL switches both off.
type DaemonNATS struct {
	URL               string `yaml:"url"`
	FeedStream        string `yaml:"feed_stream"`
	BalanceSubject    string `yaml:"balance_subject"`
	ActivationSubject string `yaml:"activation_subject"`
	Durable           string `yaml:"durable"`
	PayoutStream      string `yaml:"payout_stream"`
	PayoutSubject     string `yaml:"payout_subject"`
}

// Log configures the daemon's structured log.
type Log struct {
	Level  string `yaml:"level" enum:"debug|info|warn|error"` // default info
	Format string `yaml:"format" enum:"text|json"`            // default text
}

// SlogLevel returns Level as a slog.Level (info for anything unknown).
func (l Log) SlogLevel() slog.Level {
	switch l.Level {
	case "debug":
		return slog.LevelDebug
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}

// DistributionPolicy says how the day's net reward is split (SPEC "Splitting the day's
// reward").
type DistributionPolicy string

// The distribution policies.
const (
	// PoolRate (the default) pays every eligible user the pool's net rate on their effective
	// balance; yield on ineligible balances, above caps and on house funds goes to treasury.
	PoolRate DistributionPolicy = "pool_rate"
	// Redistribute hands all net yield to eligible users.
	Redistribute DistributionPolicy = "redistribute"
)

// Distribution is a token's distribution policy.
type Distribution struct {
	Policy DistributionPolicy `yaml:"policy" enum:"pool_rate|redistribute"`
	// MaxAPRBps caps the distributed APR, in basis points a year; 0 means no ceiling.
	MaxAPRBps uint32 `yaml:"max_apr_bps" range:"0..100000"`
}

// RecognitionPolicy says how each day's reward is drawn from the reward reserve (SPEC
// "Reward recognition").
type RecognitionPolicy string

// The recognition policies.
const (
	// Smoothed (the default) recognizes the delegated average times the trailing realized
	// rate, never more than the reserve holds.
	Smoothed RecognitionPolicy = "smoothed"
	// Cash recognizes what was harvested during the day.
	Cash RecognitionPolicy = "cash"
)

// Recognition is a token's recognition policy.
type Recognition struct {
	Policy RecognitionPolicy `yaml:"policy" enum:"smoothed|cash"`
	// WindowDays is the trailing window of the realized rate (smoothed only; default 7).
	WindowDays uint32 `yaml:"window_days" range:"1..365"`
}

// Buffer is a token's liquidity buffer policy (SPEC "Liquidity buffer"): the target is the
// largest of MinAbs, PctBps of custody, and the forecast (the QuantileBps quantile of net
// withdrawals over an unbonding-long window, from HistoryDays of history, times
// SafetyFactorBps/10000). Excess is delegated only above HighWatermarkBps of the target and
// stake undelegated only below LowWatermarkBps of it.
type Buffer struct {
	MinAbs           money.Amount
	PctBps           uint32
	QuantileBps      uint32 // 9900 is p99; 10000 is the largest withdrawal seen
	SafetyFactorBps  uint32 // 15000 is ×1.5
	LowWatermarkBps  uint32 // at most 10000
	HighWatermarkBps uint32 // at least 10000, above LowWatermarkBps
	HistoryDays      uint32
}

// Token is one enabled token's configuration.
type Token struct {
	// Token is the registry entry: symbol, chain family, decimals.
	Token money.Token
	// Min is the average balance needed to qualify; Cap the most that earns (zero: no cap).
	Min, Cap money.Amount
	// FeeBps is the platform fee on each day's reward, 0..10000.
	FeeBps       uint32
	Distribution Distribution
	Recognition  Recognition
	Buffer       Buffer
	// CountOpenOrders says whether funds locked in open orders count (default true).
	CountOpenOrders bool
	Chain           Chain
}

// Chain is a token's chain block: which adapter, which network and how to reach it, the
// custody accounts, the validator allowlist and the rebalancing limits.
type Chain struct {
	// Name is the chain family, equal to Token.Chain in money ("solana", "bsc", …).
	Name string
	// Network is the chain's own network name ("mainnet", "devnet", "preprod", "testnet",
	// "sepolia", "saigon", …, or "localnet" for a node run by the operator).
	Network string
	// ChainID is the EVM chain id (from the network unless given); 0 for other chains.
	ChainID    uint64
	Endpoints  []Endpoint
	Custody    []Custody
	Validators []Validator
	// MaxShareBps is the most any one validator may hold of the delegated pool.
	MaxShareBps uint32
	// MaxChurnBps is the most of the pool rebalancing may move in a day.
	MaxChurnBps uint32
	// MaxSkippedBps exits a validator the chain reports missing more than this share of
	// the blocks it was due to produce (1..10000); zero, when the file leaves it out, means
	// no limit. Delinquent validators are exited whatever it says.
	MaxSkippedBps uint32
	// ApprovalAbove is the amount above which a transaction needs signer approvals; zero
	// means no transaction needs them by amount.
	ApprovalAbove money.Amount
	// Signing is the signer's policy for this token's custody keys.
	Signing Signing
	// Settings is the raw adapter-specific sub-document (zero Kind when absent). Decode it
	// with DecodeSettings to get line-precise messages.
	Settings yaml.Node

	file, path, dir string
	line            int
}

// DecodeSettings decodes Settings into v, a pointer to the adapter's own settings struct
// (pre-filled with its defaults), with the rules of this package: unknown keys and type
// mismatches are problems naming the file, line and key path ("tokens.SOL.settings.x"),
// Secret fields take references, and the `range:"MIN..MAX"` and `enum:"a|b"` field tags are
// checked. Absent settings leave v as it is. Invalid settings return *Problems.
func (c *Chain) DecodeSettings(v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("decode settings: want a non-nil pointer, got %T", v)
	}
	if c.Settings.Kind == 0 {
		return nil
	}
	d := newDecoder(c.file, c.dir)
	d.lines[c.path] = c.line
	d.decode(&c.Settings, rv, c.path, c.line)
	return d.result()
}

// Endpoint is one node or API endpoint. URL is http, https, ws or wss, without credentials;
// a key goes in APIKey, by reference. Where the provider wants the key in the URL, write
// "{api_key}" there and ResolveURL substitutes it; where it wants a header, name it in
// APIKeyHeader; with neither, the adapter uses its chain's usual place (Blockfrost's
// project_id header, for instance).
type Endpoint struct {
	URL          string `yaml:"url"`
	APIKey       Secret `yaml:"api_key"`
	APIKeyHeader string `yaml:"api_key_header"`
}

// apiKeyPlaceholder is replaced by the resolved API key in an endpoint URL.
const apiKeyPlaceholder = "{api_key}"

// ResolveURL returns the URL with "{api_key}" replaced by the resolved key. The result may
// hold a secret: hand it to the client, never to a log.
func (e Endpoint) ResolveURL() (string, error) {
	if !strings.Contains(e.URL, apiKeyPlaceholder) {
		return e.URL, nil
	}
	key, err := e.APIKey.Resolve()
	if err != nil {
		return "", fmt.Errorf("endpoint api key: %w", err)
	}
	return strings.ReplaceAll(e.URL, apiKeyPlaceholder, url.PathEscape(key)), nil
}

// Custody is one custody account: the signer key id that signs for it, its on-chain
// address, or both (an address alone is watched but cannot sign).
type Custody struct {
	Key     string `yaml:"key"`
	Address string `yaml:"address"`
}

// Validator is one allowlisted validator: its id in the chain's own form (vote account,
// pool id, operator address, validator number …), its weight (default 1, above 0) relative
// to the other entries, and when it was added to the list (zero: it has always been there),
// from which the signer counts Signer.AllowlistDelay.
type Validator struct {
	ID      string
	Weight  uint32
	AddedAt time.Time
}

// Signing is what the signer may sign for this token's custody keys.
type Signing struct {
	// Actions the signer may sign; default every action but "transfer". An empty list
	// allows none.
	Actions []string
	// PerTxLimit and DailyLimit bound what one custody key may move of the token in one
	// transaction and over any rolling 24 hours, in base units. Both above zero, PerTx <=
	// Daily. A limit the file leaves out is zero, which it may do only for a token whose
	// custody has no signing key.
	PerTxLimit, DailyLimit money.Amount
	// Allow is the signer's allowlist: every validator (with its added_at), then the extra
	// entries of `signing.allow` (staking contracts, token contracts to approve, pools).
	Allow []AllowEntry
	// ChainID is what signed payloads must be bound to: the EVM chain id in decimal for EVM
	// chains (always the chain block's chain_id), else `signing.chain_id` (a genesis hash or
	// network id) when given, else the network name.
	ChainID string
}

// AllowEntry is one allowlisted target: a validator id, contract, pool or account in the
// chain's own form, and when it was added (zero: it has always been there). Times are UTC.
type AllowEntry struct {
	Address string
	AddedAt time.Time
}

// SigningActions returns the actions a signing block may name, in a fixed order. Every one
// but "transfer" is allowed by default.
func SigningActions() []string { return slices.Clone(signingActions) }

var signingActions = []string{
	"delegate", "undelegate", "withdraw", "claim", "restake", "redelegate", "approve",
	"split", "merge", "register", "transfer",
}

// defaultActions is every signing action but "transfer".
func defaultActions() []string {
	return slices.DeleteFunc(SigningActions(), func(a string) bool { return a == "transfer" })
}

// Default returns the top-level defaults with no token enabled. Relative paths in it are
// not yet resolved; Load and Parse resolve them against the file's directory.
func Default() *Config {
	return &Config{
		Version: Version,
		Store:   Store{DSN: DefaultDSN},
		API:     API{Listen: DefaultListen},
		Signer: Signer{
			Mode: SignerInProcess, Keystore: DefaultKeystore, AuditLog: DefaultAuditLog,
			AllowlistDelay: DefaultAllowlistDelay,
		},
		Log: Log{Level: "info", Format: "text"},
		Daemon: Daemon{
			CloseAfter: 5 * time.Minute, PublishBy: 8 * time.Hour, StepTimeout: 10 * time.Minute,
			Tick: time.Minute, LeaseTTL: 30 * time.Second, FeedKey: DefaultFeedKey,
			NATS: DaemonNATS{FeedStream: "STAKER_FEED", BalanceSubject: "staker.balances.>",
				ActivationSubject: "staker.activations", Durable: "staker",
				PayoutStream: "STAKER_PAYOUTS", PayoutSubject: "staker.payouts"},
		},
		Tokens: map[string]*Token{},
	}
}

// DefaultToken returns the defaults for one token: its published minimum and cap, no fee,
// the pool_rate, smoothed and buffer defaults, and a chain block naming only its chain, with
// the default signing actions.
func DefaultToken(t money.Token) *Token {
	return &Token{
		Token:        t,
		Min:          t.DefaultMin,
		Cap:          t.DefaultCap,
		Distribution: Distribution{Policy: PoolRate},
		Recognition:  Recognition{Policy: Smoothed, WindowDays: DefaultWindowDays},
		Buffer: Buffer{
			PctBps:           DefaultPctBps,
			QuantileBps:      DefaultQuantileBps,
			SafetyFactorBps:  DefaultSafetyFactorBps,
			LowWatermarkBps:  DefaultLowWatermarkBps,
			HighWatermarkBps: DefaultHighWatermarkBps,
			HistoryDays:      DefaultHistoryDays,
		},
		CountOpenOrders: true,
		Chain: Chain{Name: t.Chain, MaxShareBps: DefaultMaxShareBps, MaxChurnBps: DefaultMaxChurnBps,
			Signing: Signing{Actions: defaultActions()}},
	}
}

// Token returns the enabled token with the given symbol (any case).
func (c *Config) Token(symbol string) (*Token, bool) {
	t, ok := c.Tokens[strings.ToUpper(symbol)]
	return t, ok
}

// Symbols returns the enabled tokens' symbols in the registry's display order.
func (c *Config) Symbols() []string {
	var out []string
	for _, t := range money.Tokens() {
		if _, ok := c.Tokens[t.Symbol]; ok {
			out = append(out, t.Symbol)
		}
	}
	return out
}

// Load reads and checks the configuration file at path. A missing file is an error wrapping
// ErrNoConfig; a file with problems returns *Problems listing all of them.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNoConfig, path)
	}
	if err != nil {
		return nil, fmt.Errorf("load config: %w", err)
	}
	return Parse(data, path)
}

// Parse checks configuration text. filename is used in messages and its directory as the
// base for relative paths (the current directory when filename is empty or has none).
// A configuration with problems returns *Problems listing all of them.
func Parse(data []byte, filename string) (*Config, error) {
	abs, err := filepath.Abs(filename)
	if err != nil {
		return nil, fmt.Errorf("parse config: %w", err)
	}
	dir := abs
	if filename != "" {
		dir = filepath.Dir(abs)
	}
	d := newDecoder(filename, dir)
	root, err := parseDocument(data, d)
	if err != nil {
		return nil, err
	}
	if root != nil && unsupportedVersion(root, d) {
		return nil, d.result()
	}
	fc := fileDefaults()
	if root != nil {
		d.lines[""] = 1
		d.decode(root, reflect.ValueOf(fc), "", 1)
	}
	cfg := d.build(fc)
	if err := d.result(); err != nil {
		return nil, err
	}
	cfg.File, cfg.Dir = filename, dir
	return cfg, nil
}

// result returns the problems found, sorted by line, or nil.
func (d *decoder) result() error {
	if len(d.problems) == 0 {
		return nil
	}
	slices.SortStableFunc(d.problems, func(a, b Problem) int { return a.Line - b.Line })
	return &Problems{List: d.problems}
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parseDocument parses the YAML text into a node tree. A syntax error, or more than one
// document, is returned as *Problems; an empty file gives a nil root.
func parseDocument(data []byte, d *decoder) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var root yaml.Node
	err := dec.Decode(&root)
	if errors.Is(err, io.EOF) {
		return nil, nil
	}
	if err != nil {
		line, msg := 0, strings.TrimPrefix(err.Error(), "yaml: ")
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = m[2]
		}
		d.addf(line, "", "%s", msg)
		return nil, d.result()
	}
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		line := 0
		if err == nil {
			line = next.Line
		}
		d.addf(line, "", "the file must hold one YAML document, not several")
		return nil, d.result()
	}
	return &root, nil
}

// unsupportedVersion reports (and records) a version other than this package's. Such a file
// gets that one problem only: the rest of it follows rules this build does not know.
func unsupportedVersion(root *yaml.Node, d *decoder) bool {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Value != "version" || v.Kind != yaml.ScalarNode || v.ShortTag() != "!!int" {
			continue
		}
		if v.Value != strconv.Itoa(Version) {
			d.addf(k.Line, "version", "unsupported version %s; this build reads version %d", v.Value, Version)
			return true
		}
	}
	return false
}
