package solanasim

import (
	"fmt"
)

// Custom error codes of the system program (SystemError) and the stake program
// (StakeError), as the chain reports them in InstructionError::Custom.
const (
	sysAccountAlreadyInUse        = 0
	sysResultWithNegativeLamports = 1
	sysInvalidAccountDataLength   = 3
	sysMaxSeedLengthExceeded      = 4
	sysAddressWithSeedMismatch    = 5

	stakeLockupInForce          = 1
	stakeAlreadyDeactivated     = 2
	stakeTooSoonToRedelegate    = 3
	stakeInsufficientStake      = 4
	stakeMergeTransientStake    = 5
	stakeMergeMismatch          = 6
	stakeInsufficientDelegation = 12
)

// ixError is an InstructionError: a named error or a program's custom code.
type ixError struct {
	name   string // "InsufficientFunds", "Custom", …
	custom uint32
}

func ierr(name string) *ixError   { return &ixError{name: name} }
func custom(code uint32) *ixError { return &ixError{name: "Custom", custom: code} }

func (e *ixError) text() string {
	if e.name == "Custom" {
		return fmt.Sprintf("custom program error: 0x%x", e.custom)
	}
	return e.name
}

// TxError is a TransactionError as the RPC reports it: a transaction-level error, or an
// instruction error with its index.
type TxError struct {
	Name  string // "InstructionError", "BlockhashNotFound", "InsufficientFundsForRent", …
	Index int    // the instruction (InstructionError) or account (InsufficientFundsForRent) index
	ix    *ixError
}

// JSON returns the error in the RPC's JSON shape.
func (e *TxError) JSON() any {
	switch e.Name {
	case "InstructionError":
		if e.ix.name == "Custom" {
			return map[string]any{"InstructionError": []any{e.Index, map[string]any{"Custom": e.ix.custom}}}
		}
		return map[string]any{"InstructionError": []any{e.Index, e.ix.name}}
	case "InsufficientFundsForRent":
		return map[string]any{"InsufficientFundsForRent": map[string]any{"account_index": e.Index}}
	}
	return e.Name
}

func (e *TxError) Error() string {
	switch e.Name {
	case "InstructionError":
		return fmt.Sprintf("Error processing Instruction %d: %s", e.Index, e.ix.text())
	case "BlockhashNotFound":
		return "Blockhash not found"
	case "AlreadyProcessed":
		return "This transaction has already been processed"
	case "AccountNotFound":
		return "Attempt to debit an account but found no record of a prior credit."
	case "InsufficientFundsForFee":
		return "Insufficient funds for fee"
	case "InsufficientFundsForRent":
		return fmt.Sprintf("Transaction results in an account (%d) with insufficient funds for rent", e.Index)
	}
	return e.Name
}

// env is what one transaction executes against.
type env struct {
	l             *ledger
	msg           *message
	epoch         uint64
	unixTime      int64
	votes         map[Pubkey]*vote
	minDelegation uint64
}

// ixCtx is one instruction being executed.
type ixCtx struct {
	*env
	ix      instruction
	signers map[Pubkey]bool
}

func (c *ixCtx) n() int { return len(c.ix.accounts) }

func (c *ixCtx) key(pos int) Pubkey { return c.msg.keys[c.ix.accounts[pos]] }

func (c *ixCtx) acct(pos int) *account {
	k := c.key(pos)
	a, ok := c.l.accounts[k]
	if !ok {
		a = &account{}
		c.l.accounts[k] = a
	}
	return a
}

func (c *ixCtx) writable(pos int) bool { return c.msg.isWritable(c.ix.accounts[pos]) }

