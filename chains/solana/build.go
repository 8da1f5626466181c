package solana

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strconv"

	sol "github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/stake"
	"github.com/gagliardetto/solana-go/programs/system"
	"github.com/gagliardetto/solana-go/rpc"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

// stakeMerge is the Stake program's Merge instruction (StakeInstruction index 7), which
// solana-go does not build.
const stakeMerge = 7

// maxSeedIndex bounds the search for a free stake account address.
const maxSeedIndex = 1000

// Build checks a against the chain and returns the unsigned message. Building again with
// the same Action.Key while the earlier build's blockhash is valid returns that build.
func (a *Adapter) Build(ctx context.Context, act chains.Action) (chains.Unsigned, error) {
	if err := ctx.Err(); err != nil {
		return chains.Unsigned{}, err
	}
	if act.Key != "" {
		if u, ok, err := a.reuse(ctx, act.Key); err != nil || ok {
			return u, err
		}
	}
	owner, err := a.owner(act.Owner)
	if err != nil {
		return chains.Unsigned{}, err
	}
	var p plan
	switch act.Kind {
	case signer.ActionDelegate:
		p, err = a.planDelegate(ctx, owner, act)
	case signer.ActionUndelegate, signer.ActionSplit:
		p, err = a.planSplit(ctx, owner, act)
	case signer.ActionWithdraw:
		p, err = a.planWithdraw(ctx, owner, act)
	case signer.ActionMerge:
		p, err = a.planMerge(ctx, owner, act)
	default:
		return chains.Unsigned{}, fmt.Errorf("solana %q: %w", act.Kind, chains.ErrUnsupported)
	}
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("%s: %w", act.Kind, err)
	}
	u, err := a.assemble(ctx, owner, p)
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("%s: %w", act.Kind, err)
	}
	if act.Key != "" {
		a.mu.Lock()
		a.builds[act.Key] = keyedBuild{u: u}
		a.mu.Unlock()
	}
	return u, nil
}

// reuse returns the build remembered for key while its blockhash can still land; once the
// node's block height has passed its lastValidBlockHeight it is forgotten.
func (a *Adapter) reuse(ctx context.Context, key string) (chains.Unsigned, bool, error) {
	a.mu.Lock()
	b, ok := a.builds[key]
	a.mu.Unlock()
	if !ok {
		return chains.Unsigned{}, false, nil
	}
	h, err := a.blockHeight(ctx, rpc.CommitmentConfirmed)
	if err != nil {
		return chains.Unsigned{}, false, err
	}
	if h <= b.u.Seq {
		return b.u, true, nil
	}
	a.mu.Lock()
	delete(a.builds, key)
	a.mu.Unlock()
	return chains.Unsigned{}, false, nil
}

// owner parses and checks the custody address of an action.
func (a *Adapter) owner(s string) (sol.PublicKey, error) {
	k, err := parseKey("owner", s)
	if err != nil {
		return k, err
	}
	if len(a.custody) > 0 && !slices.Contains(a.custody, s) {
		return k, chains.Rejected(chains.ReasonInvalid, "%s is not a configured custody address", s)
	}
	return k, nil
}

// plan is a transaction to assemble and the intent it must read as.
type plan struct {
	ixs    []sol.Instruction
	action signer.Action
	to     string
	amount uint64
}

// meta is an account of an instruction.
func meta(k sol.PublicKey, writable, signer bool) *sol.AccountMeta {
	return &sol.AccountMeta{PublicKey: k, IsWritable: writable, IsSigner: signer}
}

// rebuild re-issues a library-built instruction with the account flags the stake program
// needs for seeded accounts (solana-go marks the stake account as a signer, which a seeded
// account cannot be).
func rebuild(in interface {
	ProgramID() sol.PublicKey
	Data() ([]byte, error)
}, metas ...*sol.AccountMeta) (sol.Instruction, error) {
	d, err := in.Data()
	if err != nil {
		return nil, fmt.Errorf("encode instruction: %w", err)
	}
	return sol.NewInstruction(in.ProgramID(), metas, d), nil
}

func lamportsOf(what string, x money.Amount) (uint64, error) {
	if x.Sign() <= 0 {
		return 0, chains.Rejected(chains.ReasonInvalid, "%s needs a positive amount, got %s", what, x)
	}
	b := x.Big()
	if !b.IsUint64() {
		return 0, chains.Rejected(chains.ReasonInsufficientFunds, "%s lamports do not fit in 64 bits", x)
	}
	return b.Uint64(), nil
}

