package daemon

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/holiman/uint256"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
)

// Feed is the balance feed as the cycle needs it.
type Feed interface {
	// CloseDay closes the token's balance feed for day: no event of that day is accepted
	// afterwards. Closing a closed day changes nothing.
	CloseDay(ctx context.Context, token string, day allocator.Day) error
	// Holdings returns every user's average balance of the token over the closed day and
	// whether the user was eligible for it.
	Holdings(ctx context.Context, token money.Token, day allocator.Day) ([]allocator.Holding, error)
}

// Custody is one token's custody on its chain, as the cycle drives it.
type Custody interface {
	// Harvest books the rewards realized on chain since the last harvest into the token's
	// reward reserve, each exactly once, and returns what this call booked.
	Harvest(ctx context.Context) (money.Amount, error)
	// Reconcile compares the chain's positions and balances with the books and returns the
	// differences no open intent explains, each stated with its numbers.
	Reconcile(ctx context.Context) ([]string, error)
	// Plan returns today's rebalance actions, changing nothing.
	Plan(ctx context.Context, day allocator.Day) ([]PlannedAction, error)
	// Execute submits the planned actions under the given intent ids (submitting an id
	// twice is harmless) and drives them as far as they go before ctx ends; what is left
	// in flight is resumed by Resume.
	Execute(ctx context.Context, ids []string, actions []PlannedAction) error
	// Resume drives every open intent of the token once.
	Resume(ctx context.Context) error
	// CommissionBps is the stake-weighted commission of the validators holding the
	// token's stake, in basis points; zero where the chain reports none.
	CommissionBps(ctx context.Context) (uint32, error)
}

// PlannedAction is one rebalance action as stored in the day's record: opaque to the
// cycle, meaningful to the Custody that planned it, with a line saying why.
type PlannedAction struct {
	Action json.RawMessage `json:"action"`
	Why    string          `json:"why"`
}

// Payouts stores and delivers payout batches.
type Payouts interface {
	// Record builds the day's batch from the split, signs it and stores it, idempotently by
	// its key; it returns the key and the manifest hash.
	Record(ctx context.Context, token money.Token, day allocator.Day, a *allocator.Allocation, p allocator.Params) (key, hash string, err error)
	// Deliver hands the stored batch with this key to every sink that has not had it yet.
	Deliver(ctx context.Context, key string) error
}

// Books is the part of the store the cycle writes and reads directly: the ledger and the
// durable state of each day.
type Books interface {
	ledger.View
	Post(ctx context.Context, tx ledger.Transaction) (ledger.Transaction, bool, error)
	Balance(ctx context.Context, token string, account ledger.Account) (money.Amount, error)
	CreateIntent(ctx context.Context, id, token, state string, data []byte) (bool, error)
	AdvanceIntent(ctx context.Context, id, from, to string, data []byte) (bool, error)
	LoadIntent(ctx context.Context, id string) (state string, data []byte, err error)
	DistributionStore
}

// DistributionStore keeps each user's share of a token's day, for the users' history.
type DistributionStore interface {
	SaveDistributions(ctx context.Context, token, day string, rows []store.Distribution) error
}

// Phase is where a (token, day) stands in the cycle. Each phase is stored before the next
// step starts; a step is only ever run from the phase before it.
type Phase string

// The phases of a day, in order.
const (
	PhaseOpen       Phase = "cycle-open"       // created; the feed is still open
	PhaseClosed     Phase = "cycle-closed"     // feed closed: the day's balances are final
	PhaseRecognized Phase = "cycle-recognized" // harvested, reconciled, reward recognized
	PhaseBooked     Phase = "cycle-booked"     // split, batch stored, books posted
	PhasePublished  Phase = "cycle-published"  // batch delivered to every sink
	PhasePlanned    Phase = "cycle-planned"    // rebalance planned and stored
	PhaseDone       Phase = "cycle-done"       // rebalance submitted; the day is complete
)

