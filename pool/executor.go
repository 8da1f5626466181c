package pool

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// IntentState is where an intent stands.
type IntentState string

// Intent states. An intent moves planned -> built -> signed -> broadcast -> confirmed ->
// finalized, waiting in awaiting-approval when the signer wants approvals, and ends in
// finalized, failed or expired. Every move is stored before the next step starts.
const (
	StatePlanned          IntentState = "planned"
	StateAwaitingApproval IntentState = "awaiting-approval"
	StateBuilt            IntentState = "built"
	StateSigned           IntentState = "signed"
	StateBroadcast        IntentState = "broadcast"
	StateConfirmed        IntentState = "confirmed"
	StateFinalized        IntentState = "finalized"
	StateFailed           IntentState = "failed"
	StateExpired          IntentState = "expired"
)

// OpenStates are the states of an intent that is not done.
var OpenStates = []IntentState{StatePlanned, StateAwaitingApproval, StateBuilt, StateSigned, StateBroadcast, StateConfirmed}

// Terminal reports whether no further step will change s.
func (s IntentState) Terminal() bool {
	return s == StateFinalized || s == StateFailed || s == StateExpired
}

// IntentStore keeps intents durably; the store package implements it.
type IntentStore interface {
	// CreateIntent stores a new intent; an existing id is left alone and returns false.
	CreateIntent(ctx context.Context, id, token, state string, data []byte) (bool, error)
	// AdvanceIntent moves an intent from one state to another with new data, only if it is
	// still in from; false means another process moved it first.
	AdvanceIntent(ctx context.Context, id, from, to string, data []byte) (bool, error)
	// LoadIntent returns an intent's state and data.
	LoadIntent(ctx context.Context, id string) (state string, data []byte, err error)
	// IntentsIn lists the ids of the token's intents in the given states, oldest first.
	IntentsIn(ctx context.Context, token string, states []string) ([]string, error)
}

// Books posts ledger transactions idempotently; the store package implements it.
type Books interface {
	Post(ctx context.Context, tx ledger.Transaction) (ledger.Transaction, bool, error)
}

// Intent is one chain action on its way through the executor, with the adapter's
// references from each step.
type Intent struct {
	ID       string
	Token    string
	KeyID    string // the signer key that signs it
	Action   chains.Action
	Unsigned *chains.Unsigned `json:",omitempty"`
	Signed   *chains.Signed   `json:",omitempty"`
	Status   chains.TxStatus
	// Reason explains a failure, an expiry or a wait.
	Reason string `json:",omitempty"`
}

// ExecutorOptions wire an Executor for one token's custody key.
type ExecutorOptions struct {
	Store   IntentStore
	Books   Books
	Signer  signer.Signer
	Adapter chains.Adapter
	KeyID   string
	Logger  *slog.Logger // nil discards
	// BeforeTransition and AfterTransition, when set, run after a step's work is done and
	// before its transition is stored, and after it is stored (crash tests).
	BeforeTransition, AfterTransition func(id string, from, to IntentState)
}

// Executor drives intents through their states. After a crash it resumes from the stored
// state: a built payload is signed again (the signer returns the same signature), signed
// bytes are broadcast again (the same bytes, which chains accept once), and an outcome that
// is unknown is resolved by the chain's status before anything else happens. Each intent is
// posted to the books once, at finality, keyed by its id; the network fee its transaction
// paid in the staked token is posted once too, under FeeKey, when the intent ends included
// (finalized, or failed on chain).
type Executor struct {
	o     ExecutorOptions
	token money.Token
}