func (a *Adapter) rent(ctx context.Context, size uint64) (uint64, error) {
	return call(ctx, a, "rent exemption", func(ctx context.Context) (uint64, error) {
		return a.rpc.GetMinimumBalanceForRentExemption(ctx, size, rpc.CommitmentConfirmed)
	})
}

func (a *Adapter) balance(ctx context.Context, k sol.PublicKey) (uint64, error) {
	res, err := call(ctx, a, "balance", func(ctx context.Context) (*rpc.GetBalanceResult, error) {
		return a.rpc.GetBalance(ctx, k, rpc.CommitmentConfirmed)
	})
	if err != nil {
		return 0, err
	}
	if res == nil {
		return 0, fmt.Errorf("balance of %s: empty answer: %w", k, chains.ErrMisconfigured)
	}
	return res.Value, nil
}

func (a *Adapter) blockHeight(ctx context.Context, c rpc.CommitmentType) (uint64, error) {
	return call(ctx, a, "block height", func(ctx context.Context) (uint64, error) {
		return a.rpc.GetBlockHeight(ctx, c)
	})
}

// afford checks that owner can pay need lamports plus the fee and stay rent-exempt.
func (a *Adapter) afford(ctx context.Context, owner sol.PublicKey, need uint64) error {
	bal, err := a.balance(ctx, owner)
	if err != nil {
		return err
	}
	floor, err := a.rent(ctx, 0)
	if err != nil {
		return err
	}
	total := need + a.set.FeePerSignature + floor
	if total < need || bal < total {
		return chains.Rejected(chains.ReasonInsufficientFunds, "%s holds %d lamports, needs %d (with fee and its own rent reserve)", owner, bal, total)
	}
	return nil
}

// seed names the stake account number index of owner with vote: the vote account's first
// 20 characters and the index, so the address is derived from custody key, validator and
// index alone.
func seed(vote sol.PublicKey, index int) string {
	return vote.String()[:20] + "-" + strconv.Itoa(index)
}

// freeAccount returns the first seeded stake account address for vote that holds nothing.
func (a *Adapter) freeAccount(ctx context.Context, owner, vote sol.PublicKey) (sol.PublicKey, string, error) {
	for i := range maxSeedIndex {
		s := seed(vote, i)
		addr, err := sol.CreateWithSeed(owner, s, sol.StakeProgramID)
		if err != nil {
			return sol.PublicKey{}, "", fmt.Errorf("derive stake account: %w", err)
		}
		res, err := call(ctx, a, "account "+addr.String(), func(ctx context.Context) (*rpc.GetAccountInfoResult, error) {
			r, err := a.rpc.GetAccountInfoWithOpts(ctx, addr, &rpc.GetAccountInfoOpts{Commitment: rpc.CommitmentConfirmed, Encoding: sol.EncodingBase64})
			if err == rpc.ErrNotFound {
				return nil, nil
			}
			return r, err
		})
		if err != nil {
			return sol.PublicKey{}, "", err
		}
		if res == nil || res.Value == nil || res.Value.Lamports == 0 {
			return addr, s, nil
		}
	}
	return sol.PublicKey{}, "", chains.Rejected(chains.ReasonLimitExceeded, "%d stake accounts with %s already", maxSeedIndex, vote)
}

// createStake returns the instruction creating a seeded, rent-exempt stake account.
func createStake(owner, addr sol.PublicKey, seed string, reserve uint64) (sol.Instruction, error) {
	in := system.NewCreateAccountWithSeedInstruction(owner, seed, reserve, stakeAccountSize, sol.StakeProgramID, owner, addr, owner).Build()
	return rebuild(in, meta(owner, true, true), meta(addr, true, false), meta(owner, false, true))
}

