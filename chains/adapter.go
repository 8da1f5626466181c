// Package chains owns the contract between the staking pool and the chains it stakes on: the
// Adapter interface (built from small role interfaces), the shared value types (Validator,
// Position, Reward, Action, Unsigned, Signed, TxRef, TxStatus), the registry that maps a
// config `chain:` key to an adapter factory, the JSON-RPC/HTTP plumbing every adapter uses
// (bounded retries, capped Retry-After, classification of errors carried inside HTTP 200),
// and the error taxonomy every adapter reports in: retryable, rate-limited, rejected with a
// reason, unknown outcome.
//
// Adapters live in sub-packages (chains/evm/bsc, …) and must pass the acceptance suite in
// chains/chainstest. The rules every adapter follows are in README.md beside this file.
package chains

import (
	"context"
	"math/big"
	"time"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// Adapter is everything the pool asks of one chain. Implementations are safe for concurrent
// use, never see users, and report every failure in this package's taxonomy (errors.go).
// Amounts are in the token's base units, never negative.
type Adapter interface {
	// Info describes the chain and token; it does no I/O and never fails.
	Info() Info
	ValidatorReader
	PositionReader
	BalanceReader
	RewardReader
	Builder
	Broadcaster
}

// ValidatorReader lists the chain's validators.
type ValidatorReader interface {
	// Validators returns the whole validator set as the node reports it now, or an error;
	// never a partial list.
	Validators(ctx context.Context) ([]Validator, error)
}

// PositionReader reads what a custody address holds.
type PositionReader interface {
	// Positions returns one Position per validator (or pool) the owner has anything with:
	// bonded stake, stake still activating, unbonding requests, matured withdrawable funds
	// and accrued but unclaimed rewards. Validators with nothing are omitted. The list is
	// complete or the call fails.
	Positions(ctx context.Context, owner string) ([]Position, error)
}

// BalanceReader reads what a custody address holds liquid.
type BalanceReader interface {
	// Balance returns the owner's liquid balance of the staked token, in base units, as
	// the chain reports it now: the native balance where the token is the chain's own
	// (SOL, BNB, S), the token contract's balanceOf where it is an ERC-20 (POL on
	// Ethereum, AXS on Ronin), the lovelace of the address's unspent outputs on Cardano.
	// Staked, unbonding and unclaimed amounts are not in it.
	Balance(ctx context.Context, owner string) (money.Amount, error)
}

// RewardReader reads realized rewards with the on-chain references that prove them.
type RewardReader interface {
	// Head returns the chain's current height (block, slot or epoch, as Info.HeightUnit
	// says), never lower than a height this adapter returned before.
	Head(ctx context.Context) (uint64, error)
	// Rewards returns the rewards the owner realized in the window, each with the reference
	// (transaction, block, log or epoch) that proves it. Where rewards compound without a
	// transaction, the adapter reports the growth of the position net of the owner's own
	// flows, referenced by the window's end height.
	Rewards(ctx context.Context, owner string, w Window) ([]Reward, error)
}

// Builder turns a staking action into bytes to sign, and a signature into bytes to send.
type Builder interface {
	// Build checks the action against the chain (validator state, minimums, maturity,
	// claim windows: failing early with a RejectedError) and returns the unsigned payload
	// with the intent it carries. When the chain needs another action first (an ERC-20
	// allowance), Build fails with a *PrerequisiteError naming it.
	Build(ctx context.Context, a Action) (Unsigned, error)
	// Attach combines an unsigned payload with its signature into the exact bytes to
	// broadcast. It checks that the signature is by the action's owner and does no I/O.
	Attach(u Unsigned, sig signer.Signature) (Signed, error)
	// Decoder returns the function that decodes this chain's payloads back into intents,
	// for the signer to judge what it signs.
	Decoder() signer.Decoder
}

// Broadcaster submits signed transactions and follows them.
type Broadcaster interface {
	// Broadcast submits s. Submitting the same bytes again is always safe: a transaction
	// the node already knows, or that is already on chain, is a success. An error whose
	// outcome cannot be known is an *UnknownOutcomeError: the transaction may still land.
	Broadcast(ctx context.Context, s Signed) (TxRef, error)
	// Status reports where a transaction stands. It never guesses: a transaction the node
	// does not know and that is not provably dead is StateUnknown.
	Status(ctx context.Context, ref TxRef) (TxStatus, error)
}

// Replacer is implemented by adapters of chains where a stuck transaction is replaced by
// another with the same sequence and a higher fee (EVM).
type Replacer interface {
	// Replace builds a transaction with the same sequence, target and call as prev and fees
	// raised by at least the chain's replacement minimum (+10 % on EVM), or fails with a
	// RejectedError when the configured fee cap does not allow it. The result's Replaces
	// names prev, which lets Broadcast send it for an already used sequence.
	Replace(ctx context.Context, prev Signed) (Unsigned, error)
}

// GapFiller is implemented by adapters of chains with account sequences (EVM nonces). A
// sequence reserved for an action that will never be sent (the signer refused, the intent
// was cancelled) blocks every later transaction of the account until something uses it.
type GapFiller interface {
	// Fill builds a transaction that only consumes seq: a zero-value transfer from owner to
	// itself (intent action "transfer", amount zero). It refuses a seq the chain has already
	// passed. Broadcast refuses it for a seq that already has a transaction recorded.
	Fill(ctx context.Context, owner string, seq uint64) (Unsigned, error)
}

// HarvestKind says what harvesting means on a chain.
type HarvestKind string

// Harvest kinds.
const (
	// HarvestClaim: rewards accrue in the staking contract and must be claimed (or
	// restaked) by a transaction.
	HarvestClaim HarvestKind = "claim"
	// HarvestCompound: rewards compound into the position by themselves; yield is the
	// growth of the position net of our own flows.
	HarvestCompound HarvestKind = "compound"
)

// Info describes an adapter's chain and token.
type Info struct {
	Token   money.Token
	Chain   string // chain family, as money.Token.Chain and the config `chain:` key
	Network string // e.g. "mainnet", "localnet"
	ChainID string // the chain id (EVM) or genesis identifier the adapter is bound to
	// Unbonding is the nominal time from undelegate to withdrawable; zero when funds come
	// back immediately. UnbondingRule states the exact rule (e.g. "80 checkpoints").
	Unbonding     time.Duration
	UnbondingRule string
	Harvest       HarvestKind
	// Actions lists the action kinds Build supports on this chain.
	Actions []signer.Action
	// HeightUnit names what Head and Window count ("block", "slot", "epoch").
	HeightUnit string
	// FinalityDepth is how many heights after inclusion a transaction is final.
	FinalityDepth uint64
	// OnePool says the custody's stake sits with one validator at a time: a Cardano stake
	// key delegates everything at its addresses to one pool, and moving is a redelegation
	// of the whole. Planners then target a single validator.
	OnePool bool
	// MinAction is the smallest delegation the chain accepts (BNB's minimum delegation
	// change, Sui's 1 SUI); zero when the chain sets none. Planners move no less.
	MinAction money.Amount
}

// Supports reports whether Build accepts actions of kind k.
func (i Info) Supports(k signer.Action) bool {
	for _, a := range i.Actions {
		if a == k {
			return true
		}
	}
	return false
}

// ValidatorStatus is a validator's state as far as delegating to it goes.
type ValidatorStatus string

// Validator states.
const (
	ValidatorActive   ValidatorStatus = "active"   // accepts delegations and earns
	ValidatorInactive ValidatorStatus = "inactive" // registered but not earning (offline, unstaked, deactivated)
	ValidatorJailed   ValidatorStatus = "jailed"   // jailed for misbehaviour; delegations refused
	ValidatorSlashed  ValidatorStatus = "slashed"  // slashed (double sign); funds at risk
)

// Validator is one entry of a validator set.
type Validator struct {
	ID   string // the chain's own identifier: operator address, validator id, pool address
	Name string // human name where the chain stores one
	// CommissionBps is the validator's commission in basis points (1/10000).
	CommissionBps uint32
	Status        ValidatorStatus
	// TotalStake is the stake delegated to the validator, in base units.
	TotalStake money.Amount
	// Detail carries chain-specific facts worth showing (contract addresses, jail end).
	Detail string
	// Performance is what the chain reports of how the validator has been doing.
	Performance Performance
}

// Performance is how the chain itself reports a validator doing. Each chain reports what
// it has and no more: a figure it does not report is absent (a Tally with nothing due, a
// false Delinquent), never a made-up zero.
type Performance struct {
	// Produced counts, over Window, the blocks the validator was due to produce (Solana:
	// its leader slots) and how many of them it produced. Nothing due means the chain
	// reported no figure for it.
	Produced Tally
	// Delinquent is set when the chain reports the validator as not taking part in
	// consensus now (a Solana vote account in the delinquent list, a Sonic validator with
	// an offline status bit). False where the chain has no such report.
	Delinquent bool
	// Window says what Produced covers, in the chain's terms ("epoch 812").
	Window string
}

// Tally counts how many of the things due were done.
type Tally struct {
	Done, Due uint64
}

// Reported reports whether the tally holds a figure: something was due.
func (t Tally) Reported() bool { return t.Due > 0 }

// MissedBps is the share of what was due that was not done, in basis points rounded
// down; zero when nothing was due or more was done than due.
func (t Tally) MissedBps() uint32 {
	if t.Due == 0 || t.Done >= t.Due {
		return 0
	}
	missed := new(big.Int).SetUint64(t.Due - t.Done)
	missed.Mul(missed, big.NewInt(10000))
	missed.Quo(missed, new(big.Int).SetUint64(t.Due))
	return uint32(missed.Uint64())
}

// Position is what one owner holds with one validator.
type Position struct {
	Validator    string
	Bonded       money.Amount // earning stake
	Activating   money.Amount // delegated, not yet earning
	Unbonding    []Unbonding  // undelegated, not yet withdrawable
	Withdrawable money.Amount // matured, awaiting a withdraw action
	Accrued      money.Amount // rewards earned but not yet claimed
	// Mergeable is how many of the owner's separate holdings with this validator the next
	// merge action would join into one (Solana: stake accounts all fully active, else all
	// activating, on the vote account); below 2 there is nothing to merge. Zero on chains
	// that keep one holding per validator.
	Mergeable int
}

// Unbonding is one pending undelegation.
type Unbonding struct {
	// ID identifies the request for a withdraw action (wrID, unbond nonce, queue index).
	ID     string
	Amount money.Amount
	// LiquidAt is the earliest time the funds can be withdrawn, when the chain states it in
	// time; zero when the rule is in heights only (see Condition).
	LiquidAt time.Time
	// Condition states the maturity rule still to be met, e.g. "epoch >= 1234".
	Condition string
	Matured   bool
}

// RewardKind says how a reward was realized.
type RewardKind string

// Reward kinds.
const (
	RewardClaimed    RewardKind = "claimed"     // paid to custody by a claim transaction
	RewardRestaked   RewardKind = "restaked"    // compounded by a restake transaction
	RewardSideEffect RewardKind = "side-effect" // paid as a side effect of another action (buy/sell)
	RewardCompounded RewardKind = "compounded"  // growth of a self-compounding position
)

// Reward is one realized reward.
type Reward struct {
	Validator string
	Amount    money.Amount
	Kind      RewardKind
	Ref       Ref
}

// Ref points at the on-chain fact that proves a reward: a transaction and log, or a height.
type Ref struct {
	TxID     string // transaction hash; empty for compounded growth
	Height   uint64 // block, slot or epoch of the fact
	LogIndex uint   // index of the event within its block, where there is one
	Epoch    string // the chain's epoch or day, where it has one
}

// Window is an inclusive range of heights, in Info.HeightUnit.
type Window struct {
	From, To uint64
}

// Action is one staking operation to build.
type Action struct {
	Kind  signer.Action
	Owner string // the custody address that signs
	// Validator is the validator, pool or contract the action is about; empty where the
	// chain has only one pool.
	Validator string
	// ToValidator is the destination of a redelegation.
	ToValidator string
	// Amount in base units: the stake to delegate or undelegate, or the allowance to
	// approve. Zero means "all" for undelegate where the chain supports it.
	Amount money.Amount
	// Request names the unbonding request a withdraw completes (Unbonding.ID); empty means
	// every matured request where the chain allows.
	Request string
	// Key is the caller's idempotency key for this action (the pool's intent id). Building
	// again with the same key reuses the same sequence number (EVM nonce), so a rebuilt
	// transaction can only ever replace, never add to, the first. Empty means a fresh one.
	Key string
}

// Unsigned is a transaction built but not signed.
type Unsigned struct {
	Chain string
	// Payload is exactly what the chain's signing scheme signs (see the adapter's doc).
	Payload []byte
	// Intent is the adapter's reading of Payload.
	Intent signer.Intent
	// Seq is the sequence the transaction consumes (EVM nonce), if the chain has one.
	Seq uint64
	// Replaces, when set, is the transaction this one replaces with the same Seq.
	Replaces string
}

// Signed is a transaction ready to broadcast.
type Signed struct {
	Chain string
	Raw   []byte // the exact bytes to submit, the same every time
	Ref   TxRef
	// Replaces is copied from Unsigned.Replaces.
	Replaces string
}

// TxRef identifies a submitted transaction.
type TxRef struct {
	ID     string // transaction hash or signature, in the chain's usual text form
	Sender string
	Seq    uint64 // EVM nonce, when the chain has one
}

// TxState is where a transaction stands.
type TxState string

// Transaction states. Only StateFailed and StateExpired are terminal failures; StateUnknown
// never is.
const (
	StatePending   TxState = "pending"   // known to the node, not yet included
	StateConfirmed TxState = "confirmed" // included and succeeded, not yet final
	StateFinalized TxState = "finalized" // included, succeeded, past the finality depth
	StateFailed    TxState = "failed"    // included and reverted: the effect did not happen
	StateExpired   TxState = "expired"   // provably never includable (its nonce or blockhash is spent)
	StateUnknown   TxState = "unknown"   // not found, not provably dead: rebroadcast the same bytes
)

// TxStatus is the answer of Status.
type TxStatus struct {
	State         TxState
	Height        uint64 // inclusion height, when included
	Confirmations uint64 // heights on top of inclusion, counting it
	// Reason explains a failure (decoded revert) or an expiry.
	Reason string
	// Fee is what the transaction paid the network, in the staked token's base units, as
	// the chain reports it: set once the transaction is included (confirmed, finalized, or
	// failed on chain, since a reverted transaction still pays), and always set on a done
	// status (finalized or failed). It is zero while the transaction is not included or its
	// fee not yet known, and on chains whose fees are paid in another asset than the
	// staked token (POL: gas in ETH on Ethereum; AXS: gas in RON on Ronin). It is never
	// part of an action's amount: a delegation of X takes X plus Fee off the liquid
	// balance (plus any deposit the chain takes, such as Cardano's stake key deposit).
	Fee money.Amount
}

// Done reports whether the state will not change any more except by a reorganisation.
func (s TxStatus) Done() bool {
	return s.State == StateFinalized || s.State == StateFailed || s.State == StateExpired
}
