// Package cardano owns the ADA adapter: delegation of a custody wallet's stake to a stake
// pool through Blockfrost (blockfrost-go for reads and submission), with transactions
// built from apollo's serialization types against the Conway CDDL. It registers itself as
// "cardano".
//
// # Custody layout
//
// A custody owner is a CIP-19 base address (header type 0) whose payment credential is
// the custody payment key and whose stake credential is the custody stake key (the two may
// be the same key). Funds at the base address count toward the stake key's delegation;
// funds at the enterprise address of the same payment key (signer.Address for cardano) do
// not, and form the liquid buffer. Cardano locks nothing, so the staking actions are
// payments between the two, plus certificates:
//
//   - delegate (Validator = pool, Amount > 0): pays Amount from the buffer to the base
//     address, with a stake delegation certificate to the pool, preceded by a stake
//     registration (reg_cert, with the key deposit) and a vote delegation (always-abstain,
//     or the configured choice) when the stake key lacks them. Intent: To = pool id,
//     Amount = lovelace moved into stake.
//   - undelegate (Amount, zero = everything at the base address): pays Amount from the base
//     address back to the buffer. The delegation certificate stays. Intent: To = the buffer
//     address, Amount = lovelace moved.
//   - register (Validator = pool): only the certificates delegate would add (registration
//     and vote delegation when missing, delegation to the pool). Intent: To = pool id,
//     Amount = deposit paid.
//   - redelegate (Validator → ToValidator): a delegation certificate to the new pool.
//     Intent: To = new pool id, Amount = 0.
//   - claim: withdraws the whole reward balance into the buffer; the stake key must be
//     vote-delegated (Conway), else Build fails with a *chains.PrerequisiteError naming a
//     register action. Intent: To = the stake address, Amount = lovelace withdrawn.
//   - transfer (Validator = destination address, Amount): a payment out of the buffer.
//     Intent: To = destination, Amount.
//
// Fees, deposits and change always come from and go back to the buffer (change from base
// address inputs returns to the base address), so the stake moves by exactly the amount an
// intent states. Every transaction carries a TTL (invalid_hereafter) and lists the custody
// key hashes in required_signers; Intent.Nonce is its spent inputs, which is what makes it
// unique, and Unsigned.Seq and TxRef.Seq carry the TTL slot, after which Status can prove a
// transaction that never landed expired.
//
// # Signing
//
// The payload is the CBOR transaction body; each ed25519 witness signs its BLAKE2b-256.
// A transaction needs the payment key and, when it carries certificates or a withdrawal,
// the stake key. Attach takes one signature and works when one key covers both roles;
// AttachWitnesses takes one signature per key.
//
// # Rewards
//
// Rewards land in the reward account at the start of an epoch (five days on mainnet): what
// a snapshot earned in epoch e is paid at the start of e+2. The reward account counts as
// stake, so Harvest is compound: Positions report the stake address's controlled amount
// (base address UTxOs plus reward balance) as the position, and Rewards reports each
// epoch's reward when it lands, referenced by the earning epoch (Ref.Epoch), the pool, and
// the height of the first block of the landing epoch (Ref.Height). Withdrawing (claim)
// only moves rewards into the buffer. Heights are block heights.
package cardano

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/blockfrost/blockfrost-go"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// Name is the `chain:` key of this adapter.
const Name = "cardano"

// Well-known network magics, the genesis identifier the adapter binds to.
var networkMagics = map[string]string{"mainnet": "764824073", "preprod": "1", "preview": "2"}

// Settings are the adapter's `settings:` keys.
type Settings struct {
	// FinalityBlocks is the number of blocks, inclusion counted, after which a transaction
	// is reported finalized (default 15).
	FinalityBlocks uint64 `yaml:"finality_blocks"`
	// TTLSlots is how many slots after the tip a built transaction stays valid (default
	// 7200, two hours).
	TTLSlots uint64 `yaml:"ttl_slots"`
	// MaxFee caps the fee of any transaction built or decoded, in lovelace (default
	// 2000000).
	MaxFee uint64 `yaml:"max_fee"`
	// VoteDelegation is the vote delegation made with the first registration:
	// "always-abstain" (default) or "always-no-confidence".
	VoteDelegation string `yaml:"vote_delegation"`
}

// Adapter is the Cardano staking adapter. It is safe for concurrent use.
type Adapter struct {
	bf       blockfrost.APIClient
	http     *http.Client // the classifying client blockfrost-go uses, for the one raw read
	server   string
	project  string
	info     chains.Info
	network  byte
	set      Settings
	custody  map[string]bool
	allowed  map[string]bool // pool key hashes (hex) of the validator allowlist
	drepKind uint64

	head chains.Monotonic

	mu         sync.Mutex
	firstBlock map[int64]uint64 // epoch -> height of its first block
	spent      map[txIn]uint64  // inputs of our broadcast transactions -> their TTL
}

func init() { chains.Register(Name, New) }

