package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/softstake/staker/money"
)

// The standings of a user's day: why the effective balance is what it is. They are the
// values of Distribution.Standing, stored as written here.
const (
	// StandingCounted: eligible, and the whole average balance counts.
	StandingCounted = "counted"
	// StandingCapped: eligible, the average is above the cap, and the cap counts.
	StandingCapped = "capped"
	// StandingBelowMinimum: eligible, but the average is below the minimum; nothing counts.
	StandingBelowMinimum = "below-minimum"
	// StandingInactive: not active for the whole day; nothing counts.
	StandingInactive = "inactive"
)

// Distribution is one user's share of a token's day, in base units: the daily average
// balance, the effective balance that counted, the reward, and the standing (one of the
// Standing… constants) that explains the effective balance.
type Distribution struct {
	Token, Day, User       string
	Avg, Effective, Reward money.Amount
	Standing               string
}

// ErrDistributionConflict means a user's distribution for a token's day was saved before
// with other content.
var ErrDistributionConflict = errors.New("distribution already saved with other content")

// ErrInvalidDistribution means a distribution row breaks the rules of SaveDistributions.
var ErrInvalidDistribution = errors.New("invalid distribution")

// DistributionConflictError reports a user's distribution saved again with other content.
type DistributionConflictError struct {
	Stored Distribution // the row saved first, which stays
	Given  Distribution // the row refused
}

func (e *DistributionConflictError) Error() string {
	return fmt.Sprintf("distribution of %s %s to user %q is saved as %s, not %s", e.Stored.Token, e.Stored.Day, e.Stored.User,
		describeDistribution(e.Stored), describeDistribution(e.Given))
}

// Unwrap makes a DistributionConflictError an ErrDistributionConflict.
func (e *DistributionConflictError) Unwrap() error { return ErrDistributionConflict }

func describeDistribution(d Distribution) string {
	return fmt.Sprintf("avg %s effective %s reward %s %s", d.Avg, d.Effective, d.Reward, d.Standing)
}

func (d Distribution) same(o Distribution) bool {
	return d.Avg.Equal(o.Avg) && d.Effective.Equal(o.Effective) && d.Reward.Equal(o.Reward) && d.Standing == o.Standing
}

// distributionChunk is how many rows one statement writes or reads.
const distributionChunk = 500

// SaveDistributions stores users' distributions of a token's day, all of the call's rows
// or none. It may be called in several batches for one day. Saving a (token, day, user)
// again with the same content changes nothing; with other content the whole call fails
// with a *DistributionConflictError and stores nothing. A row's Token and Day, when set,
// must be token and day. Each row must hold together: amounts not negative, the effective
// balance the average when counted, below it when capped, zero (and no reward) when below
// the minimum or inactive; a row that does not fails with ErrInvalidDistribution.
func (s *sqlStore) SaveDistributions(ctx context.Context, token, day string, rows []Distribution) error {
	norm, err := normalizeDistributions(token, day, rows)
	if err != nil {
		return err
	}
	if len(norm) == 0 {
		return nil
	}
	for attempt := 1; ; attempt++ {
		err := s.saveDistributions(ctx, token, day, norm)
		if err != nil && s.dialect.retryable(err) && attempt < 5 {
			continue
		}
		var conflict *DistributionConflictError
		if errors.As(err, &conflict) {
			return err
		}
		if err != nil {
			return fmt.Errorf("save distributions of %s %s: %w", token, day, err)
		}
		return nil
	}
}

// normalizeDistributions checks the rows, fills in their token and day, and returns them
// sorted by user with repeats of the same row dropped.
func normalizeDistributions(token, day string, rows []Distribution) ([]Distribution, error) {
	if t, err := money.Lookup(token); err != nil || t.Symbol != token {
		return nil, fmt.Errorf("save distributions: token %q is not a token symbol: %w", token, ErrInvalidDistribution)
	}
	if !validDay(day) {
		return nil, fmt.Errorf("save distributions of %s: day %q is not YYYY-MM-DD: %w", token, day, ErrInvalidDistribution)
	}
	out := make([]Distribution, 0, len(rows))
	for i, d := range rows {
		if d.Token == "" {
			d.Token = token
		}
		if d.Day == "" {
			d.Day = day
		}
		if err := checkDistribution(token, day, d); err != nil {
			return nil, fmt.Errorf("save distributions of %s %s: row %d: %w: %w", token, day, i, ErrInvalidDistribution, err)
		}
		out = append(out, d)
	}
	slices.SortStableFunc(out, func(a, b Distribution) int { return strings.Compare(a.User, b.User) })
	j := 0
	for i := range out {
		if j > 0 && out[j-1].User == out[i].User {
			if !out[j-1].same(out[i]) {
				return nil, &DistributionConflictError{Stored: out[j-1], Given: out[i]}
			}
			continue
		}
		out[j] = out[i]
		j++
	}
	return out[:j], nil
}