var phaseOrder = []Phase{PhaseOpen, PhaseClosed, PhaseRecognized, PhaseBooked, PhasePublished, PhasePlanned, PhaseDone}

// DayRecord is the stored account of one token's day: every figure the cycle computed,
// kept with the day's state so that a resumed step reads what the earlier ones decided.
type DayRecord struct {
	Token string `json:"token"`
	Day   string `json:"day"`

	// The day's averages (computed when the day is split).
	Users        int          `json:"users"`
	Eligible     int          `json:"eligible"`
	SumAvg       money.Amount `json:"sum_avg"`
	SumEffective money.Amount `json:"sum_effective"`

	// Harvest, reconciliation, recognition.
	// Harvested is what the books took into the reward reserve between the previous day's
	// harvest and this one's; HarvestedTotal is everything they ever took, after this one.
	Harvested      money.Amount `json:"harvested"`
	HarvestedTotal money.Amount `json:"harvested_total"`
	// Delegated, Hot, Unbonding and InFlight are the books' custody after the harvest:
	// bonded stake, the liquid buffer, stake on its way back, funds in transactions not
	// yet final.
	Delegated money.Amount `json:"delegated"`
	Hot       money.Amount `json:"hot"`
	Unbonding money.Amount `json:"unbonding"`
	InFlight  money.Amount `json:"in_flight"`
	// CommissionBps is the stake-weighted commission of the validators holding the stake,
	// where the chain reports it.
	CommissionBps   uint32       `json:"commission_bps"`
	ReserveBefore   money.Amount `json:"reserve_before"`
	Unexplained     []string     `json:"unexplained,omitempty"`
	Reward          money.Amount `json:"reward"`
	Wanted          money.Amount `json:"wanted"`
	Shortfall       money.Amount `json:"shortfall"`
	RecognitionWhy  string       `json:"recognition_why"`
	RecognitionRule string       `json:"recognition_rule"`

	// Split and batch.
	Fee           money.Amount `json:"fee"`
	Treasury      money.Amount `json:"treasury"`
	Distributable money.Amount `json:"distributable"`
	// Base is B, the balance the day's reward was shared over (see earningBase).
	Base money.Amount `json:"base"`
	// Payable is users:payable after the day's batch was booked: what users are owed.
	Payable   money.Amount `json:"payable"`
	BatchKey  string       `json:"batch_key,omitempty"`
	BatchHash string       `json:"batch_hash,omitempty"`

	// Publication.
	PublishedAt time.Time `json:"published_at,omitzero"`
	Late        bool      `json:"late,omitempty"`

	// Rebalance.
	Actions []PlannedAction `json:"actions,omitempty"`

	// Steps maps each phase reached to when it was reached.
	Steps map[Phase]time.Time `json:"steps"`
}

// TokenCycle is everything the cycle needs for one token.
type TokenCycle struct {
	Token money.Token
	// Params are the split's parameters less the reward, which recognition decides.
	Params      allocator.Params
	Recognition string // RecognizeCash or RecognizeSmoothed
	WindowDays  int    // the smoothed policy's trailing window, at least 1
	Custody     Custody
}

// Cycle runs the steps of one token's day. Its fields are set once and not changed.
type Cycle struct {
	Books   Books
	Feed    Feed
	Payouts Payouts
	Logger  *slog.Logger
	// PublishBy is how long after the day's end its batch must be out (SPEC: 8 hours).
	PublishBy time.Duration
	// StepTimeout bounds each step, so one slow chain cannot hold up the others.
	StepTimeout time.Duration
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Observe, when set, is told of every step's outcome (metrics).
	Observe func(token string, day allocator.Day, step Phase, took time.Duration, err error)
}

// DayID is the durable id of a token's day.
func DayID(token string, day allocator.Day) string { return "cycle/" + token + "/" + day.String() }

// ErrStepFailed wraps the failure of one step; the day stays where it was and the step is
// tried again on the next round.
var ErrStepFailed = errors.New("cycle step failed")