// New builds the adapter for cfg: it reads the node's genesis and refuses a network magic
// other than the configured (or well-known) one.
func New(ctx context.Context, cfg chains.Config, opts chains.Options) (chains.Adapter, error) {
	set := Settings{FinalityBlocks: 15, TTLSlots: 7200, MaxFee: 2_000_000, VoteDelegation: "always-abstain"}
	if err := cfg.DecodeSettings(&set); err != nil {
		return nil, err
	}
	a := &Adapter{set: set, custody: map[string]bool{}, allowed: map[string]bool{}, firstBlock: map[int64]uint64{}, spent: map[txIn]uint64{}}
	switch set.VoteDelegation {
	case "always-abstain":
		a.drepKind = drepAlwaysAbstain
	case "always-no-confidence":
		a.drepKind = drepNoConfidence
	default:
		return nil, fmt.Errorf("cardano settings vote_delegation %q: want always-abstain or always-no-confidence: %w", set.VoteDelegation, chains.ErrMisconfigured)
	}
	if set.FinalityBlocks == 0 || set.TTLSlots == 0 || set.MaxFee == 0 {
		return nil, fmt.Errorf("cardano settings: finality_blocks, ttl_slots and max_fee must be positive: %w", chains.ErrMisconfigured)
	}
	if len(cfg.Endpoints) == 0 {
		return nil, fmt.Errorf("cardano: no endpoint: %w", chains.ErrMisconfigured)
	}
	tok := cfg.Token
	if tok.Symbol == "" {
		t, err := money.Lookup("ADA")
		if err != nil {
			return nil, fmt.Errorf("cardano: %w", err)
		}
		tok = t
	}
	network := cfg.Network
	if network == "" {
		network = "mainnet"
	}
	if network == signer.Mainnet {
		a.network = 1
	}
	for _, c := range cfg.Custody {
		o, err := parseOwner(c, a.network)
		if err != nil {
			return nil, fmt.Errorf("cardano custody %q: %v: %w", c, err, chains.ErrMisconfigured)
		}
		a.custody[o.base] = true
	}
	for _, v := range cfg.Validators {
		h, err := parsePoolID(v)
		if err != nil {
			return nil, fmt.Errorf("cardano validator %q: %v: %w", v, err, chains.ErrMisconfigured)
		}
		a.allowed[fmt.Sprintf("%x", h[:])] = true
	}

	o := opts.Normalized()
	ep := cfg.Endpoints[0]
	a.http = &http.Client{Transport: classifyingTransport{next: o.HTTPClient, header: ep.Header}}
	a.server = strings.TrimSuffix(ep.URL, "/")
	// The Blockfrost project id travels as the endpoint's project_id header; the value
	// given to blockfrost-go only keeps it from reading the environment.
	a.project = "from-endpoint-header"
	a.bf = blockfrost.NewAPIClient(blockfrost.APIClientOptions{ProjectID: a.project, Server: a.server, Client: a.http, MaxRoutines: 1})

	cctx, cancel := o.Policy.WithCallTimeout(ctx)
	defer cancel()
	gen, err := a.bf.Genesis(cctx)
	if err != nil {
		return nil, a.classify(cctx, "genesis", err)
	}
	magic := strconv.Itoa(gen.NetworkMagic)
	want := cfg.ChainID
	if want == "" {
		want = networkMagics[network]
	}
	if want != "" && want != magic {
		return nil, fmt.Errorf("cardano: node reports network magic %s, configured %s (%s): %w", magic, want, network, chains.ErrMisconfigured)
	}
	pp, err := a.bf.LatestEpochParameters(cctx)
	if err != nil {
		return nil, a.classify(cctx, "protocol parameters", err)
	}
	coins := pp.CoinsPerUtxOWord
	if pp.CoinsPerUTxOSize != nil {
		coins = *pp.CoinsPerUTxOSize
	}
	perByte, err := lovelace(coins, "coins per UTxO byte")
	if err != nil {
		return nil, fmt.Errorf("cardano: %w", err)
	}
	// The smallest output a delegation can pay into the base address: (160 + its size)
	// lovelace per byte, the amount itself taking up to 9 bytes.
	minPlan := plan{view: chainView{coinsPerB: perByte.Big().Uint64()}}
	minStake := minPlan.minCoin(make([]byte, 57), 1<<32)
	a.info = chains.Info{
		MinAction: money.NewAmountUint64(minStake),
		OnePool:   true,
		Token:     tok, Chain: Name, Network: network, ChainID: magic,
		Harvest:       chains.HarvestCompound,
		Actions:       []signer.Action{signer.ActionDelegate, signer.ActionUndelegate, signer.ActionRegister, signer.ActionRedelegate, signer.ActionClaim, signer.ActionTransfer},
		HeightUnit:    "block",
		FinalityDepth: set.FinalityBlocks,
		UnbondingRule: "",
	}
	return a, nil
}

// Info implements chains.Adapter.
func (a *Adapter) Info() chains.Info { return a.info }

// Interface guards
var _ chains.Adapter = (*Adapter)(nil)
