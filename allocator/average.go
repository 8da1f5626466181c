package allocator

import (
	"fmt"
	"math/bits"
	"strings"
	"time"

	"github.com/holiman/uint256"
)

// DayNanos is the length of a day in nanoseconds, the divisor of every average.
const DayNanos = 86400 * int64(time.Second)

// Day is one UTC calendar day, the interval [Start, End). The zero Day is 0001-01-01.
type Day struct {
	start time.Time
}

// ParseDay parses a day written YYYY-MM-DD, or returns an error wrapping ErrBadDay.
func ParseDay(s string) (Day, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Day{}, fmt.Errorf("%w: %q", ErrBadDay, s)
	}
	return Day{start: t}, nil
}

// Start returns the day's first instant, 00:00:00 UTC.
func (d Day) Start() time.Time { return d.start.UTC() }

// End returns the first instant after the day, 00:00:00 UTC of the next day.
func (d Day) End() time.Time { return d.start.UTC().Add(time.Duration(DayNanos)) }

// String returns the day as YYYY-MM-DD.
func (d Day) String() string { return d.start.UTC().Format(time.DateOnly) }

// Contains reports whether t falls within the day.
func (d Day) Contains(t time.Time) bool { return !t.Before(d.Start()) && t.Before(d.End()) }

// AverageOptions configure an Averager.
type AverageOptions struct {
	// EveryoneEligible makes every user eligible, for when no activation records are given.
	// Otherwise a user is eligible only through an activation record that covers the whole
	// day.
	EveryoneEligible bool
	// Users is how many users to expect; it only sizes the tables once instead of growing
	// them. Zero is fine.
	Users int
}

// Opening is a user's balance at 00:00 of the day.
type Opening struct {
	User    string
	Balance uint256.Int
}

// BalanceChange is one row of the day's balance feed: from At on, User's balance is Balance.
type BalanceChange struct {
	User    string
	At      time.Time
	Balance uint256.Int
}

// Activation is one activation record: User activated soft staking at Activated and, unless
// Deactivated is the zero time, deactivated it at Deactivated.
type Activation struct {
	User        string
	Activated   time.Time
	Deactivated time.Time
}

// RowError reports the row of a batch that was refused. The rows before it were applied; it
// and the rows after it were not.
type RowError struct {
	Row int // index in the batch
	Err error
}

func (e *RowError) Error() string { return fmt.Sprintf("row %d: %v", e.Row, e.Err) }

// Unwrap returns the reason, one of the package's Err… values wrapped with detail.
func (e *RowError) Unwrap() error { return e.Err }

// An Averager computes each user's time-weighted average balance over one day, exactly:
//
//	avg = floor( sum_k b_k * (t_{k+1} - t_k) / 86400 s )
//
// in base units times nanoseconds, where b_k is the balance in force from t_k (the opening
// balance at 00:00, then each change) to t_{k+1} (the next change, or the end of the day). It
// also decides who was eligible: active for the whole day.
//
// Feed it batches of rows, in this order: opening balances (Open), balance changes (Change)
// in time order for each user (different users may interleave freely; changes at the same
// instant are applied in row order, so the last one wins), then activation records
// (Activate). Then call Finish once. A user with changes but no opening balance opened the
// day at zero. Batches of a few hundred rows or more are fastest: the lookups of a batch's
// users overlap their memory accesses. The Averager keeps its own copy of the user ids it
// keeps, so rows may share memory. It is not safe for concurrent use.
//
// It keeps 128 bytes per user besides the user ids and 8 to 16 bytes of index; the work per
// change is one lookup and a 256-by-64-bit multiplication.
type Averager struct {
	day       Day
	start     time.Time
	end       time.Time
	everyone  bool
	index     userIndex
	accounts  []account
	sorted    bool // accounts were created in increasing user id order
	activated bool // Activate was called: no more balances
	finished  bool
	sink      uint64 // keeps the compiler from dropping the loads that warm the cache
}

// account is one user's running state: 128 bytes, two cache lines, with short user ids
// (up to inlineID bytes) copied inline so that confirming a lookup needs no third line.
type account struct {
	user     string
	balance  uint256.Int // the balance in force since `since`
	integral [5]uint64   // sum of balance × nanoseconds before `since`, 320 bits, least significant word first
	since    int64       // nanoseconds into the day
	opened   bool        // an opening balance was given
	eligible bool        // an activation covers the whole day
	idLen    uint8       // len(user) if it is at most inlineID, else 0
	id       [inlineID]byte
}

const inlineID = 29

func (acct *account) is(user string) bool {
	if len(user) <= inlineID {
		return int(acct.idLen) == len(user) && string(acct.id[:len(user)]) == user
	}
	return acct.user == user
}

// NewAverager returns an Averager for the day.
func NewAverager(day Day, opts AverageOptions) *Averager {
	return &Averager{
		day:      day,
		start:    day.Start(),
		end:      day.End(),
		everyone: opts.EveryoneEligible,
		index:    newUserIndex(opts.Users),
		accounts: make([]account, 0, opts.Users),
		sorted:   true,
	}
}