// NewExecutor checks the options.
func NewExecutor(o ExecutorOptions) (*Executor, error) {
	if o.Store == nil || o.Books == nil || o.Signer == nil || o.Adapter == nil || o.KeyID == "" {
		return nil, errors.New("executor: store, books, signer, adapter and key id are all required")
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return &Executor{o: o, token: o.Adapter.Info().Token}, nil
}

// Submit records a new intent to carry out a; submitting the same id again changes nothing
// and returns false. The id is the idempotency key of everything the intent does.
func (x *Executor) Submit(ctx context.Context, id string, a chains.Action) (bool, error) {
	a.Key = id
	data, err := json.Marshal(Intent{ID: id, Token: x.token.Symbol, KeyID: x.o.KeyID, Action: a})
	if err != nil {
		return false, fmt.Errorf("submit %s: %w", id, err)
	}
	return x.o.Store.CreateIntent(ctx, id, x.token.Symbol, string(StatePlanned), data)
}

// Resume drives every open intent of the token once, oldest first, and returns the first
// error after trying them all.
func (x *Executor) Resume(ctx context.Context) error {
	states := make([]string, len(OpenStates))
	for i, s := range OpenStates {
		states[i] = string(s)
	}
	ids, err := x.o.Store.IntentsIn(ctx, x.token.Symbol, states)
	if err != nil {
		return err
	}
	var first error
	for _, id := range ids {
		if _, err := x.Drive(ctx, id); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// Drive moves an intent as far as it can go now and returns where it stopped: a terminal
// state, or a state that waits on the chain or on approvers. An error leaves the intent in
// its stored state, to be driven again later.
func (x *Executor) Drive(ctx context.Context, id string) (IntentState, error) {
	for {
		raw, data, err := x.o.Store.LoadIntent(ctx, id)
		if err != nil {
			return "", err
		}
		state := IntentState(raw)
		var in Intent
		if err := json.Unmarshal(data, &in); err != nil {
			return state, fmt.Errorf("intent %s: %w", id, err)
		}
		next, wait, err := x.step(ctx, state, &in)
		if err != nil {
			return state, fmt.Errorf("intent %s (%s): %w", id, state, err)
		}
		if next != state {
			if err := x.advance(ctx, &in, state, next); err != nil {
				return state, err
			}
		}
		if wait || next.Terminal() {
			return next, nil
		}
	}
}

// advance stores the move from -> to with the intent's data. A concurrent move by another
// process is an error: only one driver may act on an intent.
func (x *Executor) advance(ctx context.Context, in *Intent, from, to IntentState) error {
	data, err := json.Marshal(in)
	if err != nil {
		return fmt.Errorf("intent %s: %w", in.ID, err)
	}
	if x.o.BeforeTransition != nil {
		x.o.BeforeTransition(in.ID, from, to)
	}
	ok, err := x.o.Store.AdvanceIntent(ctx, in.ID, string(from), string(to), data)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("intent %s: moved by someone else while in %s", in.ID, from)
	}
	x.o.Logger.Info("intent moved", "intent", in.ID, "from", from, "to", to, "reason", in.Reason)
	if x.o.AfterTransition != nil {
		x.o.AfterTransition(in.ID, from, to)
	}
	return nil
}

// step does the work of one state and says where the intent goes next and whether it must
// wait there.
func (x *Executor) step(ctx context.Context, state IntentState, in *Intent) (next IntentState, wait bool, err error) {
	switch state {
	case StatePlanned:
		return x.build(ctx, in)
	case StateBuilt, StateAwaitingApproval:
		return x.sign(ctx, state, in)
	case StateSigned:
		return x.broadcast(ctx, in)
	case StateBroadcast, StateConfirmed:
		return x.follow(ctx, state, in)
	}
	return state, true, nil // terminal
}

func (x *Executor) build(ctx context.Context, in *Intent) (IntentState, bool, error) {
	u, err := x.o.Adapter.Build(ctx, in.Action)
	var pre *chains.PrerequisiteError
	switch {
	case errors.As(err, &pre):
		return x.prerequisite(ctx, in, pre)
	case err != nil && chains.Classify(err) == chains.ClassRejected:
		in.Reason = err.Error()
		return StateFailed, false, nil
	case err != nil:
		return StatePlanned, false, err
	}
	in.Unsigned = &u
	return StateBuilt, false, nil
}

// prerequisite carries out, as an intent of its own, the action the chain needs first
// (an ERC-20 allowance), then lets the build be tried again.
func (x *Executor) prerequisite(ctx context.Context, in *Intent, pre *chains.PrerequisiteError) (IntentState, bool, error) {
	id := in.ID + "/" + string(pre.Need.Kind)
	need := pre.Need
	if need.Owner == "" {
		need.Owner = in.Action.Owner
	}
	created, err := x.Submit(ctx, id, need)
	if err != nil {
		return StatePlanned, false, err
	}
	if !created {
		if raw, _, err := x.o.Store.LoadIntent(ctx, id); err != nil {
			return StatePlanned, false, err
		} else if IntentState(raw) == StateFinalized {
			// Done once already and the chain still asks for it: do not go round forever.
			in.Reason = fmt.Sprintf("the chain still needs %s after prerequisite %s was carried out: %s", need.Kind, id, pre.Detail)
			return StateFailed, false, nil
		}
	}
	state, err := x.Drive(ctx, id)
	switch {
	case err != nil:
		return StatePlanned, false, err
	case state == StateFinalized:
		return StatePlanned, false, nil // build again: the chain has what it needed
	case state.Terminal():
		in.Reason = fmt.Sprintf("prerequisite %s ended %s", id, state)
		return StateFailed, false, nil
	}
	return StatePlanned, true, nil // wait for the prerequisite
}

func (x *Executor) sign(ctx context.Context, state IntentState, in *Intent) (IntentState, bool, error) {
	u := in.Unsigned
	sig, err := x.o.Signer.Sign(ctx, signer.Request{KeyID: in.KeyID, Chain: u.Chain, Payload: u.Payload, Intent: u.Intent})
	var need *signer.NeedsApprovalError
	switch {
	case errors.As(err, &need):
		in.Reason = err.Error()
		return StateAwaitingApproval, true, nil
	case errors.Is(err, signer.ErrDenied), errors.Is(err, signer.ErrLimitExceeded), errors.Is(err, signer.ErrConflictingPayload):
		in.Reason = err.Error()
		return StateFailed, false, nil
	case err != nil: // locked, unreachable: try again later
		return state, false, err
	}
	signed, err := x.o.Adapter.Attach(*u, sig)
	if err != nil {
		return state, false, err
	}
	in.Signed, in.Reason = &signed, ""
	return StateSigned, false, nil
}

func (x *Executor) broadcast(ctx context.Context, in *Intent) (IntentState, bool, error) {
	ref, err := x.o.Adapter.Broadcast(ctx, *in.Signed)
	switch chains.Classify(err) {
	case chains.ClassNone:
		in.Signed.Ref = ref
		return StateBroadcast, false, nil
	case chains.ClassUnknownOutcome:
		// It may have landed: from here only the chain's status decides.
		in.Reason = err.Error()
		return StateBroadcast, false, nil
	case chains.ClassRejected:
		in.Reason = err.Error()
		return StateFailed, false, nil
	}
	return StateSigned, false, err
}

func (x *Executor) follow(ctx context.Context, state IntentState, in *Intent) (IntentState, bool, error) {
	st, err := x.o.Adapter.Status(ctx, in.Signed.Ref)
	if err != nil {
		return state, false, err
	}
	in.Status = st
	switch st.State {
	case chains.StateFinalized:
		if err := x.post(ctx, in); err != nil {
			return state, false, err
		}
		if err := x.postFee(ctx, in); err != nil {
			return state, false, err
		}
		return StateFinalized, false, nil
	case chains.StateConfirmed:
		return StateConfirmed, true, nil
	case chains.StateFailed:
		// Included and reverted: the action did nothing, but the network was paid.
		if err := x.postFee(ctx, in); err != nil {
			return state, false, err
		}
		in.Reason = st.Reason
		return StateFailed, false, nil
	case chains.StateExpired:
		in.Reason = st.Reason
		return StateExpired, false, nil
	}
	return state, true, nil // pending or unknown: the same bytes stay out there
}

// post books a finalized intent's effect on custody, once, keyed by the intent.
func (x *Executor) post(ctx context.Context, in *Intent) error {
	tx, ok, err := bookEntry(x.token, in, x.o.Adapter.Info().Unbonding == 0)
	if err != nil || !ok {
		return err
	}
	if _, _, err := x.o.Books.Post(ctx, tx); err != nil {
		return fmt.Errorf("book intent %s: %w", in.ID, err)
	}
	return nil
}

// postFee books the network fee an intent's transaction paid in the staked token, once,
// under the intent's fee key; a fee of zero (not paid in the staked token) books nothing.
func (x *Executor) postFee(ctx context.Context, in *Intent) error {
	tx, ok := feeEntry(x.token, in)
	if !ok {
		return nil
	}
	if _, _, err := x.o.Books.Post(ctx, tx); err != nil {
		return fmt.Errorf("book the fee of intent %s: %w", in.ID, err)
	}
	return nil
}

// FeeKey is the idempotency key under which the network fee of intent id is booked.
func FeeKey(id string) string { return "intent:" + id + "/fee" }

// feeEntry is the ledger transaction of the network fee an included intent paid: it leaves
// liquid custody for the outside world, like principal withdrawn (external:chain, which
// may go negative), but under its own reason, so the buffer forecast's withdrawal history
// (NetOutflows) does not count it. ok is false when there is no fee to book.
func feeEntry(t money.Token, in *Intent) (ledger.Transaction, bool) {
	fee := in.Status.Fee
	if fee.Sign() <= 0 || in.Signed == nil {
		return ledger.Transaction{}, false
	}
	return ledger.Transaction{
		Token: t.Symbol, Key: FeeKey(in.ID), Reason: ledger.ReasonNetworkFee,
		Memo: fmt.Sprintf("network fee %s of %s (intent %s), transaction %s", t.Format(fee), in.Action.Kind, in.ID, in.Signed.Ref.ID),
		Postings: []ledger.Posting{
			{Account: ledger.ExternalChain, Amount: fee},
			{Account: ledger.CustodyHot, Amount: fee.Neg()},
		},
	}, true
}

// bookEntry is the ledger transaction of a finalized intent; ok is false for actions that
// move no custody between accounts (claims are booked by harvest, allowances move nothing).
// On a chain without unbonding (immediate), undelegated stake is liquid at once.
func bookEntry(t money.Token, in *Intent, immediate bool) (ledger.Transaction, bool, error) {
	a := in.Action
	if a.Amount.IsZero() {
		return ledger.Transaction{}, false, nil
	}
	var from, to ledger.Account
	var reason ledger.Reason
	var err error
	switch a.Kind {
	case signer.ActionDelegate:
		from, reason = ledger.CustodyHot, ledger.ReasonDelegate
		to, err = ledger.Delegated(a.Validator)
	case signer.ActionUndelegate:
		reason = ledger.ReasonUndelegate
		from, err = ledger.Delegated(a.Validator)
		switch {
		case err != nil:
		case immediate:
			to = ledger.CustodyHot
		default:
			to, err = ledger.ParseAccount("custody:unbonding/" + a.Validator)
		}
	case signer.ActionWithdraw:
		to, reason = ledger.CustodyHot, ledger.ReasonUnbondComplete
		from, err = ledger.ParseAccount("custody:unbonding/" + a.Validator)
	case signer.ActionRedelegate:
		reason = ledger.ReasonRedelegate
		if from, err = ledger.Delegated(a.Validator); err == nil {
			to, err = ledger.Delegated(a.ToValidator)
		}
	default:
		return ledger.Transaction{}, false, nil
	}
	if err != nil {
		return ledger.Transaction{}, false, fmt.Errorf("book intent %s: %w", in.ID, err)
	}
	return ledger.Transaction{
		Token: t.Symbol, Key: "intent:" + in.ID, Reason: reason,
		Memo: fmt.Sprintf("%s %s, transaction %s", a.Kind, t.Format(a.Amount), in.Signed.Ref.ID),
		Postings: []ledger.Posting{
			{Account: to, Amount: a.Amount},
			{Account: from, Amount: a.Amount.Neg()},
		},
	}, true, nil
}
