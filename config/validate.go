package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/softstake/staker/money"
	"go.yaml.in/yaml/v3"
)

// fileConfig is the file's shape: what decoding fills before validation turns it into a
// Config. Token blocks differ from Token where the file holds text (amounts in token units,
// decimal ratios, times) that only validation can convert.
type fileConfig struct {
	Version int64                 `yaml:"version"`
	Store   Store                 `yaml:"store"`
	API     API                   `yaml:"api"`
	Signer  Signer                `yaml:"signer"`
	Log     Log                   `yaml:"log"`
	Daemon  Daemon                `yaml:"daemon"`
	Tokens  map[string]*fileToken `yaml:"tokens"`
}

type fileToken struct {
	Min             *string      `yaml:"min"`
	Cap             *string      `yaml:"cap"`
	FeeBps          uint32       `yaml:"fee_bps" range:"0..10000"`
	Distribution    Distribution `yaml:"distribution"`
	Recognition     Recognition  `yaml:"recognition"`
	Buffer          fileBuffer   `yaml:"buffer"`
	CountOpenOrders bool         `yaml:"count_open_orders"`
	Chain           fileChain    `yaml:",inline"`
}

type fileBuffer struct {
	MinAbs           *string `yaml:"min_abs"`
	PctBps           uint32  `yaml:"pct_bps" range:"0..10000"`
	Quantile         *string `yaml:"quantile"`
	SafetyFactor     *string `yaml:"safety_factor"`
	LowWatermarkBps  uint32  `yaml:"low_watermark_bps" range:"0..10000"`
	HighWatermarkBps uint32  `yaml:"high_watermark_bps" range:"10000..100000"`
	HistoryDays      uint32  `yaml:"history_days" range:"7..3650"`
}

type fileChain struct {
	Chain         string          `yaml:"chain"`
	Network       string          `yaml:"network"`
	ChainID       uint64          `yaml:"chain_id" range:"1..9223372036854775807"`
	Endpoints     []Endpoint      `yaml:"endpoints"`
	Custody       []Custody       `yaml:"custody"`
	Validators    []fileValidator `yaml:"validators"`
	MaxShareBps   uint32          `yaml:"max_share_bps" range:"1..10000"`
	MaxChurnBps   uint32          `yaml:"max_churn_bps" range:"0..10000"`
	MaxSkippedBps uint32          `yaml:"max_skipped_bps" range:"1..10000"`
	ApprovalAbove *string         `yaml:"approval_above"`
	Signing       fileSigning     `yaml:"signing"`
	Settings      yaml.Node       `yaml:"settings"`
}

type fileValidator struct {
	ID      string  `yaml:"id"`
	Weight  uint32  `yaml:"weight" range:"1..1000000"`
	AddedAt *string `yaml:"added_at"`
}

func (v *fileValidator) setDefaults() { v.Weight = 1 }

type fileSigning struct {
	Actions    []string    `yaml:"actions"`
	PerTxLimit *string     `yaml:"per_tx_limit"`
	DailyLimit *string     `yaml:"daily_limit"`
	Allow      []fileAllow `yaml:"allow"`
	ChainID    *string     `yaml:"chain_id"`
}

type fileAllow struct {
	Address string  `yaml:"address"`
	AddedAt *string `yaml:"added_at"`
}

// fileDefaults is the file shape pre-filled with the defaults, ready to decode into.
func fileDefaults() *fileConfig {
	def := Default()
	return &fileConfig{Store: def.Store, API: def.API, Signer: def.Signer, Log: def.Log, Daemon: def.Daemon}
}

func (t *fileToken) setDefaults() {
	def := DefaultToken(money.Token{})
	t.Distribution = def.Distribution
	t.Recognition = def.Recognition
	t.Buffer = fileBuffer{
		PctBps:           def.Buffer.PctBps,
		LowWatermarkBps:  def.Buffer.LowWatermarkBps,
		HighWatermarkBps: def.Buffer.HighWatermarkBps,
		HistoryDays:      def.Buffer.HistoryDays,
	}
	t.CountOpenOrders = def.CountOpenOrders
	t.Chain.MaxShareBps = def.Chain.MaxShareBps
	t.Chain.MaxChurnBps = def.Chain.MaxChurnBps
}