// Day returns the day being averaged.
func (a *Averager) Day() Day { return a.day }

// Len returns the number of users seen so far in opening balances and changes.
func (a *Averager) Len() int { return len(a.accounts) }

func (a *Averager) hashOf(acct int) uint64 { return a.index.hash(a.accounts[acct].user) }

// batchSize is how many rows' lookups are started together.
const batchSize = 256

// lookups holds a batch's hashes and first candidate accounts.
type lookups struct {
	hash [batchSize]uint64
	cand [batchSize]int32
}

// prepare hashes the users of a batch of n rows and brings their index slots, candidate
// accounts and ids into the cache, each stage's loads independent of one another so that
// their cache misses overlap. Nothing is decided here: find confirms each candidate.
func (a *Averager) prepare(l *lookups, n int, user func(i int) string) {
	sink := a.sink
	for i := 0; i < n; i++ {
		h := a.index.hash(user(i))
		l.hash[i] = h
		sink += a.index.first(h)
	}
	for i := 0; i < n; i++ {
		c := a.index.candidate(l.hash[i])
		l.cand[i] = int32(c)
		if c >= 0 {
			acct := &a.accounts[c]
			sink += uint64(acct.since) + acct.balance[0] // both cache lines
		}
	}
	for i := 0; i < n; i++ {
		if c := l.cand[i]; c >= 0 {
			if u := a.accounts[c].user; len(u) > inlineID {
				sink += uint64(u[0])
			}
		}
	}
	a.sink = sink
}

// find returns the account of user, or -1, given its prepared hash and candidate.
func (a *Averager) find(user string, h uint64, cand int32) int {
	if cand >= 0 && a.accounts[cand].is(user) {
		return int(cand)
	}
	// A hash tag collision, or a user created by an earlier row of the same batch.
	return a.index.lookup(h, func(acct int) bool { return a.accounts[acct].is(user) })
}

// create adds an account for a user not seen before.
func (a *Averager) create(user string, h uint64) int {
	n := len(a.accounts)
	if n > 0 && a.sorted && user < a.accounts[n-1].user {
		a.sorted = false
	}
	user = strings.Clone(user) // the caller's row may share memory with other rows
	a.accounts = append(a.accounts, account{user: user})
	if len(user) <= inlineID {
		acct := &a.accounts[n]
		acct.idLen = uint8(len(user))
		copy(acct.id[:], user)
	}
	a.index.insert(h, n, a.hashOf)
	return n
}

// balancePhase refuses balance rows after activations or Finish.
func (a *Averager) balancePhase() error {
	switch {
	case a.finished:
		return &RowError{Err: ErrFinished}
	case a.activated:
		return &RowError{Err: ErrBalanceAfterActivations}
	}
	return nil
}

// tooMany refuses a user beyond what account numbers can address.
func (a *Averager) tooMany() error {
	if len(a.accounts) >= 1<<31-1 {
		return fmt.Errorf("more than %d users in one day", 1<<31-1)
	}
	return nil
}

// Open records the users' balances at 00:00 of the day. It returns a *RowError wrapping
// ErrDuplicateUser for a second opening balance of the same user, ErrOpeningAfterEvents
// after the user's changes, ErrEmptyUser, ErrBalanceAfterActivations or ErrFinished.
func (a *Averager) Open(rows []Opening) error {
	if err := a.balancePhase(); err != nil {
		return err
	}
	var l lookups
	for base := 0; base < len(rows); base += batchSize {
		batch := rows[base:min(base+batchSize, len(rows))]
		a.prepare(&l, len(batch), func(i int) string { return batch[i].User })
		for i := range batch {
			if err := a.open(&batch[i], l.hash[i], l.cand[i]); err != nil {
				return &RowError{Row: base + i, Err: err}
			}
		}
	}
	return nil
}

func (a *Averager) open(row *Opening, h uint64, cand int32) error {
	if row.User == "" {
		return ErrEmptyUser
	}
	if i := a.find(row.User, h, cand); i >= 0 {
		if a.accounts[i].opened {
			return fmt.Errorf("%w %q", ErrDuplicateUser, row.User)
		}
		return fmt.Errorf("%w: %q", ErrOpeningAfterEvents, row.User)
	}
	if err := a.tooMany(); err != nil {
		return err
	}
	acct := &a.accounts[a.create(row.User, h)]
	acct.balance = row.Balance
	acct.opened = true
	return nil
}