// execute runs the message's instructions in order against e.l, stopping at the first error.
func (e *env) execute() *TxError {
	for i, ix := range e.msg.ixs {
		c := &ixCtx{env: e, ix: ix, signers: map[Pubkey]bool{}}
		for _, a := range ix.accounts {
			if e.msg.isSigner(a) {
				c.signers[e.msg.keys[a]] = true
			}
		}
		var err *ixError
		switch e.msg.keys[ix.program] {
		case SystemProgram:
			err = c.system()
		case StakeProgram:
			err = c.stakeProgram()
		default:
			err = ierr("UnsupportedProgramId")
		}
		if err != nil {
			return &TxError{Name: "InstructionError", Index: i, ix: err}
		}
	}
	return nil
}

func (c *ixCtx) system() *ixError {
	d := newLE(c.ix.data)
	switch d.u32() {
	case 0: // CreateAccount
		lamports, space, owner := d.u64(), d.u64(), d.key()
		if d.done() != nil || c.n() < 2 {
			return ierr("InvalidInstructionData")
		}
		if !c.signers[c.key(1)] {
			return ierr("MissingRequiredSignature")
		}
		return c.create(lamports, space, owner)
	case 2: // Transfer
		lamports := d.u64()
		if d.done() != nil || c.n() < 2 {
			return ierr("InvalidInstructionData")
		}
		from, to := c.acct(0), c.acct(1)
		switch {
		case !c.signers[c.key(0)]:
			return ierr("MissingRequiredSignature")
		case !c.writable(0) || !c.writable(1):
			return ierr("ReadonlyLamportChange")
		case from.space > 0 || from.owner != SystemProgram:
			return ierr("InvalidArgument")
		case lamports > from.lamports:
			return custom(sysResultWithNegativeLamports)
		}
		from.lamports -= lamports
		to.lamports += lamports
		return nil
	case 3: // CreateAccountWithSeed
		base, seed, lamports, space, owner := d.key(), d.str(), d.u64(), d.u64(), d.key()
		if d.done() != nil || c.n() < 2 {
			return ierr("InvalidInstructionData")
		}
		if len(seed) > maxSeedLen {
			return custom(sysMaxSeedLengthExceeded)
		}
		addr, _ := CreateWithSeed(base, seed, owner)
		if addr != c.key(1) {
			return custom(sysAddressWithSeedMismatch)
		}
		if !c.signers[base] {
			return ierr("MissingRequiredSignature")
		}
		return c.create(lamports, space, owner)
	}
	return ierr("InvalidInstructionData")
}

// create funds and allocates account 1 from account 0.
func (c *ixCtx) create(lamports, space uint64, owner Pubkey) *ixError {
	from, to := c.acct(0), c.acct(1)
	switch {
	case !c.signers[c.key(0)]:
		return ierr("MissingRequiredSignature")
	case !c.writable(0) || !c.writable(1):
		return ierr("ReadonlyLamportChange")
	case to.lamports > 0 || to.space > 0 || to.owner != SystemProgram:
		return custom(sysAccountAlreadyInUse)
	case space > 10<<20:
		return custom(sysInvalidAccountDataLength)
	case from.space > 0 || from.owner != SystemProgram:
		return ierr("InvalidArgument")
	case lamports > from.lamports:
		return custom(sysResultWithNegativeLamports)
	}
	from.lamports -= lamports
	to.lamports, to.space, to.owner = lamports, space, owner
	if owner == StakeProgram {
		to.stake = &stakeState{}
	}
	return nil
}