// Load returns a day's phase and record; a day never started is PhaseOpen with an empty
// record and found false.
func (c *Cycle) Load(ctx context.Context, token string, day allocator.Day) (Phase, DayRecord, bool, error) {
	state, data, err := c.Books.LoadIntent(ctx, DayID(token, day))
	if err != nil {
		if errors.Is(err, store.ErrNotFound) {
			return PhaseOpen, DayRecord{Token: token, Day: day.String()}, false, nil
		}
		return "", DayRecord{}, false, fmt.Errorf("load %s: %w", DayID(token, day), err)
	}
	var rec DayRecord
	if err := json.Unmarshal(data, &rec); err != nil {
		return "", DayRecord{}, false, fmt.Errorf("load %s: %w", DayID(token, day), err)
	}
	return Phase(state), rec, true, nil
}

func (c *Cycle) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// RunDay takes the token's day from wherever it stands to PhaseDone, one step at a time,
// storing each phase before the next step. It stops at the first failed step with an
// error wrapping ErrStepFailed; running it again resumes from there.
func (c *Cycle) RunDay(ctx context.Context, tc *TokenCycle, day allocator.Day) error {
	sym := tc.Token.Symbol
	id := DayID(sym, day)
	phase, rec, found, err := c.Load(ctx, sym, day)
	if err != nil {
		return err
	}
	if !found {
		rec.Steps = map[Phase]time.Time{}
		data, err := json.Marshal(rec)
		if err != nil {
			return fmt.Errorf("%s: %w", id, err)
		}
		if _, err := c.Books.CreateIntent(ctx, id, sym, string(PhaseOpen), data); err != nil {
			return fmt.Errorf("%s: %w", id, err)
		}
	}
	for phase != PhaseDone {
		next, step := c.stepFrom(phase)
		if step == nil {
			return fmt.Errorf("%s: unknown phase %q", id, phase)
		}
		started := c.now()
		sctx, cancel := context.WithTimeout(ctx, c.stepTimeout())
		updated := rec
		err := step(sctx, tc, day, &updated)
		cancel()
		if err == nil {
			updated.Steps = cloneSteps(rec.Steps)
			updated.Steps[next] = c.now().UTC()
			err = c.advance(ctx, id, phase, next, updated)
		}
		if c.Observe != nil {
			c.Observe(sym, day, next, c.now().Sub(started), err)
		}
		if err != nil {
			return fmt.Errorf("%s %s: %w: %w", id, strings.TrimPrefix(string(next), "cycle-"), ErrStepFailed, err)
		}
		c.log().InfoContext(ctx, "cycle step done", "token", sym, "day", day.String(), "step", next, "took", c.now().Sub(started))
		phase, rec = next, updated
	}
	return nil
}

func cloneSteps(m map[Phase]time.Time) map[Phase]time.Time {
	out := make(map[Phase]time.Time, len(m)+1)
	for k, v := range m {
		out[k] = v
	}
	return out
}

func (c *Cycle) stepTimeout() time.Duration {
	if c.StepTimeout > 0 {
		return c.StepTimeout
	}
	return 10 * time.Minute
}

func (c *Cycle) log() *slog.Logger {
	if c.Logger != nil {
		return c.Logger
	}
	return slog.New(slog.DiscardHandler)
}

// advance stores the move from one phase to the next; losing the race to another process
// is an error (the other process has the lease, or had it).
func (c *Cycle) advance(ctx context.Context, id string, from, to Phase, rec DayRecord) error {
	data, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	ok, err := c.Books.AdvanceIntent(ctx, id, string(from), string(to), data)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%s moved from %s by someone else", id, from)
	}
	return nil
}

type stepFunc func(ctx context.Context, tc *TokenCycle, day allocator.Day, rec *DayRecord) error

// stepFrom returns the phase after p and the step that reaches it.
func (c *Cycle) stepFrom(p Phase) (Phase, stepFunc) {
	switch p {
	case PhaseOpen:
		return PhaseClosed, c.close
	case PhaseClosed:
		return PhaseRecognized, c.recognize
	case PhaseRecognized:
		return PhaseBooked, c.book
	case PhaseBooked:
		return PhasePublished, c.publish
	case PhasePublished:
		return PhasePlanned, c.plan
	case PhasePlanned:
		return PhaseDone, c.execute
	}
	return "", nil
}