func (a *Adapter) planDelegate(ctx context.Context, owner sol.PublicKey, act chains.Action) (plan, error) {
	amount, err := lamportsOf("delegate", act.Amount)
	if err != nil {
		return plan{}, err
	}
	if amount < a.set.MinDelegation {
		return plan{}, chains.Rejected(chains.ReasonBelowMinimum, "%d lamports is below the minimum delegation of %d", amount, a.set.MinDelegation)
	}
	vote, err := parseKey("validator", act.Validator)
	if err != nil {
		return plan{}, chains.Rejected(chains.ReasonValidatorInactive, "%v", err)
	}
	if err := a.voteAccount(ctx, vote); err != nil {
		return plan{}, err
	}
	reserve, err := a.rent(ctx, stakeAccountSize)
	if err != nil {
		return plan{}, err
	}
	if err := a.afford(ctx, owner, amount+reserve); err != nil {
		return plan{}, err
	}
	addr, s, err := a.freeAccount(ctx, owner, vote)
	if err != nil {
		return plan{}, err
	}
	create, err := createStake(owner, addr, s, reserve)
	if err != nil {
		return plan{}, err
	}
	transfer := system.NewTransferInstruction(amount, owner, addr).Build()
	initialize, err := rebuild(stake.NewInitializeInstruction(owner, owner, addr).Build(),
		meta(addr, true, false), meta(sol.SysVarRentPubkey, false, false))
	if err != nil {
		return plan{}, err
	}
	delegate, err := rebuild(stake.NewDelegateStakeInstruction(vote, owner, addr).Build(),
		meta(addr, true, false), meta(vote, false, false), meta(sol.SysVarClockPubkey, false, false),
		meta(sol.SysVarStakeHistoryPubkey, false, false), meta(sol.SysVarStakeConfigPubkey, false, false), meta(owner, false, true))
	if err != nil {
		return plan{}, err
	}
	return plan{ixs: []sol.Instruction{create, transfer, initialize, delegate}, action: signer.ActionDelegate, to: vote.String(), amount: amount}, nil
}

// delegatedTo returns the owner's accounts delegated to vote in the given phases.
func delegatedTo(accs []stakeAccount, vote string, epoch uint64, phases ...phase) []stakeAccount {
	var out []stakeAccount
	for _, s := range accs {
		if s.voter == vote && slices.Contains(phases, s.phase(epoch)) {
			out = append(out, s)
		}
	}
	return out
}

// planSplit builds split (a new account with part of a stake) and undelegate (the same,
// deactivated; or a whole account deactivated).
func (a *Adapter) planSplit(ctx context.Context, owner sol.PublicKey, act chains.Action) (plan, error) {
	undelegate := act.Kind == signer.ActionUndelegate
	if act.Amount.Sign() < 0 || (!undelegate && act.Amount.Sign() == 0) {
		return plan{}, chains.Rejected(chains.ReasonInvalid, "amount %s", act.Amount)
	}
	vote, err := parseKey("validator", act.Validator)
	if err != nil {
		return plan{}, err
	}
	ei, err := a.epochInfo(ctx)
	if err != nil {
		return plan{}, err
	}
	accs, err := a.stakeAccounts(ctx, owner)
	if err != nil {
		return plan{}, err
	}
	cands := delegatedTo(accs, vote.String(), ei.Epoch, phaseActive, phaseActivating)
	if len(cands) == 0 {
		return plan{}, chains.Rejected(chains.ReasonInsufficientFunds, "no active or activating stake with %s", vote)
	}
	// Largest first: a split leaves the most behind.
	slices.SortStableFunc(cands, func(x, y stakeAccount) int {
		switch {
		case x.stake > y.stake:
			return -1
		case x.stake < y.stake:
			return 1
		}
		return 0
	})
	var total uint64
	for _, c := range cands {
		total += c.stake
	}
	amount := uint64(0)
	if act.Amount.Sign() > 0 {
		b := act.Amount.Big()
		if !b.IsUint64() || b.Uint64() > total {
			return plan{}, chains.Rejected(chains.ReasonInsufficientFunds, "%s lamports asked, %d staked with %s", act.Amount, total, vote)
		}
		amount = b.Uint64()
	}
	deactivate := func(addr sol.PublicKey) (sol.Instruction, error) {
		return rebuild(stake.NewDeactivateInstruction(addr, owner).Build(),
			meta(addr, true, false), meta(sol.SysVarClockPubkey, false, false), meta(owner, false, true))
	}
	if undelegate {
		var whole *stakeAccount
		switch {
		case amount == 0 && len(cands) == 1:
			whole = &cands[0]
		case amount == 0:
			return plan{}, &chains.PrerequisiteError{Need: chains.Action{Kind: signer.ActionMerge, Owner: act.Owner, Validator: act.Validator},
				Detail: fmt.Sprintf("%d stake accounts with %s: merge them to undelegate everything at once", len(cands), vote)}
		default:
			for i := range cands {
				if cands[i].stake == amount {
					whole = &cands[i]
					break
				}
			}
		}
		if whole != nil {
			if err := a.afford(ctx, owner, 0); err != nil {
				return plan{}, err
			}
			in, err := deactivate(whole.addr)
			if err != nil {
				return plan{}, err
			}
			return plan{ixs: []sol.Instruction{in}, action: signer.ActionUndelegate, to: whole.addr.String()}, nil
		}
	}
	src := cands[0]
	if src.stake < amount+a.set.MinDelegation {
		return plan{}, &chains.PrerequisiteError{Need: chains.Action{Kind: signer.ActionMerge, Owner: act.Owner, Validator: act.Validator},
			Detail: fmt.Sprintf("no single stake account with %s holds %d lamports plus the minimum delegation", vote, amount)}
	}
	if amount < a.set.MinDelegation {
		return plan{}, chains.Rejected(chains.ReasonBelowMinimum, "%d lamports is below the minimum delegation of %d", amount, a.set.MinDelegation)
	}
	reserve, err := a.rent(ctx, stakeAccountSize)
	if err != nil {
		return plan{}, err
	}
	if err := a.afford(ctx, owner, reserve); err != nil {
		return plan{}, err
	}
	addr, s, err := a.freeAccount(ctx, owner, vote)
	if err != nil {
		return plan{}, err
	}
	create, err := createStake(owner, addr, s, reserve)
	if err != nil {
		return plan{}, err
	}
	split, err := rebuild(stake.NewSplitInstruction(amount, src.addr, addr, owner).Build(),
		meta(src.addr, true, false), meta(addr, true, false), meta(owner, false, true))
	if err != nil {
		return plan{}, err
	}
	p := plan{ixs: []sol.Instruction{create, split}, action: signer.ActionSplit, to: src.addr.String(), amount: amount}
	if undelegate {
		in, err := deactivate(addr)
		if err != nil {
			return plan{}, err
		}
		p.ixs, p.action = append(p.ixs, in), signer.ActionUndelegate
	}
	return p, nil
}