// build validates the decoded file and converts it into a Config, recording every problem.
func (d *decoder) build(fc *fileConfig) *Config {
	d.validating = true
	cfg := &Config{Version: int(fc.Version), Log: fc.Log, Tokens: map[string]*Token{}}
	if !d.has("version") {
		d.at("version", "missing; the file must start with \"version: %d\"", Version)
	}
	cfg.Store = d.store(fc.Store)
	cfg.API = d.api(fc.API)
	cfg.Signer = d.signer(fc.Signer)
	cfg.Daemon = d.daemon(fc.Daemon)
	d.tokens(fc, cfg)
	return cfg
}

// abs resolves a relative path against the configuration file's directory.
func (d *decoder) abs(p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(d.dir, p)
}

func (d *decoder) store(s Store) Store {
	const path = "store.dsn"
	switch {
	case s.DSN == "":
		d.at(path, "missing; want sqlite:PATH or postgres://…")
	case strings.HasPrefix(s.DSN, "sqlite:"):
		p := strings.TrimPrefix(strings.TrimPrefix(s.DSN, "sqlite:"), "//")
		switch {
		case p == "":
			d.at(path, "sqlite: needs a file path (sqlite:PATH)")
		case strings.ContainsAny(p, "?#"):
			d.at(path, "the sqlite path must be a plain file path, without ? or #")
		default:
			s.DSN = "sqlite:" + d.abs(p)
		}
		if s.Password.IsSet() {
			d.at("store.password", "applies only to a postgres DSN")
		}
	case strings.HasPrefix(s.DSN, "postgres://"), strings.HasPrefix(s.DSN, "postgresql://"):
		u, err := parsePostgresURL(s.DSN)
		switch {
		case err != nil:
			d.at(path, "%v", err)
		case hasPassword(u):
			d.at(path, "the DSN carries a password; give it as store.password: env:NAME or file:PATH")
		}
	default:
		// The DSN is not echoed: it may hold a password.
		d.at(path, "must be sqlite:PATH or postgres://…")
	}
	return s
}

// parsePostgresURL parses a postgres DSN without ever echoing it (it may hold a password).
func parsePostgresURL(dsn string) (*url.URL, error) {
	u, err := url.Parse(dsn)
	if err != nil || u.Opaque != "" {
		return nil, errors.New("not a valid postgres:// URL")
	}
	if u.User == nil {
		u.User = url.User("")
	}
	return u, nil
}

func hasPassword(u *url.URL) bool {
	_, set := u.User.Password()
	return set || u.Query().Has("password")
}

func (d *decoder) api(a API) API {
	host, port, err := net.SplitHostPort(a.Listen)
	if err != nil {
		d.at("api.listen", "%q is not host:port", a.Listen)
	} else if n, err := strconv.ParseUint(port, 10, 16); err != nil || n == 0 {
		d.at("api.listen", "port %q must be a number from 1 to 65535", port)
	}
	names := map[string]string{}
	refs := map[string]string{}
	for i, t := range a.Tokens {
		p := fmt.Sprintf("api.tokens[%d]", i)
		switch {
		case t.Name == "":
			d.at(p+".name", "missing; each token needs a name for the audit trail")
		case names[t.Name] != "":
			d.at(p+".name", "duplicate name %q (also %s)", t.Name, names[t.Name])
		default:
			names[t.Name] = p
		}
		if t.Role == "" {
			d.at(p+".role", "missing; one of admin, operator, treasury, payouts, viewer")
		}
		switch {
		case !t.Token.IsSet():
			d.at(p+".token", `missing; give the token as env:NAME or file:PATH`)
		case refs[t.Token.Ref()] != "":
			d.at(p+".token", "the same secret as %s; every token must be distinct", refs[t.Token.Ref()])
		default:
			refs[t.Token.Ref()] = p
		}
	}
	if err == nil && len(a.Tokens) == 0 && !isLoopback(host) {
		d.at("api.listen", "listening beyond loopback needs at least one token under api.tokens")
	}
	return a
}

