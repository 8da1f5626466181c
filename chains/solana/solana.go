// Package solana owns the SOL adapter: native staking through the Stake program, one or
// more stake accounts per validator (vote account), all held by the custody key as both
// stake and withdraw authority. It registers itself as "solana".
//
// # Staking model
//
// Delegating creates a stake account at an address derived with a seed from the custody
// key (CreateAccountWithSeed; the seed names the validator and an index, so addresses are
// deterministic), funds it with the rent-exempt reserve plus the stake, initializes and
// delegates it, all in one transaction. Rewards compound into the stake at each epoch
// boundary (Info.Harvest is compound): nothing is claimed; Rewards reads getInflationReward
// per stake account and epoch. Undelegating part of a position splits the amount into a new
// seeded stake account (pre-funded with its own reserve) and deactivates it; undelegating a
// whole account deactivates it. Deactivated stake becomes withdrawable at the next epoch
// boundary; withdraw moves a whole inactive account back to custody. Merge joins compatible
// stake accounts of one validator (instruction 7, built by hand).
//
// # Payload and intents
//
// The payload to sign is the serialized legacy transaction message; the custody key is the
// only signer and the fee payer, and its ed25519 signature covers exactly those bytes.
// Decoder parses the message itself and recognizes only the shapes Build makes; anything
// else (another program, an authority that is not the signer, a withdrawal elsewhere) is
// refused. Intent fields: From is the custody address; Nonce is the recent blockhash; To
// is the vote account for delegate and the stake account acted on for split, undelegate
// (the account drawn from or deactivated), withdraw and merge (the destination), because
// those instructions do not name the validator. Amount is the lamports staked (delegate),
// split off (split, partial undelegate) or withdrawn; a whole-account deactivation and a
// merge move nothing out of the account and carry zero.
//
// # Transactions
//
// Blockhashes are taken at `confirmed`; transactions are sent with preflight and
// maxRetries 0, and rebroadcast as identical bytes. A transaction can land only until its
// blockhash's lastValidBlockHeight: Unsigned.Seq and TxRef.Seq carry that height (Solana has
// no account sequence), and Status reports StateExpired only when the node's finalized
// block height has passed it without the signature being found. Building again with the
// same Action.Key while the previous build's blockhash is still valid returns the same
// payload, so signing it again yields the same transaction (ed25519 is deterministic).
package solana

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	sol "github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"
	"github.com/gagliardetto/solana-go/rpc/jsonrpc"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// Chain is the chain family name the adapter registers under.
const Chain = "solana"

// Genesis hashes of the public clusters, which the factory checks the node against.
var genesis = map[string]string{
	"mainnet": "5eykt4UsFv8P8NJdTREpY1vzqKqZKvdpKuc147dw2N9d",
	"devnet":  "EtWTRABZaYq6iMfeYKouRu166VU2xqa1wcaWoxPkrZBG",
	"testnet": "4uhcVJyU9pJkvQyS88uRDiswHXSCkY3zQawwpjk2NsNY",
}

// Settings are the adapter's `settings:` keys.
type Settings struct {
	// MinDelegation is the stake program's minimum delegation in lamports (default 1).
	MinDelegation uint64 `yaml:"min_delegation"`
	// FeePerSignature is the fee per signature in lamports (default 5000).
	FeePerSignature uint64 `yaml:"fee_per_signature"`
	// RewardBatch is how many stake accounts one getInflationReward call asks about
	// (default 100).
	RewardBatch int `yaml:"reward_batch"`
	// MaxRewardEpochs bounds how many epochs one Rewards call reads (default 64).
	MaxRewardEpochs uint64 `yaml:"max_reward_epochs"`
	// SlotTime is the nominal slot duration used for Info.Unbonding (default 400ms).
	SlotTime time.Duration `yaml:"slot_time"`
}

func (s *Settings) defaults() {
	if s.MinDelegation == 0 {
		s.MinDelegation = 1
	}
	if s.FeePerSignature == 0 {
		s.FeePerSignature = 5000
	}
	if s.RewardBatch <= 0 {
		s.RewardBatch = 100
	}
	if s.MaxRewardEpochs == 0 {
		s.MaxRewardEpochs = 64
	}
	if s.SlotTime == 0 {
		s.SlotTime = 400 * time.Millisecond
	}
}