// planWithdraw withdraws a whole inactive stake account (Action.Request, or the first one
// of the validator) to the owner.
func (a *Adapter) planWithdraw(ctx context.Context, owner sol.PublicKey, act chains.Action) (plan, error) {
	ei, err := a.epochInfo(ctx)
	if err != nil {
		return plan{}, err
	}
	accs, err := a.stakeAccounts(ctx, owner)
	if err != nil {
		return plan{}, err
	}
	var pick *stakeAccount
	cooling := ""
	for i, s := range accs {
		if act.Request != "" && s.addr.String() != act.Request {
			continue
		}
		if act.Request == "" && act.Validator != "" && s.voter != act.Validator {
			continue
		}
		switch s.phase(ei.Epoch) {
		case phaseInactive, phaseInitialized:
			pick = &accs[i]
		case phaseDeactivating:
			cooling = fmt.Sprintf("stake account %s is deactivating until epoch %d (now %d)", s.addr, s.deactivation+1, ei.Epoch)
		default:
			if act.Request != "" {
				return plan{}, chains.Rejected(chains.ReasonNotMatured, "stake account %s is still delegated: undelegate it and wait for the epoch boundary", s.addr)
			}
		}
		if pick != nil {
			break
		}
	}
	switch {
	case pick == nil && cooling != "":
		return plan{}, chains.Rejected(chains.ReasonNotMatured, "%s", cooling)
	case pick == nil && act.Request != "":
		return plan{}, chains.Rejected(chains.ReasonNothingToClaim, "%s is not a stake account of %s", act.Request, owner)
	case pick == nil:
		return plan{}, chains.Rejected(chains.ReasonNothingToClaim, "no inactive stake account of %s with %q", owner, act.Validator)
	}
	if act.Validator != "" && pick.voter != "" && pick.voter != act.Validator {
		return plan{}, chains.Rejected(chains.ReasonInvalid, "stake account %s is delegated to %s, not %s", pick.addr, pick.voter, act.Validator)
	}
	if err := a.afford(ctx, owner, 0); err != nil {
		return plan{}, err
	}
	in, err := rebuild(stake.NewWithdrawInstructionBuilder().SetLamports(pick.lamports).SetStakeAccount(pick.addr).
		SetRecipientAccount(owner).SetClockSysvar(sol.SysVarClockPubkey).SetStakeHistorySysvar(sol.SysVarStakeHistoryPubkey).
		SetWithdrawAuthority(owner).Build(),
		meta(pick.addr, true, false), meta(owner, true, false), meta(sol.SysVarClockPubkey, false, false),
		meta(sol.SysVarStakeHistoryPubkey, false, false), meta(owner, false, true))
	if err != nil {
		return plan{}, err
	}
	return plan{ixs: []sol.Instruction{in}, action: signer.ActionWithdraw, to: pick.addr.String(), amount: pick.lamports}, nil
}

