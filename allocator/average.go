package allocator

import (
	"fmt"
	"hash/maphash"
	"math/bits"
	"runtime"
	"strings"
	"sync"
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
	// Shards is how many parts the users are spread over, each applied by its own goroutine;
	// zero means one per CPU.
	Shards int
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

// RowError reports the first row of a batch that was refused. The rows before it were
// applied, it was not, and some rows after it may have been: an Averager that refused a
// batch refuses everything after it (ErrFailed).
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
// day at zero. The Averager keeps its own copy of the user ids it keeps, so rows may share
// memory. It is not safe for concurrent use.
//
// Users are spread over shards by a hash of their id, one shard per CPU (see
// AverageOptions.Shards), and a batch's rows are applied by all shards at once, each to its
// own users, in row order. Batches of thousands of rows are fastest: within a shard the
// lookups of a few hundred rows are started together so that their memory accesses overlap.
// The result does not depend on the number of shards.
//
// It keeps 128 bytes per user besides the user ids and 8 to 16 bytes of index; the work per
// change is one lookup and a 256-by-64-bit multiplication.
type Averager struct {
	day       Day
	start     time.Time
	end       time.Time
	everyone  bool
	seed      maphash.Seed
	shards    []*shard
	hashes    []uint64 // the current batch's hashes, reused
	activated bool     // Activate was called: no more balances
	finished  bool
	failed    bool // a batch was refused: some later rows may have been applied
}

// shard holds the users whose id hashes to it.
type shard struct {
	seed     maphash.Seed
	index    userIndex
	accounts []account
	sorted   bool // accounts were created in increasing user id order
	ids      idArena
	rows     []int32 // the current batch's rows for this shard, reused
	sink     uint64  // keeps the compiler from dropping the loads that warm the cache
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

// idArena copies user ids into large shared blocks: one allocation per block instead of one
// per user, and ids stored next to each other.
type idArena struct {
	block strings.Builder
}

const arenaBlock = 1 << 20

func (a *idArena) clone(s string) string {
	if len(s) > arenaBlock/16 {
		return strings.Clone(s)
	}
	if a.block.Cap()-a.block.Len() < len(s) {
		a.block = strings.Builder{}
		a.block.Grow(arenaBlock)
	}
	start := a.block.Len()
	a.block.WriteString(s)
	// The builder only ever appends within its capacity, so the bytes behind earlier
	// strings stay put and unchanged.
	return a.block.String()[start:]
}

// NewAverager returns an Averager for the day.
func NewAverager(day Day, opts AverageOptions) *Averager {
	n := opts.Shards
	if n <= 0 {
		n = min(runtime.GOMAXPROCS(0), 64)
	}
	a := &Averager{
		day:      day,
		start:    day.Start(),
		end:      day.End(),
		everyone: opts.EveryoneEligible,
		seed:     maphash.MakeSeed(),
	}
	for range n {
		a.shards = append(a.shards, &shard{
			seed:     a.seed,
			index:    newUserIndex(opts.Users / n),
			accounts: make([]account, 0, opts.Users/n),
			sorted:   true,
		})
	}
	return a
}

// Day returns the day being averaged.
func (a *Averager) Day() Day { return a.day }

// Len returns the number of users seen so far in opening balances and changes.
func (a *Averager) Len() int {
	n := 0
	for _, sh := range a.shards {
		n += len(sh.accounts)
	}
	return n
}

// batchSize is how many rows' lookups a shard starts together.
const batchSize = 256

// lookups holds a batch's hashes and first candidate accounts.
type lookups struct {
	hash [batchSize]uint64
	cand [batchSize]int32
}

// apply hands the rows of a batch to their shards, which apply them concurrently in row
// order with do, and returns the first refused row, in row order, as a *RowError.
func (a *Averager) apply(n int, user func(i int) string, do func(sh *shard, row int, h uint64, cand int32) error) error {
	a.hashes = a.hashes[:0]
	for _, sh := range a.shards {
		sh.rows = sh.rows[:0]
	}
	for i := 0; i < n; i++ {
		h := maphash.String(a.seed, user(i))
		a.hashes = append(a.hashes, h)
		sh := a.shards[(h>>32&0xffff)%uint64(len(a.shards))]
		sh.rows = append(sh.rows, int32(i))
	}
	failed := make([]int, len(a.shards))
	errs := make([]error, len(a.shards))
	run := func(k int) { failed[k], errs[k] = a.shards[k].run(a.hashes, do) }
	if len(a.shards) == 1 {
		run(0)
	} else {
		var wg sync.WaitGroup
		for k := range a.shards {
			wg.Go(func() { run(k) })
		}
		wg.Wait()
	}
	first := -1
	for k, err := range errs {
		if err != nil && (first < 0 || failed[k] < failed[first]) {
			first = k
		}
	}
	if first < 0 {
		return nil
	}
	a.failed = true
	return &RowError{Row: failed[first], Err: errs[first]}
}

// run applies the shard's rows of a batch in order, a few hundred at a time, and returns the
// first one refused with why, or -1.
func (sh *shard) run(hashes []uint64, do func(sh *shard, row int, h uint64, cand int32) error) (int, error) {
	var l lookups
	for lo := 0; lo < len(sh.rows); lo += batchSize {
		rows := sh.rows[lo:min(lo+batchSize, len(sh.rows))]
		sh.prepare(&l, rows, hashes)
		for i, row := range rows {
			if err := do(sh, int(row), l.hash[i], l.cand[i]); err != nil {
				return int(row), err
			}
		}
	}
	return -1, nil
}

// prepare brings the index slots, candidate accounts and long ids of a few hundred rows into
// the cache. Each stage is a tight loop of loads independent of one another, so that the
// processor keeps many cache (and TLB) misses in flight at once instead of waiting for each
// in turn. Nothing is decided here: find confirms each candidate.
func (sh *shard) prepare(l *lookups, rows []int32, hashes []uint64) {
	n := len(rows)
	for i, row := range rows {
		l.hash[i] = hashes[row]
	}
	table, mask := sh.index.table, sh.index.mask
	var sink uint64
	for _, h := range l.hash[:n] {
		sink += table[h&mask]
	}
	for i, h := range l.hash[:n] {
		l.cand[i] = int32(sh.index.candidate(h))
	}
	accounts := sh.accounts
	for _, c := range l.cand[:n] {
		if c >= 0 {
			sink += uint64(accounts[c].since) + accounts[c].balance[0] // both cache lines
		}
	}
	for _, c := range l.cand[:n] {
		if c >= 0 {
			if u := accounts[c].user; len(u) > inlineID {
				sink += uint64(u[0])
			}
		}
	}
	sh.sink += sink
}

// find returns the account of user, or -1, given its hash and candidate.
func (sh *shard) find(user string, h uint64, cand int32) int {
	if cand >= 0 && sh.accounts[cand].is(user) {
		return int(cand)
	}
	// A hash tag collision, or a user created by an earlier row of the same batch.
	return sh.index.lookup(h, func(acct int) bool { return sh.accounts[acct].is(user) })
}

// create adds an account for a user not seen before.
func (sh *shard) create(user string, h uint64) (int, error) {
	n := len(sh.accounts)
	if n >= 1<<31-2 {
		return 0, fmt.Errorf("more than %d users in one shard", 1<<31-2)
	}
	if n > 0 && sh.sorted && user < sh.accounts[n-1].user {
		sh.sorted = false
	}
	user = sh.ids.clone(user) // the caller's row may share memory with other rows
	sh.accounts = append(sh.accounts, account{user: user})
	if len(user) <= inlineID {
		acct := &sh.accounts[n]
		acct.idLen = uint8(len(user))
		copy(acct.id[:], user)
	}
	sh.index.insert(h, n, func(acct int) uint64 { return maphash.String(sh.seed, sh.accounts[acct].user) })
	return n, nil
}

// balancePhase refuses balance rows after activations, Finish or a refused batch.
func (a *Averager) balancePhase() error {
	if err := a.usable(); err != nil {
		return err
	}
	if a.activated {
		return &RowError{Err: ErrBalanceAfterActivations}
	}
	return nil
}

// usable refuses any use after Finish or after a refused batch.
func (a *Averager) usable() error {
	switch {
	case a.finished:
		return &RowError{Err: ErrFinished}
	case a.failed:
		return &RowError{Err: ErrFailed}
	}
	return nil
}

// Open records the users' balances at 00:00 of the day. It returns a *RowError wrapping
// ErrDuplicateUser for a second opening balance of the same user, ErrOpeningAfterEvents
// after the user's changes, ErrEmptyUser, ErrBalanceAfterActivations, ErrFinished or
// ErrFailed.
func (a *Averager) Open(rows []Opening) error {
	if err := a.balancePhase(); err != nil {
		return err
	}
	return a.apply(len(rows), func(i int) string { return rows[i].User }, func(sh *shard, i int, h uint64, cand int32) error {
		return sh.open(&rows[i], h, cand)
	})
}

func (sh *shard) open(row *Opening, h uint64, cand int32) error {
	if row.User == "" {
		return ErrEmptyUser
	}
	if i := sh.find(row.User, h, cand); i >= 0 {
		if sh.accounts[i].opened {
			return fmt.Errorf("%w %q", ErrDuplicateUser, row.User)
		}
		return fmt.Errorf("%w: %q", ErrOpeningAfterEvents, row.User)
	}
	i, err := sh.create(row.User, h)
	if err != nil {
		return err
	}
	acct := &sh.accounts[i]
	acct.balance = row.Balance
	acct.opened = true
	return nil
}

// Change records balance changes, each of which must be timed within the day and not before
// the same user's previous change. It returns a *RowError wrapping ErrOutsideDay,
// ErrEventOrder, ErrEmptyUser, ErrBalanceAfterActivations, ErrFinished or ErrFailed.
func (a *Averager) Change(rows []BalanceChange) error {
	if err := a.balancePhase(); err != nil {
		return err
	}
	return a.apply(len(rows), func(i int) string { return rows[i].User }, func(sh *shard, i int, h uint64, cand int32) error {
		return a.change(sh, &rows[i], h, cand)
	})
}

func (a *Averager) change(sh *shard, row *BalanceChange, h uint64, cand int32) error {
	switch {
	case row.User == "":
		return ErrEmptyUser
	case row.At.Before(a.start) || !row.At.Before(a.end):
		return fmt.Errorf("%w: %s is not on %s", ErrOutsideDay, row.At.UTC().Format(time.RFC3339Nano), a.day)
	}
	offset := int64(row.At.Sub(a.start))
	i := sh.find(row.User, h, cand)
	if i < 0 {
		var err error
		if i, err = sh.create(row.User, h); err != nil {
			return err
		}
	}
	acct := &sh.accounts[i]
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
// ErrEmptyUser, ErrFinished or ErrFailed.
func (a *Averager) Activate(rows []Activation) error {
	if err := a.usable(); err != nil {
		return err
	}
	a.activated = true
	return a.apply(len(rows), func(i int) string { return rows[i].User }, func(sh *shard, i int, h uint64, cand int32) error {
		return a.activate(sh, &rows[i], h, cand)
	})
}

func (a *Averager) activate(sh *shard, row *Activation, h uint64, cand int32) error {
	switch {
	case row.User == "":
		return ErrEmptyUser
	case !row.Deactivated.IsZero() && row.Deactivated.Before(row.Activated):
		return fmt.Errorf("%w: %q activated %s, deactivated %s", ErrActivationOrder, row.User,
			row.Activated.UTC().Format(time.RFC3339Nano), row.Deactivated.UTC().Format(time.RFC3339Nano))
	}
	i := sh.find(row.User, h, cand)
	if i < 0 {
		return nil
	}
	if row.Activated.Before(a.start) && (row.Deactivated.IsZero() || !row.Deactivated.Before(a.end)) {
		sh.accounts[i].eligible = true
	}
	return nil
}

// Finish closes the day and returns every user's average balance and eligibility, sorted by
// user id in byte order. The Averager cannot be used afterwards. After a refused batch it
// returns nil: the day's input was bad, and some rows after the refused one may have been
// applied.
func (a *Averager) Finish() []Holding {
	if a.finished || a.failed {
		a.finished = true
		return nil
	}
	a.finished = true
	parts := make([][]Holding, len(a.shards))
	var wg sync.WaitGroup
	for k, sh := range a.shards {
		wg.Go(func() { parts[k] = sh.finish(a.everyone) })
	}
	wg.Wait()
	a.shards = nil

	sorted := true
	total := 0
	for _, p := range parts {
		total += len(p)
		for i := 1; i < len(p) && sorted; i++ {
			sorted = p[i-1].User < p[i].User
		}
	}
	if len(parts) == 1 && sorted {
		return parts[0]
	}
	if !sorted {
		all := make([]Holding, 0, total)
		for _, p := range parts {
			all = append(all, p...)
		}
		order := UserOrder(len(all), func(i int) string { return all[i].User })
		out := make([]Holding, len(all))
		for i, j := range order {
			out[i] = all[j]
		}
		return out
	}
	// Every shard is sorted: merge them.
	out := make([]Holding, 0, total)
	for len(out) < total {
		best := -1
		for k, p := range parts {
			if len(p) > 0 && (best < 0 || p[0].User < parts[best][0].User) {
				best = k
			}
		}
		out = append(out, parts[best][0])
		parts[best] = parts[best][1:]
	}
	return out
}

// finish closes the shard's accounts in creation order.
func (sh *shard) finish(everyone bool) []Holding {
	out := make([]Holding, len(sh.accounts))
	for i := range sh.accounts {
		acct := &sh.accounts[i]
		addProduct(&acct.integral, &acct.balance, uint64(DayNanos-acct.since))
		out[i] = Holding{User: acct.user, Avg: divDay(&acct.integral), Eligible: everyone || acct.eligible}
	}
	sh.accounts, sh.index = nil, userIndex{}
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
