// Package simnet owns the simulated network of `staker simnet`: every chain with an
// adapter, in process (the EVM chains on go-ethereum with our mock staking contracts, the
// protocol fakes for Solana and Cardano), with custody keys generated for the run and
// imported into a keystore, the custody accounts funded, validators registered, and each
// chain moved through simulated days with its own reward cadence. Deposit and Withdraw move
// money into and out of the custody's liquid address with real transactions (withdrawals
// signed with the custody key). Everything is derived from a seed: the same seed and the
// same transactions give the same rewards and fees.
package simnet

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// Options set up a Network.
type Options struct {
	// Seed derives everything: keys, validators' commissions, reward rates.
	Seed uint64
	// Dir is where the keystore goes (Dir/keys); it must not hold keys of the same ids.
	Dir string
	// Passphrase locks the generated custody keys.
	Passphrase string
	// Tokens are the symbols to simulate; empty means every token in Symbols.
	Tokens []string
	// Start is the beginning of the first simulated day; the chains' clocks start there.
	// Zero means 2026-01-01T00:00:00Z.
	Start time.Time
	// Keystore tunes the keystore (the scrypt cost); zero values are the signer's defaults.
	Keystore signer.KeystoreOptions
	// Logger receives progress; nil discards it.
	Logger *slog.Logger
}

// DefaultStart is the beginning of the first simulated day when Options.Start is zero.
var DefaultStart = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// FundedUnits is how many whole tokens each custody account is funded with.
const FundedUnits = 1_000_000

// Symbols lists the tokens simnet can simulate (those whose chain has an adapter), in
// symbol order.
func Symbols() []string { return []string{"ADA", "AXS", "BNB", "POL", "S", "SOL"} }

// Network is the set of simulated chains of one run.
type Network struct {
	// Chains are the simulated chains, in symbol order.
	Chains []*Chain
	// Keystore is the directory holding the generated custody keys.
	Keystore string
}

// Chain is one simulated chain with our custody on it.
type Chain struct {
	token      money.Token
	keyID      string
	custody    string
	funded     money.Amount
	validators []string
	block      string
	sim        simulator
	clock      *clock
}

// simulator is what each chain's simulation does.
type simulator interface {
	advanceDay(ctx context.Context, day int) error
	settle(ctx context.Context) error
	// deposit pays amount (base units) into custody's liquid address from outside.
	deposit(ctx context.Context, amount money.Amount) error
	// withdraw pays amount out of custody's liquid address, signed by the custody key, and
	// returns the fee charged in the staked token.
	withdraw(ctx context.Context, amount money.Amount) (fee money.Amount, err error)
	close() error
}

// chainSetup is what a chain's starter is given.
type chainSetup struct {
	token   money.Token
	keyID   string
	secret  []byte // the custody private key (ed25519 seed or secp256k1 scalar)
	public  []byte
	rng     *rand.Rand
	seed    uint64
	start   time.Time
	logger  *slog.Logger
	derived func(label string) []byte
}

// starters build each token's simulation.
var starters = map[string]struct {
	keyType signer.KeyType
	start   func(s chainSetup) (*Chain, error)
}{
	"SOL": {signer.Ed25519, startSolana},
	"ADA": {signer.Ed25519, startCardano},
	"BNB": {signer.Secp256k1, startBSC},
	"S":   {signer.Secp256k1, startSonic},
	"POL": {signer.Secp256k1, startPolygon},
	"AXS": {signer.Secp256k1, startRonin},
}