// Adapter is the Solana staking adapter. It is safe for concurrent use.
type Adapter struct {
	rpc     *rpc.Client
	info    chains.Info
	set     Settings
	policy  chains.RPCPolicy
	log     *slog.Logger
	custody []string
	head    chains.Monotonic

	mu     sync.Mutex
	builds map[string]keyedBuild // Action.Key -> last payload built with it
}

// keyedBuild remembers a payload built for an idempotency key until its blockhash expires.
type keyedBuild struct {
	u chains.Unsigned
}

func init() { chains.Register(Chain, New) }

// New dials cfg's first endpoint, checks the genesis hash against the network (any on a
// localnet, or cfg.ChainID when set) and returns the adapter.
func New(ctx context.Context, cfg chains.Config, opts chains.Options) (chains.Adapter, error) {
	opts = opts.Normalized()
	var set Settings
	if err := cfg.DecodeSettings(&set); err != nil {
		return nil, err
	}
	set.defaults()
	if len(cfg.Endpoints) == 0 {
		return nil, fmt.Errorf("solana: no endpoints: %w", chains.ErrMisconfigured)
	}
	for _, c := range cfg.Custody {
		if _, err := sol.PublicKeyFromBase58(c); err != nil {
			return nil, fmt.Errorf("solana: custody address %q: %w", c, chains.ErrMisconfigured)
		}
	}
	a := &Adapter{set: set, policy: opts.Policy, log: opts.Logger.With("component", "chains/solana"),
		custody: slices.Clone(cfg.Custody), builds: map[string]keyedBuild{}}
	ep := cfg.Endpoints[0]
	headers := map[string]string{}
	for k, v := range ep.Header {
		if len(v) > 0 {
			headers[k] = v[0]
		}
	}
	a.rpc = rpc.NewWithCustomRPCClient(jsonrpc.NewClientWithOpts(ep.URL,
		&jsonrpc.RPCClientOpts{HTTPClient: statusClient{opts.HTTPClient}, CustomHeaders: headers}))

	cctx, cancel := a.policy.WithCallTimeout(ctx)
	defer cancel()
	got, err := a.rpc.GetGenesisHash(cctx)
	if err != nil {
		return nil, fmt.Errorf("solana: genesis hash: %w", classify(cctx, err))
	}
	want := cfg.ChainID
	if want == "" {
		want = genesis[cfg.Network]
	}
	if want != "" && got.String() != want {
		return nil, fmt.Errorf("solana: node's genesis is %s, %s wants %s: %w", got, cfg.Network, want, chains.ErrMisconfigured)
	}
	ei, err := a.rpc.GetEpochInfo(cctx, rpc.CommitmentConfirmed)
	if err != nil {
		return nil, fmt.Errorf("solana: epoch info: %w", classify(cctx, err))
	}
	a.head.Observe(ei.AbsoluteSlot)
	epoch := time.Duration(ei.SlotsInEpoch) * set.SlotTime
	a.info = chains.Info{
		Token: cfg.Token, Chain: Chain, Network: cfg.Network, ChainID: got.String(),
		Unbonding:     epoch,
		UnbondingRule: fmt.Sprintf("deactivated stake is withdrawable from the next epoch boundary (epochs of %d slots, about %s)", ei.SlotsInEpoch, epoch.Round(time.Minute)),
		Harvest:       chains.HarvestCompound,
		Actions: []signer.Action{signer.ActionDelegate, signer.ActionUndelegate, signer.ActionWithdraw,
			signer.ActionSplit, signer.ActionMerge},
		HeightUnit:    "slot",
		FinalityDepth: 32,
		MinAction:     money.NewAmountUint64(set.MinDelegation),
	}
	return a, nil
}

// Info describes the chain.
func (a *Adapter) Info() chains.Info { return a.info }

// Close releases idle connections.
func (a *Adapter) Close() error { return a.rpc.Close() }

// call bounds one RPC call by the policy's call timeout and classifies its error.
func call[T any](ctx context.Context, a *Adapter, what string, f func(context.Context) (T, error)) (T, error) {
	cctx, cancel := a.policy.WithCallTimeout(ctx)
	defer cancel()
	v, err := f(cctx)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("%s: %w", what, classify(cctx, err))
	}
	return v, nil
}

// Interface guards
var _ chains.Adapter = (*Adapter)(nil)