// Change records balance changes, each of which must be timed within the day and not before
// the same user's previous change. It returns a *RowError wrapping ErrOutsideDay,
// ErrEventOrder, ErrEmptyUser, ErrBalanceAfterActivations or ErrFinished.
func (a *Averager) Change(rows []BalanceChange) error {
	if err := a.balancePhase(); err != nil {
		return err
	}
	var l lookups
	for base := 0; base < len(rows); base += batchSize {
		batch := rows[base:min(base+batchSize, len(rows))]
		a.prepare(&l, len(batch), func(i int) string { return batch[i].User })
		for i := range batch {
			if err := a.change(&batch[i], l.hash[i], l.cand[i]); err != nil {
				return &RowError{Row: base + i, Err: err}
			}
		}
	}
	return nil
}

func (a *Averager) change(row *BalanceChange, h uint64, cand int32) error {
	switch {
	case row.User == "":
		return ErrEmptyUser
	case row.At.Before(a.start) || !row.At.Before(a.end):
		return fmt.Errorf("%w: %s is not on %s", ErrOutsideDay, row.At.UTC().Format(time.RFC3339Nano), a.day)
	}
	offset := int64(row.At.Sub(a.start))
	i := a.find(row.User, h, cand)
	if i < 0 {
		if err := a.tooMany(); err != nil {
			return err
		}
		i = a.create(row.User, h)
	}
	acct := &a.accounts[i]
	if offset < acct.since {
		prev := a.start.Add(time.Duration(acct.since))
		return fmt.Errorf("%w: %q at %s, previous change at %s", ErrEventOrder, row.User,
			row.At.UTC().Format(time.RFC3339Nano), prev.Format(time.RFC3339Nano))
	}
	addProduct(&acct.integral, &acct.balance, uint64(offset-acct.since))
	acct.balance = row.Balance
	acct.since = offset
	return nil
}

// Activate records activation records. A user is eligible for the day if any one record
// covers all of it: activated strictly before the day's start, and not deactivated before
// the day's end. Records of users with no balance are checked and ignored. It returns a
// *RowError wrapping ErrActivationOrder when a deactivation is before its activation,
// ErrEmptyUser or ErrFinished.
func (a *Averager) Activate(rows []Activation) error {
	if a.finished {
		return &RowError{Err: ErrFinished}
	}
	a.activated = true
	var l lookups
	for base := 0; base < len(rows); base += batchSize {
		batch := rows[base:min(base+batchSize, len(rows))]
		a.prepare(&l, len(batch), func(i int) string { return batch[i].User })
		for i := range batch {
			if err := a.activate(&batch[i], l.hash[i], l.cand[i]); err != nil {
				return &RowError{Row: base + i, Err: err}
			}
		}
	}
	return nil
}

func (a *Averager) activate(row *Activation, h uint64, cand int32) error {
	switch {
	case row.User == "":
		return ErrEmptyUser
	case !row.Deactivated.IsZero() && row.Deactivated.Before(row.Activated):
		return fmt.Errorf("%w: %q activated %s, deactivated %s", ErrActivationOrder, row.User,
			row.Activated.UTC().Format(time.RFC3339Nano), row.Deactivated.UTC().Format(time.RFC3339Nano))
	}
	i := a.find(row.User, h, cand)
	if i < 0 {
		return nil
	}
	if row.Activated.Before(a.start) && (row.Deactivated.IsZero() || !row.Deactivated.Before(a.end)) {
		a.accounts[i].eligible = true
	}
	return nil
}

// Finish closes the day and returns every user's average balance and eligibility, sorted by
// user id in byte order. The Averager cannot be used afterwards.
func (a *Averager) Finish() []Holding {
	var order []int32
	if !a.sorted {
		order = UserOrder(len(a.accounts), func(i int) string { return a.accounts[i].user })
	}
	out := make([]Holding, len(a.accounts))
	for i := range out {
		j := i
		if order != nil {
			j = int(order[i])
		}
		acct := &a.accounts[j]
		addProduct(&acct.integral, &acct.balance, uint64(DayNanos-acct.since))
		out[i] = Holding{User: acct.user, Avg: divDay(&acct.integral), Eligible: a.everyone || acct.eligible}
	}
	a.accounts, a.index, a.finished = nil, userIndex{}, true
	return out
}

// addProduct adds b*n to the 320-bit acc. The caller guarantees the sum fits: a day's
// integral is below 2^256 * 2^47.
func addProduct(acc *[5]uint64, b *uint256.Int, n uint64) {
	var carry uint64
	for i := 0; i < 4; i++ {
		hi, lo := bits.Mul64(b[i], n)
		var c uint64
		lo, c = bits.Add64(lo, carry, 0)
		hi += c
		acc[i], c = bits.Add64(acc[i], lo, 0)
		carry = hi + c
	}
	acc[4] += carry
}

// divDay returns floor(acc / DayNanos); the quotient of a day's integral fits in 256 bits.
func divDay(acc *[5]uint64) uint256.Int {
	var q uint256.Int
	_, rem := bits.Div64(0, acc[4], uint64(DayNanos))
	for i := 3; i >= 0; i-- {
		q[i], rem = bits.Div64(rem, acc[i], uint64(DayNanos))
	}
	return q
}