func (c *ixCtx) stakeProgram() *ixError {
	if c.n() < 1 {
		return ierr("NotEnoughAccountKeys")
	}
	st := c.acct(0)
	if st.owner != StakeProgram || st.stake == nil {
		return ierr("InvalidAccountOwner")
	}
	if !c.writable(0) {
		return ierr("ReadonlyDataModified")
	}
	d := newLE(c.ix.data)
	op := d.u32()
	switch op {
	case 0: // Initialize
		var m meta
		m.staker, m.withdrawer = d.key(), d.key()
		m.lockupTS, m.lockupEpoch, m.custodian = int64(d.u64()), d.u64(), d.key()
		if d.done() != nil {
			return ierr("InvalidInstructionData")
		}
		if err := c.sysvar(1, RentSysvar); err != nil {
			return err
		}
		return c.initialize(st, m)
	case 2:
		if d.done() != nil {
			return ierr("InvalidInstructionData")
		}
		return c.delegate(st)
	case 3:
		lamports := d.u64()
		if d.done() != nil {
			return ierr("InvalidInstructionData")
		}
		return c.split(st, lamports)
	case 4:
		lamports := d.u64()
		if d.done() != nil {
			return ierr("InvalidInstructionData")
		}
		return c.withdraw(st, lamports)
	case 5:
		if d.done() != nil {
			return ierr("InvalidInstructionData")
		}
		return c.deactivate(st)
	case 7:
		if d.done() != nil {
			return ierr("InvalidInstructionData")
		}
		return c.merge(st)
	}
	return ierr("InvalidInstructionData")
}

// sysvar checks that account pos is the named sysvar.
func (c *ixCtx) sysvar(pos int, want Pubkey) *ixError {
	if c.n() <= pos {
		return ierr("NotEnoughAccountKeys")
	}
	if c.key(pos) != want {
		return ierr("InvalidArgument")
	}
	return nil
}

func (c *ixCtx) initialize(st *account, m meta) *ixError {
	if st.space != StakeAccountSize || st.stake.tag != stakeUninitialized {
		return ierr("InvalidAccountData")
	}
	m.reserve = RentExempt(st.space)
	if st.lamports < m.reserve {
		return ierr("InsufficientFunds")
	}
	st.stake.tag, st.stake.meta = stakeInitialized, m
	return nil
}

func (c *ixCtx) delegate(st *account) *ixError {
	if c.n() < 5 {
		return ierr("NotEnoughAccountKeys")
	}
	if err := c.sysvar(2, ClockSysvar); err != nil {
		return err
	}
	if err := c.sysvar(3, StakeHistorySysvar); err != nil {
		return err
	}
	voter := c.key(1)
	if c.acct(1).owner != VoteProgram || c.votes[voter] == nil {
		return ierr("IncorrectProgramId")
	}
	s := st.stake
	if s.tag != stakeInitialized && s.tag != stakeDelegated {
		return ierr("InvalidAccountData")
	}
	if !c.signers[s.meta.staker] {
		return ierr("MissingRequiredSignature")
	}
	if s.tag == stakeDelegated {
		eff, act, deact := s.del.status(c.epoch)
		if eff+act+deact > 0 {
			if s.del.voter == voter && c.epoch == s.del.deactivation {
				s.del.deactivation = maxEpoch // rescind the deactivation
				return nil
			}
			return custom(stakeTooSoonToRedelegate)
		}
	}
	stake := sat(st.lamports, s.meta.reserve)
	if stake < c.minDelegation || stake == 0 {
		return custom(stakeInsufficientDelegation)
	}
	s.tag = stakeDelegated
	s.del = delegation{voter: voter, stake: stake, activation: c.epoch, deactivation: maxEpoch}
	s.creditsObserved = c.votes[voter].credits
	return nil
}

func (c *ixCtx) deactivate(st *account) *ixError {
	if err := c.sysvar(1, ClockSysvar); err != nil {
		return err
	}
	s := st.stake
	if s.tag != stakeDelegated {
		return ierr("InvalidAccountData")
	}
	if !c.signers[s.meta.staker] {
		return ierr("MissingRequiredSignature")
	}
	if s.del.deactivation != maxEpoch {
		return custom(stakeAlreadyDeactivated)
	}
	s.del.deactivation = c.epoch
	return nil
}