// Start starts every chain of o.Tokens, generates each custody key from the seed, imports
// it into the keystore under Dir/keys, and funds the custody account on chain with
// FundedUnits tokens. Close stops the chains.
func Start(ctx context.Context, o Options) (_ *Network, err error) {
	if o.Dir == "" || o.Passphrase == "" {
		return nil, errors.New("simnet: a directory and a passphrase are required")
	}
	if o.Start.IsZero() {
		o.Start = DefaultStart
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	symbols := o.Tokens
	if len(symbols) == 0 {
		symbols = Symbols()
	}
	symbols = slices.Sorted(slices.Values(symbols))
	if len(slices.Compact(slices.Clone(symbols))) != len(symbols) {
		return nil, fmt.Errorf("simnet: a token is listed twice in %v", o.Tokens)
	}
	ks, err := signer.OpenKeystore(filepath.Join(o.Dir, "keys"), o.Keystore)
	if err != nil {
		return nil, fmt.Errorf("simnet: %w", err)
	}
	n := &Network{Keystore: ks.Dir()}
	defer func() {
		if err != nil {
			err = errors.Join(err, n.Close())
		}
	}()
	for _, sym := range symbols {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		st, ok := starters[sym]
		if !ok {
			return nil, fmt.Errorf("simnet: no simulated chain for %q (have %s)", sym, strings.Join(Symbols(), ", "))
		}
		tok, _ := money.Lookup(sym)
		derived := func(label string) []byte {
			var b [8]byte
			binary.BigEndian.PutUint64(b[:], o.Seed)
			h := sha256.Sum256(append(b[:], "simnet/"+sym+"/"+label...))
			return h[:]
		}
		keyID := strings.ToLower(sym) + "-custody"
		secret := derived("custody")
		if st.keyType == signer.Secp256k1 {
			secret = secpScalar(derived, "custody")
		}
		info, err := ks.Import(keyID, st.keyType, secret, []byte(o.Passphrase))
		if err != nil {
			return nil, fmt.Errorf("simnet %s: custody key: %w", sym, err)
		}
		began := time.Now()
		c, err := st.start(chainSetup{token: tok, keyID: keyID, secret: secret, public: info.PublicKey,
			rng: rand.New(rand.NewPCG(o.Seed, binary.BigEndian.Uint64(derived("rng")))), seed: o.Seed,
			start: o.Start.UTC(), logger: o.Logger.With("token", sym), derived: derived})
		if err != nil {
			return nil, fmt.Errorf("simnet %s: %w", sym, err)
		}
		n.Chains = append(n.Chains, c)
		o.Logger.Info("simnet chain started", "token", sym, "custody", c.custody, "took", time.Since(began).Round(time.Millisecond))
	}
	return n, nil
}

// secpScalar derives a valid secp256k1 private key from label.
func secpScalar(derived func(string) []byte, label string) []byte {
	for i := 0; ; i++ {
		k := derived(fmt.Sprintf("%s/%d", label, i))
		if validScalar(k) {
			return k
		}
	}
}

// Chain returns the chain of symbol, or nil.
func (n *Network) Chain(symbol string) *Chain {
	for _, c := range n.Chains {
		if c.token.Symbol == symbol {
			return c
		}
	}
	return nil
}

// Close stops every chain.
func (n *Network) Close() error {
	var errs []error
	for _, c := range slices.Backward(n.Chains) {
		errs = append(errs, c.sim.close())
	}
	n.Chains = nil
	return errors.Join(errs...)
}

// Token returns the chain's token.
func (c *Chain) Token() money.Token { return c.token }

// KeyID returns the signer key id of the custody key.
func (c *Chain) KeyID() string { return c.keyID }

// Custody returns the custody address, as the adapter names the owner.
func (c *Chain) Custody() string { return c.custody }

// Validators returns the validator ids on the allowlist, in the chain's own form (the
// pool contract for AXS, which has no validator choice).
func (c *Chain) Validators() []string { return slices.Clone(c.validators) }

// Funded returns what Start funded the custody account with on chain: the driver books it
// as principal funded from outside so that the books and the chain agree.
func (c *Chain) Funded() money.Amount { return c.funded }

// ConfigYAML returns the body of the `tokens.<SYMBOL>:` block of the daemon's
// configuration for this chain (indented by four spaces): chain, network, chain id,
// endpoint, custody, validators, limits, buffer and adapter settings.
func (c *Chain) ConfigYAML() string { return c.block }

// AdvanceDay moves the chain through the simulated day that ends at dayEnd: blocks, slots
// and epochs at the chain's cadence, with the day's rewards paid. dayEnd must be a whole
// number of days after Options.Start; a day already passed is refused.
func (c *Chain) AdvanceDay(ctx context.Context, dayEnd time.Time) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	day, err := c.clock.dayOf(dayEnd)
	if err != nil {
		return fmt.Errorf("simnet %s: %w", c.token.Symbol, err)
	}
	if err := c.sim.advanceDay(ctx, day); err != nil {
		return fmt.Errorf("simnet %s: advance to %s: %w", c.token.Symbol, dayEnd.UTC().Format(time.RFC3339), err)
	}
	c.clock.last = day
	return nil
}

// Settle produces blocks until every transaction sent so far is included and final.
func (c *Chain) Settle(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := c.sim.settle(ctx); err != nil {
		return fmt.Errorf("simnet %s: settle: %w", c.token.Symbol, err)
	}
	return nil
}