func checkDistribution(token, day string, d Distribution) error {
	switch {
	case d.Token != token:
		return fmt.Errorf("token %q in a call for %s", d.Token, token)
	case d.Day != day:
		return fmt.Errorf("day %q in a call for %s", d.Day, day)
	case d.User == "":
		return errors.New("empty user")
	case d.Avg.Sign() < 0 || d.Effective.Sign() < 0 || d.Reward.Sign() < 0:
		return fmt.Errorf("user %q: negative amount (avg %s, effective %s, reward %s)", d.User, d.Avg, d.Effective, d.Reward)
	}
	bad := ""
	switch d.Standing {
	case StandingCounted:
		if !d.Effective.Equal(d.Avg) {
			bad = "counted, but the effective balance is not the average"
		}
	case StandingCapped:
		if d.Effective.Cmp(d.Avg) >= 0 {
			bad = "capped, but the effective balance is not below the average"
		}
	case StandingBelowMinimum, StandingInactive:
		if !d.Effective.IsZero() || !d.Reward.IsZero() {
			bad = d.Standing + ", but with an effective balance or a reward"
		}
	default:
		return fmt.Errorf("user %q: standing %q is not one of %s, %s, %s, %s", d.User, d.Standing,
			StandingCounted, StandingCapped, StandingBelowMinimum, StandingInactive)
	}
	if bad != "" {
		return fmt.Errorf("user %q: %s (%s)", d.User, bad, describeDistribution(d))
	}
	return nil
}

func validDay(day string) bool {
	t, err := time.Parse(time.DateOnly, day)
	return err == nil && t.Format(time.DateOnly) == day
}

// saveDistributions runs one attempt of SaveDistributions in one database transaction.
func (s *sqlStore) saveDistributions(ctx context.Context, token, day string, rows []Distribution) (err error) {
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback() // the error is the one worth reporting
		}
	}()
	for start := 0; start < len(rows); start += distributionChunk {
		chunk := rows[start:min(start+distributionChunk, len(rows))]
		if err = s.insertDistributions(ctx, tx, token, day, chunk); err != nil {
			return err
		}
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// insertDistributions inserts the rows not stored yet and checks that those stored before
// hold the same content.
func (s *sqlStore) insertDistributions(ctx context.Context, tx *sql.Tx, token, day string, rows []Distribution) error {
	var values strings.Builder
	args := make([]any, 0, 7*len(rows))
	for i, d := range rows {
		if i > 0 {
			values.WriteString(", ")
		}
		values.WriteString("(?, ?, ?, ?, ?, ?, ?)")
		args = append(args, token, day, d.User, d.Avg.String(), d.Effective.String(), d.Reward.String(), d.Standing)
	}
	res, err := tx.QueryContext(ctx, s.q(`INSERT INTO distributions (token, day, user_id, avg, effective, reward, standing)
		VALUES `+values.String()+` ON CONFLICT (token, day, user_id) DO NOTHING RETURNING user_id`), args...)
	if err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	inserted := map[string]bool{}
	for res.Next() {
		var user string
		if err := res.Scan(&user); err != nil {
			res.Close()
			return fmt.Errorf("insert: %w", err)
		}
		inserted[user] = true
	}
	if err := errors.Join(res.Err(), res.Close()); err != nil {
		return fmt.Errorf("insert: %w", err)
	}
	if len(inserted) == len(rows) {
		return nil
	}
	given := map[string]Distribution{}
	marks := make([]string, 0, len(rows)-len(inserted))
	args = []any{token, day}
	for _, d := range rows {
		if !inserted[d.User] {
			given[d.User] = d
			marks = append(marks, "?")
			args = append(args, d.User)
		}
	}
	stored, err := s.queryDistributions(ctx, tx, `token = ? AND day = ? AND user_id IN (`+strings.Join(marks, ", ")+`)`, "user_id", args...)
	if err != nil {
		return fmt.Errorf("read existing: %w", err)
	}
	if len(stored) != len(given) {
		return fmt.Errorf("read existing: %d of %d rows found", len(stored), len(given))
	}
	for _, old := range stored {
		if d := given[old.User]; !old.same(d) {
			return &DistributionConflictError{Stored: old, Given: d}
		}
	}
	return nil
}

// UserDistributions returns the user's distributions, by day and then token: only the
// token's if token is not empty, and only the days from from to to (both YYYY-MM-DD,
// inclusive) where they are not empty.
func (s *sqlStore) UserDistributions(ctx context.Context, user, token, from, to string) ([]Distribution, error) {
	if user == "" {
		return nil, errors.New("user distributions: empty user")
	}
	where, args := `user_id = ?`, []any{user}
	for _, f := range []struct{ name, op, value string }{{"from", ">=", from}, {"to", "<=", to}} {
		if f.value == "" {
			continue
		}
		if !validDay(f.value) {
			return nil, fmt.Errorf("distributions of user %q: %s %q is not YYYY-MM-DD", user, f.name, f.value)
		}
		where += ` AND day ` + f.op + ` ?`
		args = append(args, f.value)
	}
	if token != "" {
		where += ` AND token = ?`
		args = append(args, token)
	}
	out, err := s.queryDistributions(ctx, s.db, where, "day, token", args...)
	if err != nil {
		return nil, fmt.Errorf("distributions of user %q: %w", user, err)
	}
	return out, nil
}

// querier is what queryDistributions reads through: the database or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func (s *sqlStore) queryDistributions(ctx context.Context, q querier, where, order string, args ...any) ([]Distribution, error) {
	rows, err := q.QueryContext(ctx, s.q(`SELECT token, day, user_id, `+s.dialect.amountOut("avg")+`, `+
		s.dialect.amountOut("effective")+`, `+s.dialect.amountOut("reward")+`, standing
		FROM distributions WHERE `+where+` ORDER BY `+order), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Distribution
	for rows.Next() {
		var d Distribution
		if err := rows.Scan(&d.Token, &d.Day, &d.User, &d.Avg, &d.Effective, &d.Reward, &d.Standing); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}
