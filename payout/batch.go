// Package payout owns the payout batch: one token's rewards for one day as the user-payout
// system receives them. It builds a batch from an allocator split, defines the batch's
// canonical byte form and manifest hash, signs and verifies it with an ed25519 feed key,
// encodes it as JSON, and delivers it through the feed outputs (JetStream, file export and
// an HTTP pull handler over the store). README.md next to this file is the specification
// of the canonical form, the signature and the JSON, written so that a payout system can
// check a batch without this code.
package payout

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/money"
)

// Line is one user's reward in a batch, in base units of the batch's token. It is always
// above zero.
type Line struct {
	User   string
	Amount money.Amount
}

// Totals are a batch's sums and the parameters of its split. Every base unit of the
// reward is accounted for: Fee + Treasury + Distributable == Reward, and the lines add up
// to Distributable.
type Totals struct {
	Reward        money.Amount // R, the reward recognized for the day
	Fee           money.Amount // the platform fee taken from R
	Treasury      money.Amount // orphan yield and the excess over the APR ceiling
	Distributable money.Amount // what the lines add up to
	SumEffective  money.Amount // the sum of the users' effective balances
	Lines         int          // the number of lines
	FeeBps        uint32       // the fee in basis points of R
	Policy        string       // the distribution policy: "pool_rate" or "redistribute"
}

// Batch is one token's payout for one day: one line per user with a non-zero reward,
// ordered by user id in byte order, and the totals. Key identifies the batch for ever;
// publishing the same batch twice is harmless because the key and the content are the
// same.
type Batch struct {
	Key    string // the idempotency key, see BatchKey
	Token  string // the token symbol, as the money registry spells it ("SOL")
	Day    string // the UTC day the reward is for, YYYY-MM-DD
	Totals Totals
	Lines  []Line
}

// BatchKey returns the stable key of the batch of token for day: "payout/SOL/2026-11-20".
func BatchKey(token money.Token, day allocator.Day) string {
	return "payout/" + token.Symbol + "/" + day.String()
}

// FromAllocation builds the batch of token for day from the day's split a, made with the
// parameters p. Users whose reward is zero get no line. It fails with ErrMalformed if a
// user id cannot be carried (see README.md: no control characters, valid UTF-8), and if p
// is not the parameters of a (its reward differs).
func FromAllocation(token money.Token, day allocator.Day, a *allocator.Allocation, p allocator.Params) (Batch, error) {
	key := BatchKey(token, day)
	if !a.Reward.Equal(p.Reward) {
		return Batch{}, fmt.Errorf("batch %s: %w: the split's reward %s is not the parameters' %s", key, ErrMalformed, a.Reward, p.Reward)
	}
	lines := make([]Line, 0, a.EffectiveUsers)
	for s := range a.Shares() {
		if s.Reward.IsZero() {
			continue
		}
		lines = append(lines, Line{User: s.User, Amount: allocator.Amount(&s.Reward)})
	}
	order := allocator.UserOrder(len(lines), func(i int) string { return lines[i].User })
	sorted := make([]Line, len(lines))
	for i, j := range order {
		sorted[i] = lines[j]
	}
	b := Batch{
		Key:   key,
		Token: token.Symbol,
		Day:   day.String(),
		Totals: Totals{
			Reward:        a.Reward,
			Fee:           a.Fee,
			Treasury:      a.Treasury,
			Distributable: a.Distributable,
			SumEffective:  a.SumEffective,
			Lines:         len(sorted),
			FeeBps:        p.FeeBps,
			Policy:        p.Policy.String(),
		},
		Lines: sorted,
	}
	if err := b.Validate(); err != nil {
		return Batch{}, err
	}
	return b, nil
}