// mergeInstruction builds Stake instruction 7: source drained into destination.
func mergeInstruction(dst, src, authority sol.PublicKey) sol.Instruction {
	d := binary.LittleEndian.AppendUint32(nil, stakeMerge)
	return sol.NewInstruction(sol.StakeProgramID, sol.AccountMetaSlice{
		meta(dst, true, false), meta(src, true, false), meta(sol.SysVarClockPubkey, false, false),
		meta(sol.SysVarStakeHistoryPubkey, false, false), meta(authority, false, true),
	}, d)
}

// planMerge merges the owner's stake accounts with a validator that the stake program lets
// merge: all fully active ones into the largest, or else all activating ones. With
// Action.Request, only that account is merged into the largest compatible other.
func (a *Adapter) planMerge(ctx context.Context, owner sol.PublicKey, act chains.Action) (plan, error) {
	vote, err := parseKey("validator", act.Validator)
	if err != nil {
		return plan{}, err
	}
	ei, err := a.epochInfo(ctx)
	if err != nil {
		return plan{}, err
	}
	accs, err := a.stakeAccounts(ctx, owner)
	if err != nil {
		return plan{}, err
	}
	var group []stakeAccount
	for _, ph := range []phase{phaseActive, phaseActivating} {
		g := delegatedTo(accs, vote.String(), ei.Epoch, ph)
		if act.Request != "" && !slices.ContainsFunc(g, func(s stakeAccount) bool { return s.addr.String() == act.Request }) {
			continue
		}
		if len(g) >= 2 {
			group = g
			break
		}
	}
	if len(group) < 2 {
		return plan{}, chains.Rejected(chains.ReasonNothingToClaim, "no two stake accounts with %s that can merge (both fully active, or both activating)", vote)
	}
	dst := group[0]
	for _, s := range group[1:] {
		if s.stake > dst.stake && s.addr.String() != act.Request {
			dst = s
		}
	}
	if dst.addr.String() == act.Request {
		for _, s := range group {
			if s.addr != dst.addr {
				dst = s
				break
			}
		}
	}
	if err := a.afford(ctx, owner, 0); err != nil {
		return plan{}, err
	}
	var ixs []sol.Instruction
	for _, s := range group {
		if s.addr == dst.addr || (act.Request != "" && s.addr.String() != act.Request) {
			continue
		}
		ixs = append(ixs, mergeInstruction(dst.addr, s.addr, owner))
	}
	return plan{ixs: ixs, action: signer.ActionMerge, to: dst.addr.String()}, nil
}

// assemble takes a blockhash at `confirmed`, builds the message with owner paying, and
// checks that the decoder reads back the planned intent.
func (a *Adapter) assemble(ctx context.Context, owner sol.PublicKey, p plan) (chains.Unsigned, error) {
	bh, err := call(ctx, a, "latest blockhash", func(ctx context.Context) (*rpc.GetLatestBlockhashResult, error) {
		return a.rpc.GetLatestBlockhash(ctx, rpc.CommitmentConfirmed)
	})
	if err != nil {
		return chains.Unsigned{}, err
	}
	if bh == nil || bh.Value == nil || bh.Value.LastValidBlockHeight == 0 || bh.Value.LastValidBlockHeight == math.MaxUint64 {
		return chains.Unsigned{}, fmt.Errorf("latest blockhash: empty answer: %w", chains.ErrMisconfigured)
	}
	tx, err := sol.NewTransaction(p.ixs, bh.Value.Blockhash, sol.TransactionPayer(owner))
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("assemble transaction: %w", err)
	}
	payload, err := tx.Message.MarshalBinary()
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("encode message: %w", err)
	}
	in, err := a.Decoder()(payload)
	if err != nil {
		return chains.Unsigned{}, fmt.Errorf("decode own payload: %v: %w", err, chains.ErrMisconfigured)
	}
	want := money.NewAmountUint64(p.amount)
	if in.Action != p.action || in.To != p.to || !in.Amount.Equal(want) || in.From != owner.String() {
		return chains.Unsigned{}, fmt.Errorf("payload reads as %s %s %s, built as %s %s %d: %w", in.Action, in.To, in.Amount, p.action, p.to, p.amount, chains.ErrMisconfigured)
	}
	return chains.Unsigned{Chain: Chain, Payload: payload, Intent: in, Seq: bh.Value.LastValidBlockHeight}, nil
}