// isLoopback reports whether host names only the local machine.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (d *decoder) daemon(c Daemon) Daemon {
	if c.FirstDay != "" {
		if _, err := time.Parse(time.DateOnly, c.FirstDay); err != nil {
			d.at("daemon.first_day", "%q is not a date; want YYYY-MM-DD", c.FirstDay)
		}
	}
	positive := []struct {
		key string
		val time.Duration
	}{
		{"daemon.publish_by", c.PublishBy}, {"daemon.step_timeout", c.StepTimeout},
		{"daemon.tick", c.Tick}, {"daemon.lease_ttl", c.LeaseTTL},
	}
	for _, p := range positive {
		if p.val <= 0 {
			d.at(p.key, "%s must be positive", p.val)
		}
	}
	if c.CloseAfter < 0 || c.CloseAfter >= 24*time.Hour {
		d.at("daemon.close_after", "%s: want 0 to under 24h after midnight", c.CloseAfter)
	}
	if c.LeaseTTL > 0 && c.Tick > 0 && c.LeaseTTL < 3*time.Second {
		d.at("daemon.lease_ttl", "%s is too short to renew; want at least 3s", c.LeaseTTL)
	}
	if c.FeedKey == "" {
		d.at("daemon.feed_key", "missing; payout batches are signed with it (staker payout keygen makes one)")
	}
	c.FeedKey, c.Inbox, c.Export = d.abs(c.FeedKey), d.abs(c.Inbox), d.abs(c.Export)
	if n := c.NATS; n.URL != "" {
		if u, err := url.Parse(n.URL); err != nil || (u.Scheme != "nats" && u.Scheme != "tls") || u.Host == "" {
			d.at("daemon.nats.url", "%q: want nats://HOST:PORT or tls://HOST:PORT", n.URL)
		}
		for _, f := range []struct{ key, val string }{{"feed_stream", n.FeedStream}, {"balance_subject", n.BalanceSubject},
			{"activation_subject", n.ActivationSubject}, {"durable", n.Durable}, {"payout_stream", n.PayoutStream},
			{"payout_subject", n.PayoutSubject}} {
			if f.val == "" {
				d.at("daemon.nats."+f.key, "missing; needed when daemon.nats.url is set")
			}
		}
	}
	return c
}

func (d *decoder) signer(s Signer) Signer {
	switch s.Mode {
	case SignerInProcess:
		if s.Keystore == "" {
			d.at("signer.keystore", "missing; in-process signing needs the keystore directory")
		}
		if !s.Passphrase.IsSet() {
			d.at("signer.passphrase", "missing; in-process signing needs the keystore passphrase as env:NAME or file:PATH")
		}
	case SignerSocket:
		if s.Socket == "" {
			d.at("signer.socket", "missing; socket mode needs the signer's socket path")
		}
	}
	if s.AuditLog == "" {
		d.at("signer.audit_log", "missing; the signer must keep an audit log")
	}
	s.Socket, s.Keystore, s.AuditLog = d.abs(s.Socket), d.abs(s.Keystore), d.abs(s.AuditLog)
	if s.AllowlistDelay < 0 {
		d.at("signer.allowlist_delay", "%s is negative; 0 honours new allowlist entries at once", s.AllowlistDelay)
	}
	s.Approvals.Approvers = d.approvers(s.Approvals.Approvers)
	keys := 0
	for _, a := range s.Approvals.Approvers {
		if a.PublicKey != "" {
			keys++
		}
	}
	// An entry that is not even a mapping (an approver written the old way, as a bare name)
	// says enough; counting keys on top of it would be noise.
	undecoded := false
	for i := range s.Approvals.Approvers {
		undecoded = undecoded || d.failed[fmt.Sprintf("signer.approvals.approvers[%d]", i)]
	}
	if n := int(s.Approvals.Required); n > keys && !undecoded {
		d.at("signer.approvals.required", "%d approvals required but %d distinct approver keys listed", n, keys)
	}
	return s
}