// close closes the feed for the day: from now on its balances are final. The averages are
// computed once, when the day is split (book).
func (c *Cycle) close(ctx context.Context, tc *TokenCycle, day allocator.Day, _ *DayRecord) error {
	return c.Feed.CloseDay(ctx, tc.Token.Symbol, day)
}

// recognize harvests, reconciles and recognizes the day's reward from the reserve.
func (c *Cycle) recognize(ctx context.Context, tc *TokenCycle, day allocator.Day, rec *DayRecord) error {
	sym := tc.Token.Symbol
	if _, err := tc.Custody.Harvest(ctx); err != nil {
		return fmt.Errorf("harvest: %w", err)
	}
	// The day's harvest is read from the books, not from what this call booked: a step
	// retried after a crash finds its rewards booked already, and must still count them.
	harvestedTotal, err := c.harvestedTotal(ctx, sym)
	if err != nil {
		return err
	}
	harvested, err := c.harvestedSince(ctx, tc, day, harvestedTotal)
	if err != nil {
		return err
	}
	unexplained, err := tc.Custody.Reconcile(ctx)
	if err != nil {
		return fmt.Errorf("reconcile: %w", err)
	}
	for _, u := range unexplained {
		c.log().WarnContext(ctx, "reconciliation difference", "token", sym, "day", day.String(), "difference", u)
	}
	custody, err := c.custody(ctx, sym)
	if err != nil {
		return err
	}
	commission, err := tc.Custody.CommissionBps(ctx)
	if err != nil {
		return fmt.Errorf("commission: %w", err)
	}
	reserve, err := c.Books.Balance(ctx, sym, ledger.RewardsReserve)
	if err != nil {
		return err
	}
	trailing, err := c.trailing(ctx, tc, day)
	if err != nil {
		return err
	}
	r, err := Recognize(RecognitionInput{Policy: tc.Recognition, Reserve: reserve,
		Today: DayYield{Harvested: harvested, Delegated: custody.delegated}, Trailing: trailing})
	if err != nil {
		return err
	}
	rec.Harvested, rec.HarvestedTotal = harvested, harvestedTotal
	rec.ReserveBefore, rec.Unexplained, rec.CommissionBps = reserve, unexplained, commission
	rec.Delegated, rec.Hot, rec.Unbonding, rec.InFlight = custody.delegated, custody.hot, custody.unbonding, custody.inFlight
	rec.Reward, rec.Wanted, rec.Shortfall, rec.RecognitionWhy, rec.RecognitionRule = r.Reward, r.Wanted, r.Shortfall, r.Why, tc.Recognition
	return nil
}

// harvestedTotal sums every harvest the books hold for the token: the reserve's credits
// by harvest transactions.
func (c *Cycle) harvestedTotal(ctx context.Context, token string) (money.Amount, error) {
	var total money.Amount
	err := c.Books.EachTransaction(ctx, token, func(tx ledger.Transaction) error {
		if tx.Reason != ledger.ReasonHarvest {
			return nil
		}
		for _, p := range tx.Postings {
			if p.Account == ledger.RewardsReserve {
				var err error
				if total, err = total.Add(p.Amount.Neg()); err != nil {
					return fmt.Errorf("harvest %s: %w", tx.Key, err)
				}
			}
		}
		return nil
	})
	return total, err
}

// harvestedSince is what was harvested since the last earlier day that recorded its
// harvest; everything, before the first.
func (c *Cycle) harvestedSince(ctx context.Context, tc *TokenCycle, day allocator.Day, total money.Amount) (money.Amount, error) {
	pos, ok, err := c.lastRecognized(ctx, tc.Token.Symbol, day)
	if err != nil || !ok {
		return total, err
	}
	since, err := total.Sub(pos)
	if err != nil {
		return money.Amount{}, err
	}
	if since.Sign() < 0 {
		return money.Amount{}, fmt.Errorf("the books hold %s harvested, less than the %s an earlier day recorded", total, pos)
	}
	return since, nil
}

