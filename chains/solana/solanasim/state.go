package solanasim

import (
	"encoding/binary"
	"maps"
	"math"
)

// Rent parameters of every Solana cluster: 3,480 lamports per byte-year, exempt at two years,
// with 128 bytes of account overhead.
const (
	lamportsPerByteYear = 3480
	exemptionYears      = 2
	accountOverhead     = 128
	// StakeAccountSize is the size of a stake account (StakeStateV2).
	StakeAccountSize = 200
	// maxEpoch marks a delegation that was never deactivated.
	maxEpoch = math.MaxUint64
)

// RentExempt returns the minimum balance that makes an account of size bytes rent-exempt.
func RentExempt(size uint64) uint64 {
	return (accountOverhead + size) * lamportsPerByteYear * exemptionYears
}

// Stake account states (the StakeStateV2 tag).
const (
	stakeUninitialized uint32 = iota
	stakeInitialized
	stakeDelegated
)

// meta is a stake account's Meta: rent reserve, authorities and lockup.
type meta struct {
	reserve            uint64
	staker, withdrawer Pubkey
	lockupTS           int64
	lockupEpoch        uint64
	custodian          Pubkey
}

// delegation is a stake account's Delegation.
type delegation struct {
	voter                    Pubkey
	stake                    uint64
	activation, deactivation uint64
}

// stakeState is the decoded data of a stake account.
type stakeState struct {
	tag             uint32
	meta            meta
	del             delegation
	creditsObserved uint64
}

// account is one account of the ledger.
type account struct {
	lamports uint64
	owner    Pubkey
	space    uint64
	stake    *stakeState // accounts owned by the stake program
}

func (a *account) clone() *account {
	c := *a
	if a.stake != nil {
		s := *a.stake
		c.stake = &s
	}
	return &c
}

// data returns the account's data bytes as the chain stores them.
func (a *account) data() []byte {
	b := make([]byte, a.space)
	if a.stake == nil || a.space < StakeAccountSize {
		return b
	}
	s := a.stake
	binary.LittleEndian.PutUint32(b[0:], s.tag)
	if s.tag == stakeUninitialized {
		return b
	}
	binary.LittleEndian.PutUint64(b[4:], s.meta.reserve)
	copy(b[12:], s.meta.staker[:])
	copy(b[44:], s.meta.withdrawer[:])
	binary.LittleEndian.PutUint64(b[76:], uint64(s.meta.lockupTS))
	binary.LittleEndian.PutUint64(b[84:], s.meta.lockupEpoch)
	copy(b[92:], s.meta.custodian[:])
	if s.tag != stakeDelegated {
		return b
	}
	copy(b[124:], s.del.voter[:])
	binary.LittleEndian.PutUint64(b[156:], s.del.stake)
	binary.LittleEndian.PutUint64(b[164:], s.del.activation)
	binary.LittleEndian.PutUint64(b[172:], s.del.deactivation)
	binary.LittleEndian.PutUint64(b[180:], math.Float64bits(0.09))
	binary.LittleEndian.PutUint64(b[188:], s.creditsObserved)
	return b
}

// status returns the delegation's effective, activating and deactivating stake at epoch e,
// with warmup and cooldown simplified to one epoch boundary and no network-wide rate cap:
// stake delegated in epoch A is activating during A and effective from A+1; stake
// deactivated in epoch D is deactivating during D and inactive from D+1; stake deactivated
// in the epoch it was delegated never activates.
func (d delegation) status(e uint64) (effective, activating, deactivating uint64) {
	switch {
	case d.activation == d.deactivation:
		return 0, 0, 0
	case e <= d.activation:
		return 0, d.stake, 0
	case d.deactivation == maxEpoch || e < d.deactivation:
		return d.stake, 0, 0
	case e == d.deactivation:
		return d.stake, 0, d.stake
	}
	return 0, 0, 0
}

// vote is a validator's vote account.
type vote struct {
	node       Pubkey
	commission uint8
	delinquent bool
	credits    uint64
	history    [][3]uint64 // [epoch, credits, previous credits]
	extraStake uint64      // stake delegated by others, not modelled as accounts
	// skipBps is the share of its leader slots the node skips; leaderSlots and skipped
	// count them since genesis.
	skipBps              uint32
	leaderSlots, skipped uint64
}

// leaderSlot is who led one slot and whether a block was produced.
type leaderSlot struct {
	node     Pubkey
	produced bool
}

// reward is one inflation reward credited to a stake account.
type reward struct {
	epoch, slot, amount, post uint64
	commission                uint8
}

// ledger is the account state a transaction executes against.
type ledger struct {
	accounts map[Pubkey]*account
}

func (l *ledger) clone() *ledger {
	c := &ledger{accounts: make(map[Pubkey]*account, len(l.accounts))}
	for k, a := range l.accounts {
		c.accounts[k] = a.clone()
	}
	return c
}

// get returns the account at k, or an empty system account that is not stored.
func (l *ledger) get(k Pubkey) *account {
	if a, ok := l.accounts[k]; ok {
		return a
	}
	return &account{}
}

// put stores a; accounts without lamports are removed, as the runtime does.
func (l *ledger) put(k Pubkey, a *account) {
	if a.lamports == 0 {
		delete(l.accounts, k)
		return
	}
	l.accounts[k] = a
}

func (l *ledger) keys() []Pubkey {
	return sortedKeys(maps.Keys(l.accounts))
}