// approvers checks the approvers and returns them with their public keys in lower case; an
// entry whose key is missing, malformed or a duplicate keeps an empty PublicKey.
func (d *decoder) approvers(list []Approver) []Approver {
	if len(list) == 0 {
		return list
	}
	out := make([]Approver, len(list))
	names, keys := map[string]int{}, map[string]int{}
	for i, a := range list {
		p := fmt.Sprintf("signer.approvals.approvers[%d]", i)
		out[i].Name = a.Name
		switch j, dup := names[a.Name]; {
		case strings.TrimSpace(a.Name) == "":
			d.at(p+".name", "missing; an approver needs a name")
		case dup:
			d.at(p+".name", "duplicate approver %q (also approvers[%d])", a.Name, j)
		default:
			names[a.Name] = i
		}
		key, msg := publicKeyHex(a.PublicKey)
		if msg != "" {
			d.at(p+".public_key", "%s", msg)
			continue
		}
		if j, dup := keys[key]; dup {
			d.at(p+".public_key", "the same public key as approvers[%d]; every approver needs their own key", j)
			continue
		}
		keys[key] = i
		out[i].PublicKey = key
	}
	return out
}

// publicKeyHex returns an ed25519 public key written as hex in lower case, or what is wrong
// with it. Messages never repeat the text: a private key pasted by mistake must not reach a
// log.
func publicKeyHex(s string) (string, string) {
	const want = "an ed25519 public key is 64 hex digits"
	switch {
	case s == "":
		return "", "missing; " + want
	case strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X"):
		return "", want + ", without 0x"
	case !isHex(s):
		return "", "not hex; " + want
	case len(s) == 128:
		return "", "128 hex digits is the length of an ed25519 private key; give the public key only (64 hex digits)"
	case len(s) != 64:
		return "", fmt.Sprintf("%d hex digits; %s", len(s), want)
	}
	return strings.ToLower(s), ""
}

func isHex(s string) bool {
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// tokens validates every token block, in file order.
func (d *decoder) tokens(fc *fileConfig, cfg *Config) {
	if len(fc.Tokens) == 0 {
		d.at("tokens", "no token is enabled; add at least one block under tokens")
		return
	}
	keys := make([]string, 0, len(fc.Tokens))
	for k := range fc.Tokens {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return d.line("tokens."+a) - d.line("tokens."+b) })
	firstKey := map[string]string{}
	for _, key := range keys {
		p := "tokens." + key
		sym, err := money.Lookup(key)
		if err != nil {
			d.at(p, "unknown token %q; known tokens are %s", key, knownSymbols())
			continue
		}
		if other, dup := firstKey[sym.Symbol]; dup {
			d.at(p, "%s is already configured at line %d", sym.Symbol, d.line("tokens."+other))
			continue
		}
		firstKey[sym.Symbol] = key
		ft := fc.Tokens[key]
		if ft == nil { // "SOL:" with nothing under it
			ft = new(fileToken)
			ft.setDefaults()
		}
		cfg.Tokens[sym.Symbol] = d.token(p, sym, ft, fc.Signer.Approvals)
	}
}

func knownSymbols() string {
	var out []string
	for _, t := range money.Tokens() {
		out = append(out, t.Symbol)
	}
	return strings.Join(out, ", ")
}

// amount parses an amount in token units, or returns def when the key was left out.
func (d *decoder) amount(t money.Token, text *string, path string, def money.Amount) money.Amount {
	if text == nil {
		return def
	}
	a, err := t.Parse(*text)
	if err != nil {
		d.at(path, "%v", err)
		return def
	}
	return a
}

func (d *decoder) token(p string, sym money.Token, ft *fileToken, approvals Approvals) *Token {
	t := DefaultToken(sym)
	t.FeeBps = ft.FeeBps
	t.Distribution = ft.Distribution
	t.Recognition = ft.Recognition
	t.CountOpenOrders = ft.CountOpenOrders
	t.Min = d.amount(sym, ft.Min, p+".min", sym.DefaultMin)
	t.Cap = d.amount(sym, ft.Cap, p+".cap", sym.DefaultCap)
	if !t.Cap.IsZero() && t.Cap.Cmp(t.Min) < 0 {
		def := ""
		if ft.Cap == nil {
			def = " (the default)"
		}
		d.at(p+".cap", "cap %s%s is below min %s", sym.Format(t.Cap), def, sym.Format(t.Min))
	}
	if t.Recognition.Policy == Cash && d.has(p+".recognition.window_days") {
		d.at(p+".recognition.window_days", "applies only to the smoothed policy")
	}
	t.Buffer = d.buffer(p+".buffer", sym, ft.Buffer)
	t.Chain = d.chain(p, sym, &ft.Chain, approvals)
	return t
}