// lastRecognized is the harvested total recorded by the day before day, if that day got
// as far as recognizing its reward. Days go in order, so it is the previous harvest.
func (c *Cycle) lastRecognized(ctx context.Context, token string, day allocator.Day) (money.Amount, bool, error) {
	phase, rec, found, err := c.Load(ctx, token, addDays(day, -1))
	if err != nil || !found || phaseIndex(phase) < phaseIndex(PhaseRecognized) {
		return money.Amount{}, false, err
	}
	return rec.HarvestedTotal, true, nil
}

type custodyTotals struct{ delegated, hot, unbonding, inFlight money.Amount }

// custody sums the token's custody accounts in the books by kind.
func (c *Cycle) custody(ctx context.Context, token string) (custodyTotals, error) {
	balances, err := c.Books.Balances(ctx, token)
	if err != nil {
		return custodyTotals{}, err
	}
	var t custodyTotals
	for _, b := range balances {
		var sum *money.Amount
		switch base, _, _ := strings.Cut(string(b.Account), "/"); base {
		case "custody:delegated":
			sum = &t.delegated
		case "custody:hot":
			sum = &t.hot
		case "custody:unbonding":
			sum = &t.unbonding
		case "custody:inflight":
			sum = &t.inFlight
		default:
			continue
		}
		if *sum, err = sum.Add(b.Amount); err != nil {
			return custodyTotals{}, fmt.Errorf("%s: %w", b.Account, err)
		}
	}
	return t, nil
}

// trailing reads the yields of the window's earlier days, oldest first, from their records.
func (c *Cycle) trailing(ctx context.Context, tc *TokenCycle, day allocator.Day) ([]DayYield, error) {
	var out []DayYield
	for back := tc.WindowDays - 1; back >= 1; back-- {
		d := addDays(day, -back)
		phase, rec, found, err := c.Load(ctx, tc.Token.Symbol, d)
		if err != nil {
			return nil, err
		}
		if !found || phaseIndex(phase) < phaseIndex(PhaseRecognized) {
			continue // before the pool's first day
		}
		out = append(out, DayYield{Harvested: rec.Harvested, Delegated: rec.Delegated})
	}
	return out, nil
}

func phaseIndex(p Phase) int {
	for i, q := range phaseOrder {
		if q == p {
			return i
		}
	}
	return -1
}

// earningBase is B, the custodial balance that earned the day's reward (SPEC.md "Splitting
// the day's reward"): everything in custody after the harvest (bonded, liquid, unbonding,
// in flight), or the users' average balances when those are larger. With the house's own
// funds in custody, the users' sum alone would hand them the house's yield.
func earningBase(rec *DayRecord, holdings []allocator.Holding) (money.Amount, error) {
	var sumAvg uint256.Int
	for i := range holdings {
		if _, overflow := sumAvg.AddOverflow(&sumAvg, &holdings[i].Avg); overflow {
			return money.Amount{}, fmt.Errorf("the sum of the averages overflows 256 bits")
		}
	}
	base := allocator.Amount(&sumAvg)
	var custody money.Amount
	for _, a := range []money.Amount{rec.Delegated, rec.Hot, rec.Unbonding, rec.InFlight} {
		var err error
		if custody, err = custody.Add(a); err != nil {
			return money.Amount{}, err
		}
	}
	if custody.Cmp(base) > 0 {
		base = custody
	}
	return base, nil
}