func (c *ixCtx) split(st *account, lamports uint64) *ixError {
	if c.n() < 3 {
		return ierr("NotEnoughAccountKeys")
	}
	dst := c.acct(1)
	switch {
	case !c.writable(1):
		return ierr("ReadonlyDataModified")
	case c.key(0) == c.key(1):
		return ierr("InvalidArgument")
	case dst.owner != StakeProgram || dst.stake == nil:
		return ierr("IncorrectProgramId")
	case dst.space != StakeAccountSize || dst.stake.tag != stakeUninitialized:
		return ierr("InvalidAccountData")
	}
	s := st.stake
	if s.tag != stakeInitialized && s.tag != stakeDelegated {
		return ierr("InvalidAccountData")
	}
	if !c.signers[s.meta.staker] {
		return ierr("MissingRequiredSignature")
	}
	var additional uint64
	active := false
	if s.tag == stakeDelegated {
		additional = c.minDelegation
		eff, _, _ := s.del.status(c.epoch)
		active = eff > 0
	}
	if lamports == 0 || lamports > st.lamports {
		return ierr("InsufficientFunds")
	}
	remaining := st.lamports - lamports
	if remaining != 0 && remaining < s.meta.reserve+additional {
		return ierr("InsufficientFunds")
	}
	dstReserve := RentExempt(dst.space)
	if active && remaining != 0 && dst.lamports < dstReserve {
		return ierr("InsufficientFunds")
	}
	if lamports < sat(dstReserve+additional, dst.lamports) {
		return ierr("InsufficientFunds")
	}
	ns := &stakeState{tag: s.tag, meta: s.meta, del: s.del, creditsObserved: s.creditsObserved}
	ns.meta.reserve = dstReserve
	if s.tag == stakeDelegated {
		var delta, moved uint64
		if remaining == 0 {
			delta = sat(lamports, s.meta.reserve)
			moved = delta
		} else {
			if sat(s.del.stake, lamports) < c.minDelegation {
				return custom(stakeInsufficientDelegation)
			}
			delta, moved = lamports, sat(lamports, sat(dstReserve, dst.lamports))
		}
		if moved < c.minDelegation {
			return custom(stakeInsufficientDelegation)
		}
		if delta > s.del.stake {
			return custom(stakeInsufficientStake)
		}
		s.del.stake -= delta
		ns.del.stake = moved
	}
	dst.stake = ns
	if remaining == 0 {
		*s = stakeState{}
	}
	st.lamports -= lamports
	dst.lamports += lamports
	return nil
}

func (c *ixCtx) lockedUp(m meta) bool {
	inForce := m.lockupTS > c.unixTime || m.lockupEpoch > c.epoch
	return inForce && !c.signers[m.custodian]
}

func (c *ixCtx) withdraw(st *account, lamports uint64) *ixError {
	if c.n() < 5 {
		return ierr("NotEnoughAccountKeys")
	}
	if err := c.sysvar(2, ClockSysvar); err != nil {
		return err
	}
	if err := c.sysvar(3, StakeHistorySysvar); err != nil {
		return err
	}
	if !c.writable(1) {
		return ierr("ReadonlyLamportChange")
	}
	s := st.stake
	var reserve uint64
	staked := false
	switch s.tag {
	case stakeDelegated:
		if !c.signers[s.meta.withdrawer] {
			return ierr("MissingRequiredSignature")
		}
		amount := s.del.stake
		if c.epoch >= s.del.deactivation {
			eff, act, _ := s.del.status(c.epoch)
			amount = eff + act
		}
		reserve, staked = amount+s.meta.reserve, amount != 0
	case stakeInitialized:
		if !c.signers[s.meta.withdrawer] {
			return ierr("MissingRequiredSignature")
		}
		reserve = s.meta.reserve
	default:
		if !c.signers[c.key(0)] {
			return ierr("MissingRequiredSignature")
		}
	}
	if s.tag != stakeUninitialized && c.lockedUp(s.meta) {
		return custom(stakeLockupInForce)
	}
	need := lamports + reserve
	switch {
	case lamports > st.lamports:
		return ierr("InsufficientFunds")
	case staked && need > st.lamports:
		return ierr("InsufficientFunds")
	case lamports != st.lamports && need > st.lamports:
		return ierr("InsufficientFunds")
	}
	if lamports == st.lamports {
		*s = stakeState{}
	}
	st.lamports -= lamports
	c.acct(1).lamports += lamports
	return nil
}