func (d *decoder) buffer(p string, sym money.Token, fb fileBuffer) Buffer {
	b := Buffer{
		MinAbs:           d.amount(sym, fb.MinAbs, p+".min_abs", money.Zero),
		PctBps:           fb.PctBps,
		QuantileBps:      DefaultQuantileBps,
		SafetyFactorBps:  DefaultSafetyFactorBps,
		LowWatermarkBps:  fb.LowWatermarkBps,
		HighWatermarkBps: fb.HighWatermarkBps,
		HistoryDays:      fb.HistoryDays,
	}
	if fb.Quantile != nil {
		switch q, err := parseBps(*fb.Quantile); {
		case err != nil:
			d.at(p+".quantile", "%v", err)
		case q == 0 || q > 10000:
			d.at(p+".quantile", "%s is out of range: a quantile is above 0 and at most 1 (0.99 is p99)", *fb.Quantile)
		default:
			b.QuantileBps = uint32(q)
		}
	}
	if fb.SafetyFactor != nil {
		switch f, err := parseBps(*fb.SafetyFactor); {
		case err != nil:
			d.at(p+".safety_factor", "%v", err)
		case f < 10000 || f > 100000:
			d.at(p+".safety_factor", "%s is out of range 1..10", *fb.SafetyFactor)
		default:
			b.SafetyFactorBps = uint32(f)
		}
	}
	if b.LowWatermarkBps >= b.HighWatermarkBps {
		d.at(p+".low_watermark_bps", "low watermark %d must be below the high watermark %d", b.LowWatermarkBps, b.HighWatermarkBps)
	}
	return b
}