// book splits the recognized reward, stores every user's share, stores the signed batch
// and posts the day's books:
// the reserve pays users:payable, treasury:fee and treasury:orphan, under the batch's key.
func (c *Cycle) book(ctx context.Context, tc *TokenCycle, day allocator.Day, rec *DayRecord) error {
	holdings, err := c.Feed.Holdings(ctx, tc.Token, day)
	if err != nil {
		return err
	}
	p := tc.Params
	p.Reward = rec.Reward
	if p.Base, err = earningBase(rec, holdings); err != nil {
		return err
	}
	alloc, err := allocator.Split(holdings, p)
	if err != nil {
		return err
	}
	rec.Base = alloc.Base
	rec.Users, rec.Eligible = alloc.Users, alloc.EligibleUsers
	rec.SumAvg, rec.SumEffective = alloc.SumAvg, alloc.SumEffective
	if err := saveDistributions(ctx, c.Books, tc.Token.Symbol, day, alloc); err != nil {
		return fmt.Errorf("distributions: %w", err)
	}
	key, hash, err := c.Payouts.Record(ctx, tc.Token, day, alloc, p)
	if err != nil {
		return err
	}
	tx := ledger.Transaction{Token: tc.Token.Symbol, Key: key, Reason: ledger.ReasonPayoutBatch,
		Memo: "payout batch " + hash}
	add := func(a ledger.Account, amt money.Amount) {
		if !amt.IsZero() {
			tx.Postings = append(tx.Postings, ledger.Posting{Account: a, Amount: amt})
		}
	}
	add(ledger.RewardsReserve, alloc.Reward)
	add(ledger.UsersPayable, alloc.Distributable.Neg())
	add(ledger.TreasuryFee, alloc.Fee.Neg())
	add(ledger.TreasuryOrphan, alloc.Treasury.Neg())
	if len(tx.Postings) > 0 {
		if _, _, err := c.Books.Post(ctx, tx); err != nil {
			return err
		}
	}
	payable, err := c.Books.Balance(ctx, tc.Token.Symbol, ledger.UsersPayable)
	if err != nil {
		return err
	}
	rec.Fee, rec.Treasury, rec.Distributable, rec.Payable = alloc.Fee, alloc.Treasury, alloc.Distributable, payable
	rec.BatchKey, rec.BatchHash = key, hash
	return nil
}

// publish delivers the day's batch to every sink and notes whether it was late.
func (c *Cycle) publish(ctx context.Context, tc *TokenCycle, day allocator.Day, rec *DayRecord) error {
	if err := c.Payouts.Deliver(ctx, rec.BatchKey); err != nil {
		return err
	}
	rec.PublishedAt = c.now().UTC()
	rec.Late = rec.PublishedAt.After(day.End().Add(c.PublishBy))
	if rec.Late {
		c.log().WarnContext(ctx, "payout batch published late", "token", tc.Token.Symbol, "day", day.String(),
			"batch", rec.BatchKey, "due", day.End().Add(c.PublishBy), "published", rec.PublishedAt)
	}
	return nil
}

// plan stores today's rebalance actions before any is submitted, so that a resumed day
// submits the same ones.
func (c *Cycle) plan(ctx context.Context, tc *TokenCycle, day allocator.Day, rec *DayRecord) error {
	actions, err := tc.Custody.Plan(ctx, day)
	if err != nil {
		return err
	}
	rec.Actions = actions
	return nil
}

// execute submits the stored actions under ids derived from the day and drives them.
func (c *Cycle) execute(ctx context.Context, tc *TokenCycle, day allocator.Day, rec *DayRecord) error {
	if len(rec.Actions) == 0 {
		return nil
	}
	ids := make([]string, len(rec.Actions))
	for i := range rec.Actions {
		ids[i] = fmt.Sprintf("rebalance/%s/%s/%d", tc.Token.Symbol, day, i+1)
	}
	return tc.Custody.Execute(ctx, ids, rec.Actions)
}

// addDays returns the day n days after d (before, for negative n).
func addDays(d allocator.Day, n int) allocator.Day {
	return dayOf(d.Start().AddDate(0, 0, n))
}

// dayOf returns the UTC day holding t.
func dayOf(t time.Time) allocator.Day {
	d, err := allocator.ParseDay(t.UTC().Format(time.DateOnly))
	if err != nil {
		panic(err) // a formatted date always parses
	}
	return d
}