// Validate checks that b is well formed and that its totals add up, as README.md
// specifies. The error wraps ErrMalformed or ErrTotals and names the first problem found.
func (b Batch) Validate() error {
	if err := b.validateHeader(); err != nil {
		return fmt.Errorf("batch %q: %w: %w", b.Key, ErrMalformed, err)
	}
	sum, err := b.validateLines()
	if err != nil {
		return fmt.Errorf("batch %s: %w: %w", b.Key, ErrMalformed, err)
	}
	t := b.Totals
	switch {
	case t.Lines != len(b.Lines):
		return fmt.Errorf("batch %s: %w: totals count %d lines, the batch has %d", b.Key, ErrTotals, t.Lines, len(b.Lines))
	case !sum.Equal(t.Distributable):
		return fmt.Errorf("batch %s: %w: the lines add up to %s, distributable is %s", b.Key, ErrTotals, sum, t.Distributable)
	}
	accounted, err := t.Fee.Add(t.Treasury)
	if err == nil {
		accounted, err = accounted.Add(sum)
	}
	if err != nil || !accounted.Equal(t.Reward) {
		return fmt.Errorf("batch %s: %w: fee %s + treasury %s + lines %s = %s, reward is %s",
			b.Key, ErrTotals, t.Fee, t.Treasury, sum, accounted, t.Reward)
	}
	return nil
}

func (b Batch) validateHeader() error {
	if err := checkText("key", b.Key); err != nil {
		return err
	}
	tok, err := money.Lookup(b.Token)
	if err != nil || tok.Symbol != b.Token {
		return fmt.Errorf("token %q is not a supported token symbol", b.Token)
	}
	if d, err := allocator.ParseDay(b.Day); err != nil || d.String() != b.Day {
		return fmt.Errorf("day %q is not a YYYY-MM-DD date", b.Day)
	}
	t := b.Totals
	if p, err := allocator.ParsePolicy(t.Policy); err != nil || p.String() != t.Policy {
		return fmt.Errorf("policy %q is not pool_rate or redistribute", t.Policy)
	}
	if t.FeeBps > 10000 {
		return fmt.Errorf("fee_bps %d is above 10000", t.FeeBps)
	}
	if t.Lines < 0 {
		return fmt.Errorf("line count %d is negative", t.Lines)
	}
	for _, f := range []struct {
		name string
		v    money.Amount
	}{{"reward", t.Reward}, {"fee", t.Fee}, {"treasury", t.Treasury}, {"distributable", t.Distributable}, {"sum_effective", t.SumEffective}} {
		if f.v.Sign() < 0 {
			return fmt.Errorf("%s %s is negative", f.name, f.v)
		}
	}
	return nil
}

// validateLines checks the lines and returns their sum.
func (b Batch) validateLines() (money.Amount, error) {
	sum := money.Zero
	for i, l := range b.Lines {
		if err := checkText("user", l.User); err != nil {
			return money.Zero, fmt.Errorf("line %d: %w", i+1, err)
		}
		if i > 0 && strings.Compare(b.Lines[i-1].User, l.User) >= 0 {
			return money.Zero, fmt.Errorf("line %d: user %q does not sort after %q (byte order, no duplicates)", i+1, l.User, b.Lines[i-1].User)
		}
		if l.Amount.Sign() <= 0 {
			return money.Zero, fmt.Errorf("line %d: user %q: amount %s is not above zero", i+1, l.User, l.Amount)
		}
		var err error
		if sum, err = sum.Add(l.Amount); err != nil {
			return money.Zero, fmt.Errorf("line %d: the lines add up beyond 2^256: %w", i+1, err)
		}
	}
	return sum, nil
}

// checkText refuses the texts the canonical form cannot carry: empty, invalid UTF-8, or
// holding a control character (U+0000 to U+001F, U+007F to U+009F).
func checkText(what, s string) error {
	if s == "" {
		return fmt.Errorf("empty %s", what)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return fmt.Errorf("%s %q has a control character at byte %d", what, s, i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return fmt.Errorf("%s %q is not valid UTF-8 at byte %d", what, s, i)
		}
		if r <= 0x9f {
			return fmt.Errorf("%s %q has a control character at byte %d", what, s, i)
		}
		i += size
	}
	return nil
}