// parseBps reads a non-negative decimal with at most four decimals ("0.99", "1.5", "2") as
// a count of ten-thousandths, exactly: no floating point.
func parseBps(s string) (uint64, error) {
	whole, frac, hasPoint := strings.Cut(s, ".")
	if !isDigits(whole) || (hasPoint && !isDigits(frac)) || len(whole) > 9 {
		return 0, fmt.Errorf("%q is not a plain decimal number such as 0.99", s)
	}
	if len(frac) > 4 {
		return 0, fmt.Errorf("%q has more than 4 decimals", s)
	}
	w, _ := strconv.ParseUint(whole, 10, 64)
	f, _ := strconv.ParseUint((frac + "0000")[:4], 10, 64)
	return w*10000 + f, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

var (
	keyID      = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$`)
	headerName = regexp.MustCompile("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$")
)

func (d *decoder) chain(p string, sym money.Token, fc *fileChain, approvals Approvals) Chain {
	fam := families[sym.Chain]
	c := Chain{
		Name:          sym.Chain,
		Network:       fc.Network,
		Endpoints:     fc.Endpoints,
		Custody:       fc.Custody,
		MaxShareBps:   fc.MaxShareBps,
		MaxChurnBps:   fc.MaxChurnBps,
		MaxSkippedBps: fc.MaxSkippedBps,
		file:          d.file,
		path:          p + ".settings",
		dir:           d.dir,
		line:          d.line(p + ".settings"),
	}
	switch {
	case fc.Chain == "":
		d.at(p+".chain", "missing; %s lives on %q", sym.Symbol, sym.Chain)
	case fc.Chain != sym.Chain:
		d.at(p+".chain", "%q does not match %s, which lives on %q", fc.Chain, sym.Symbol, sym.Chain)
	}
	chainID, knownNetwork := fam.networks[fc.Network]
	switch {
	case fc.Network == "":
		d.at(p+".network", "missing; one of %s", fam.networkNames())
	case !knownNetwork:
		d.at(p+".network", "%q is not a %s network (one of %s)", fc.Network, sym.Chain, fam.networkNames())
	}
	switch {
	case !fam.evm:
		if d.has(p + ".chain_id") {
			d.at(p+".chain_id", "applies only to EVM chains (%s)", evmFamilies())
		}
	case d.has(p + ".chain_id"):
		if other, ok := fam.networkWithID(fc.ChainID); ok && knownNetwork && other != fc.Network {
			d.at(p+".chain_id", "%d is %s %s, not %s", fc.ChainID, sym.Chain, other, fc.Network)
		}
		c.ChainID = fc.ChainID
	case knownNetwork && chainID == 0:
		d.at(p+".chain_id", "missing; a %s %s needs its chain id", sym.Chain, fc.Network)
	default:
		c.ChainID = chainID
	}
	d.endpoints(p+".endpoints", fc.Endpoints)
	d.custody(p+".custody", sym.Chain, fam, fc.Network, fc.Custody)
	d.validators(p, fam, fc)
	for i, v := range fc.Validators {
		added := d.timestamp(v.AddedAt, fmt.Sprintf("%s.validators[%d].added_at", p, i))
		c.Validators = append(c.Validators, Validator{ID: v.ID, Weight: v.Weight, AddedAt: added})
	}
	if fc.ApprovalAbove != nil {
		c.ApprovalAbove = d.amount(sym, fc.ApprovalAbove, p+".approval_above", money.Zero)
		if !c.ApprovalAbove.IsZero() && approvals.Required == 0 {
			d.at(p+".approval_above", "needs signer.approvals.required above 0")
		}
	}
	c.Signing = d.signing(p, sym, fam, fc, c)
	switch s := fc.Settings; {
	case s.Kind == 0 || isNull(&s):
	case s.Kind != yaml.MappingNode:
		d.at(p+".settings", "must be a mapping, not %s", describe(&s))
	default:
		c.Settings = s
	}
	return c
}

func (d *decoder) endpoints(p string, eps []Endpoint) {
	if len(eps) == 0 {
		d.at(p, "at least one endpoint is needed")
		return
	}
	seen := map[string]int{}
	for i, e := range eps {
		ep := fmt.Sprintf("%s[%d]", p, i)
		if msg := checkURL(e.URL, e.APIKey.IsSet()); msg != "" {
			d.at(ep+".url", "%s", msg)
		} else if j, dup := seen[e.URL]; dup {
			d.at(ep+".url", "duplicate of %s[%d]", p[strings.LastIndex(p, ".")+1:], j)
		} else {
			seen[e.URL] = i
		}
		if e.APIKeyHeader != "" {
			if !headerName.MatchString(e.APIKeyHeader) {
				d.at(ep+".api_key_header", "%q is not an HTTP header name", e.APIKeyHeader)
			}
			if !e.APIKey.IsSet() {
				d.at(ep+".api_key_header", "needs api_key")
			}
		}
	}
}

// checkURL returns what is wrong with an endpoint URL, or "". Messages never repeat the
// URL: a provider key may be written in it by mistake.
func checkURL(raw string, hasKey bool) string {
	if raw == "" {
		return "missing"
	}
	if strings.Contains(raw, apiKeyPlaceholder) && !hasKey {
		return "uses {api_key} but api_key is not set"
	}
	u, err := url.Parse(strings.ReplaceAll(raw, apiKeyPlaceholder, "KEY"))
	if err != nil {
		return "not a valid URL"
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss":
	default:
		return fmt.Sprintf("scheme %q is not one of http, https, ws, wss", u.Scheme)
	}
	switch {
	case u.User != nil:
		return "carries credentials; give them as api_key: env:NAME or file:PATH"
	case u.Host == "":
		return "has no host"
	case u.Fragment != "":
		return "must not have a #fragment"
	}
	return ""
}

func (d *decoder) custody(p, chain string, fam family, network string, entries []Custody) {
	if len(entries) == 0 {
		d.at(p, "at least one custody entry is needed")
		return
	}
	keys, addrs := map[string]int{}, map[string]int{}
	for i, c := range entries {
		cp := fmt.Sprintf("%s[%d]", p, i)
		if c.Key == "" && c.Address == "" {
			d.at(cp, "needs a key (signer key id), an address, or both")
			continue
		}
		if c.Key != "" {
			if !keyID.MatchString(c.Key) {
				d.at(cp+".key", "%q is not a key id (letters, digits and . _ : / -, up to 128)", c.Key)
			} else if j, dup := keys[c.Key]; dup {
				d.at(cp+".key", "duplicate key %q (also custody[%d])", c.Key, j)
			} else {
				keys[c.Key] = i
			}
		}
		if c.Address != "" {
			if msg, ok := checkID(fam.address, "a valid "+chain+" address", c.Address); !ok {
				d.at(cp+".address", "%s", msg)
			} else if msg := networkAddressMismatch(fam, network, c.Address); msg != "" {
				d.at(cp+".address", "%s", msg)
			} else if j, dup := addrs[c.Address]; dup {
				d.at(cp+".address", "duplicate address (also custody[%d])", j)
			} else {
				addrs[c.Address] = i
			}
		}
	}
}

// networkAddressMismatch catches an address of the wrong network where the address says
// which one it belongs to (Cardano's addr1 versus addr_test1).
func networkAddressMismatch(fam family, network, addr string) string {
	if fam.address.desc != adaAddress.desc || network == "" || network == localnet {
		return ""
	}
	test := strings.HasPrefix(addr, "addr_test1")
	switch {
	case network == "mainnet" && test:
		return "a testnet address (addr_test1…) on mainnet"
	case network != "mainnet" && !test:
		return fmt.Sprintf("a mainnet address (addr1…) on %s", network)
	}
	return ""
}

func (d *decoder) validators(p string, fam family, fc *fileChain) {
	vp := p + ".validators"
	if fam.noValidators != "" {
		if len(fc.Validators) > 0 {
			d.at(vp, "must be left out (%s)", fam.noValidators)
		}
		for _, k := range []string{"max_share_bps", "max_churn_bps", "max_skipped_bps"} {
			if d.has(p + "." + k) {
				d.at(p+"."+k, "has no effect (%s)", fam.noValidators)
			}
		}
		return
	}
	if len(fc.Validators) == 0 {
		d.at(vp, "at least one validator is needed")
		return
	}
	seen := map[string]int{}
	for i, v := range fc.Validators {
		ip := fmt.Sprintf("%s[%d].id", vp, i)
		switch msg, ok := checkID(fam.validator, fam.validatorNoun, v.ID); {
		case v.ID == "":
			d.at(ip, "missing")
		case !ok:
			d.at(ip, "%s", msg)
		default:
			if j, dup := seen[v.ID]; dup {
				d.at(ip, "duplicate validator (also validators[%d])", j)
				continue
			}
			seen[v.ID] = i
		}
	}
	if total := uint64(len(fc.Validators)) * uint64(fc.MaxShareBps); total < 10000 {
		d.at(p+".max_share_bps", "%d validators at %d bps each cannot hold the whole pool (together they need at least 10000)", len(fc.Validators), fc.MaxShareBps)
	}
}

// timestamp parses an RFC 3339 time, or returns the zero time when the key was left out.
func (d *decoder) timestamp(text *string, path string) time.Time {
	if text == nil {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339, *text)
	if err != nil {
		d.at(path, "%s is not an RFC 3339 time such as \"2025-06-01T00:00:00Z\"", quoteCut(*text))
		return time.Time{}
	}
	return t.UTC()
}

// quoteCut quotes s for a message, cut to a readable length.
func quoteCut(s string) string {
	if len(s) > 60 {
		s = s[:60] + "…"
	}
	return strconv.Quote(s)
}

// noLimits says why limits are required.
const noLimits = "custody has a signing key, and the signer denies by default, so a token whose keys have no limits could never act"

// signing checks a token's signing block and builds the signer's policy for the token's
// keys. c is the chain block built so far (its chain id and validators).
func (d *decoder) signing(p string, sym money.Token, fam family, fc *fileChain, c Chain) Signing {
	sp := p + ".signing"
	fs := fc.Signing
	s := Signing{Actions: defaultActions()}
	if fs.Actions != nil {
		s.Actions = []string{}
		seen := map[string]int{}
		for i, a := range fs.Actions {
			ap := fmt.Sprintf("%s.actions[%d]", sp, i)
			switch j, dup := seen[a]; {
			case !slices.Contains(signingActions, a):
				d.at(ap, "%s is not one of %s", quoteCut(a), strings.Join(signingActions, ", "))
			case dup:
				d.at(ap, "duplicate action %q (also actions[%d])", a, j)
			default:
				seen[a] = i
				s.Actions = append(s.Actions, a)
			}
		}
	}

	var perTx, daily bool
	s.PerTxLimit, perTx = d.limit(sym, fs.PerTxLimit, sp+".per_tx_limit")
	s.DailyLimit, daily = d.limit(sym, fs.DailyLimit, sp+".daily_limit")
	signs := slices.ContainsFunc(fc.Custody, func(c Custody) bool { return c.Key != "" })
	switch {
	case perTx && daily:
		if s.PerTxLimit.Cmp(s.DailyLimit) > 0 {
			d.at(sp+".per_tx_limit", "%s is above daily_limit %s", sym.Format(s.PerTxLimit), sym.Format(s.DailyLimit))
		}
	case !signs:
	case fs.PerTxLimit == nil && fs.DailyLimit == nil:
		d.at(sp, "per_tx_limit and daily_limit are required: %s", noLimits)
	case fs.PerTxLimit == nil:
		d.at(sp+".per_tx_limit", "missing; both limits are required: %s", noLimits)
	case fs.DailyLimit == nil:
		d.at(sp+".daily_limit", "missing; both limits are required: %s", noLimits)
	}

	// The allowlist: validators first, then the extra entries, each target once.
	where := map[string]string{}
	for i, v := range c.Validators {
		s.Allow = append(s.Allow, AllowEntry{Address: v.ID, AddedAt: v.AddedAt})
		if _, dup := where[allowKey(v.ID)]; !dup {
			where[allowKey(v.ID)] = fmt.Sprintf("validators[%d]", i)
		}
	}
	for i, a := range fs.Allow {
		ap := fmt.Sprintf("%s.allow[%d]", sp, i)
		added := d.timestamp(a.AddedAt, ap+".added_at")
		msg, ok := "", true
		switch {
		case a.Address == "":
			msg, ok = "missing", false
		case fam.evm:
			msg, ok = checkID(evmAddress, "an EVM address", a.Address)
		case strings.ContainsFunc(a.Address, unicode.IsSpace):
			msg, ok = fmt.Sprintf("%s has spaces in it", quoteCut(a.Address)), false
		}
		switch w, dup := where[allowKey(a.Address)]; {
		case !ok:
			d.at(ap+".address", "%s", msg)
		case dup && strings.HasPrefix(w, "validators"):
			d.at(ap+".address", "already allowlisted as %s; every validator is on the allowlist", w)
		case dup:
			d.at(ap+".address", "duplicate of %s", w)
		default:
			where[allowKey(a.Address)] = fmt.Sprintf("allow[%d]", i)
			s.Allow = append(s.Allow, AllowEntry{Address: a.Address, AddedAt: added})
		}
	}

	switch {
	case fam.evm:
		if fs.ChainID != nil {
			d.at(sp+".chain_id", "applies only to non-EVM chains; on %s the chain block's chain_id pins signed payloads", sym.Chain)
		}
		if c.ChainID != 0 {
			s.ChainID = strconv.FormatUint(c.ChainID, 10)
		}
	case fs.ChainID != nil && strings.TrimSpace(*fs.ChainID) == "":
		d.at(sp+".chain_id", "must not be empty; leave it out to pin the network name")
	case fs.ChainID != nil:
		s.ChainID = *fs.ChainID
	default:
		s.ChainID = fc.Network
	}
	return s
}

// limit parses a signing limit: ok is false when it was left out or is not a positive amount.
func (d *decoder) limit(sym money.Token, text *string, path string) (money.Amount, bool) {
	if text == nil {
		return money.Zero, false
	}
	a, err := sym.Parse(*text)
	switch {
	case err != nil:
		d.at(path, "%v", err)
		return money.Zero, false
	case a.IsZero():
		d.at(path, "must be above zero")
		return money.Zero, false
	}
	return a, true
}

// allowKey is how allowlist entries compare: hex addresses without regard to case (EIP-55
// case is a checksum, not identity), anything else exactly.
func allowKey(addr string) string {
	if strings.HasPrefix(addr, "0x") {
		return strings.ToLower(addr)
	}
	return addr
}
