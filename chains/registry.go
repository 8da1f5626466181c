package chains

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"sync"

	"github.com/softstake/staker/money"
)

// Config is one token's chain block, as the adapter sees it. The caller (cmd/staker) fills
// it from the configuration file; adapters never read files or the environment.
type Config struct {
	Chain   string // the `chain:` key: selects the factory
	Token   money.Token
	Network string
	// ChainID is the chain id the adapter must find on the node (decimal, EVM); empty means
	// the network's well-known id, or, on a localnet, whatever the node reports.
	ChainID string
	// Endpoints are the nodes or APIs to use, in order of preference.
	Endpoints  []Endpoint
	Custody    []string // custody addresses this adapter may build actions for
	Validators []string // the operator's validator allowlist
	// Settings decodes the adapter-specific `settings:` sub-document into the adapter's own
	// settings type, strictly (unknown keys are errors). Nil when there is none.
	Settings func(into any) error
}

// Endpoint is one node or API. URL and Header may hold credentials: never log them.
type Endpoint struct {
	URL    string
	Header http.Header // sent with every request (an API key header); may be nil
}

// DecodeSettings decodes c.Settings into v, leaving v untouched when there are none.
func (c Config) DecodeSettings(v any) error {
	if c.Settings == nil {
		return nil
	}
	if err := c.Settings(v); err != nil {
		return fmt.Errorf("%s settings: %w", c.Chain, err)
	}
	return nil
}

// SequenceStore hands out and remembers transaction sequence numbers (EVM nonces) per
// (chain id, account) from our own durable store, never from a node's pending count. The
// store package implements it; adapters only declare the need. Implementations are safe for
// concurrent use and durable before they return.
type SequenceStore interface {
	// ReserveSeq returns the sequence reserved for key on (chainID, account): the same
	// number every time it is asked with the same key, otherwise the lowest number that is
	// at least floor and above every number reserved before for that account. floor is the
	// number of transactions of the account already on chain, which covers a fresh store.
	ReserveSeq(ctx context.Context, chainID, account, key string, floor uint64) (uint64, error)
	// RecordSent records that the transaction txID is being broadcast with seq. Recording
	// the same pair again is a no-op. It must be durable before the bytes leave.
	RecordSent(ctx context.Context, chainID, account string, seq uint64, txID string) error
	// SentWith returns every txID recorded for seq, oldest first.
	SentWith(ctx context.Context, chainID, account string, seq uint64) ([]string, error)
}

// Options are the dependencies an adapter is built with.
type Options struct {
	// Logger receives the adapter's own logs; nil means none.
	Logger *slog.Logger
	// HTTPClient overrides the JSON-RPC client (tests, proxies); nil means
	// NewHTTPClient(Policy).
	HTTPClient *http.Client
	// Policy bounds retries and call deadlines; the zero value means DefaultRPCPolicy.
	Policy RPCPolicy
	// Sequences is required by chains with account sequence numbers (the EVM chains).
	Sequences SequenceStore
}

// Normalized returns o with defaults applied: a no-op logger and DefaultRPCPolicy.
func (o Options) Normalized() Options {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Policy.MaxAttempts == 0 {
		o.Policy = DefaultRPCPolicy
	}
	if o.HTTPClient == nil {
		o.HTTPClient = NewHTTPClient(o.Policy, o.Logger)
	}
	return o
}

// Factory builds an adapter from its configuration. It may dial the node (to check the chain
// id, find contracts) and must fail rather than return an adapter that cannot work.
type Factory func(ctx context.Context, cfg Config, opts Options) (Adapter, error)

var registry = struct {
	sync.Mutex
	frozen    bool
	factories map[string]Factory
}{factories: map[string]Factory{}}

// Register makes a factory available under the `chain:` name. It is meant for init
// functions: it panics on an empty or duplicate name, a nil factory, or after the registry
// was first read (the set is frozen once in use).
func Register(name string, f Factory) {
	registry.Lock()
	defer registry.Unlock()
	switch {
	case name == "":
		panic("chains: Register with an empty name")
	case f == nil:
		panic("chains: Register " + name + " with a nil factory")
	case registry.frozen:
		panic("chains: Register " + name + " after the registry was frozen")
	}
	if _, dup := registry.factories[name]; dup {
		panic("chains: Register called twice for " + name)
	}
	registry.factories[name] = f
}

// Lookup returns the factory registered under name. The first call freezes the registry.
func Lookup(name string) (Factory, bool) {
	registry.Lock()
	defer registry.Unlock()
	registry.frozen = true
	f, ok := registry.factories[name]
	return f, ok
}

// Names returns the registered names, sorted. It freezes the registry.
func Names() []string {
	registry.Lock()
	defer registry.Unlock()
	registry.frozen = true
	names := make([]string, 0, len(registry.factories))
	for n := range registry.factories {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// New builds the adapter for cfg.Chain.
func New(ctx context.Context, cfg Config, opts Options) (Adapter, error) {
	f, ok := Lookup(cfg.Chain)
	if !ok {
		return nil, fmt.Errorf("chain %q: no adapter registered (have %v): %w", cfg.Chain, Names(), ErrMisconfigured)
	}
	return f(ctx, cfg, opts)
}