// mergeKind classifies a stake account for Merge.
type mergeKind int

const (
	mergeInactive mergeKind = iota
	mergeActivationEpoch
	mergeFullyActive
)

func (c *ixCtx) classify(a *account) (mergeKind, *ixError) {
	switch a.stake.tag {
	case stakeInitialized:
		return mergeInactive, nil
	case stakeDelegated:
		eff, act, deact := a.stake.del.status(c.epoch)
		switch {
		case eff == 0 && act == 0 && deact == 0:
			return mergeInactive, nil
		case eff == 0:
			return mergeActivationEpoch, nil
		case act == 0 && deact == 0:
			return mergeFullyActive, nil
		}
		return 0, custom(stakeMergeTransientStake)
	}
	return 0, ierr("InvalidAccountData")
}

func (c *ixCtx) merge(dst *account) *ixError {
	if c.n() < 5 {
		return ierr("NotEnoughAccountKeys")
	}
	if err := c.sysvar(2, ClockSysvar); err != nil {
		return err
	}
	if err := c.sysvar(3, StakeHistorySysvar); err != nil {
		return err
	}
	src := c.acct(1)
	switch {
	case c.key(0) == c.key(1):
		return ierr("InvalidArgument")
	case !c.writable(1):
		return ierr("ReadonlyDataModified")
	case src.owner != StakeProgram || src.stake == nil:
		return ierr("IncorrectProgramId")
	}
	if dst.stake.tag == stakeUninitialized {
		return ierr("InvalidAccountData")
	}
	if !c.signers[dst.stake.meta.staker] {
		return ierr("MissingRequiredSignature")
	}
	dk, err := c.classify(dst)
	if err != nil {
		return err
	}
	sk, err := c.classify(src)
	if err != nil {
		return err
	}
	dm, sm := dst.stake.meta, src.stake.meta
	lockupsMatch := dm.lockupTS == sm.lockupTS && dm.lockupEpoch == sm.lockupEpoch && dm.custodian == sm.custodian
	if dm.staker != sm.staker || dm.withdrawer != sm.withdrawer || !(lockupsMatch || (!c.lockedUp(dm) && !c.lockedUp(sm))) {
		return custom(stakeMergeMismatch)
	}
	if dk != mergeInactive && sk != mergeInactive {
		if dst.stake.del.voter != src.stake.del.voter || dst.stake.del.deactivation != maxEpoch || src.stake.del.deactivation != maxEpoch {
			return custom(stakeMergeMismatch)
		}
	}
	d, s := dst.stake, src.stake
	switch {
	case dk == mergeInactive && (sk == mergeInactive || sk == mergeActivationEpoch):
	case dk == mergeActivationEpoch && sk == mergeInactive:
		d.del.stake += src.lamports
	case dk == mergeActivationEpoch && sk == mergeActivationEpoch:
		mergeCredits(d, s.meta.reserve+s.del.stake, s.creditsObserved)
	case dk == mergeFullyActive && sk == mergeFullyActive:
		mergeCredits(d, s.del.stake, s.creditsObserved)
	default:
		return custom(stakeMergeMismatch)
	}
	dst.lamports += src.lamports
	src.lamports = 0
	*s = stakeState{}
	return nil
}

// mergeCredits adds stake to d, taking the stake-weighted average of credits observed,
// rounded up.
func mergeCredits(d *stakeState, stake, credits uint64) {
	total := d.del.stake + stake
	if d.creditsObserved != credits && total > 0 {
		w := d.creditsObserved*d.del.stake + credits*stake
		d.creditsObserved = (w + total - 1) / total
	}
	d.del.stake = total
}

// sat returns a-b, or zero when b > a.
func sat(a, b uint64) uint64 {
	if b > a {
		return 0
	}
	return a - b
}
