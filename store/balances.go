package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/softstake/staker/money"
)

// BalanceEvent is one event of the balance feed: from At on, User's spot balance of Token
// is Balance (base units, zero or more). ID identifies the event for idempotency.
type BalanceEvent struct {
	ID      string
	Token   string
	User    string
	At      time.Time
	Balance money.Amount
}

// ActivationEvent is one event of the activation feed: from At on, User has soft staking
// switched on (Active) or off. Activation covers every token. ID identifies the event for
// idempotency.
type ActivationEvent struct {
	ID     string
	User   string
	At     time.Time
	Active bool
}

// IngestResult counts what a batch of events did: events stored now, and events whose id
// was already stored with the same content (including repeats within the batch).
type IngestResult struct {
	Accepted   int
	Duplicates int
}

// Errors of the balance and activation feeds.
var (
	// ErrInvalidEvent means an event is malformed: an empty id or user, an unknown token,
	// a negative balance or a time out of range (see CheckEventTime).
	ErrInvalidEvent = errors.New("invalid event")
	// ErrEventConflict means an event id is already stored (or given twice in one batch)
	// with different content. Errors wrapping it are *EventConflictError.
	ErrEventConflict = errors.New("event id already used for different content")
	// ErrDayClosed means an event falls in a day already closed for its token. Errors
	// wrapping it are *DayClosedError.
	ErrDayClosed = errors.New("day already closed")
)

// EventConflictError names the event id used twice for different content.
type EventConflictError struct {
	Kind string // "balance" or "activation"
	ID   string
}

func (e *EventConflictError) Error() string {
	return fmt.Sprintf("%s event %q: %v", e.Kind, e.ID, ErrEventConflict)
}

// Unwrap returns ErrEventConflict.
func (e *EventConflictError) Unwrap() error { return ErrEventConflict }

// DayClosedError names the event refused because Token's Day is already closed: storing it
// would change that day's holdings after the fact.
type DayClosedError struct {
	Token   string
	Day     time.Time // 00:00 UTC of the closed day the event falls in
	EventID string
}

func (e *DayClosedError) Error() string {
	return fmt.Sprintf("event %q: %s %s: %v", e.EventID, e.Token, e.Day.Format(time.DateOnly), ErrDayClosed)
}

// Unwrap returns ErrDayClosed.
func (e *DayClosedError) Unwrap() error { return ErrDayClosed }

// Event times are stored as Unix nanoseconds in 64 bits.
var (
	earliestEventTime = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	latestEventTime   = time.Date(2262, 1, 1, 0, 0, 0, 0, time.UTC)
)

// CheckEventTime returns an error unless t lies in [1970-01-01, 2262-01-01) UTC, the range
// the store keeps event times in (Unix nanoseconds in 64 bits).
func CheckEventTime(t time.Time) error {
	if t.Before(earliestEventTime) || !t.Before(latestEventTime) {
		return fmt.Errorf("%s is outside [1970-01-01, 2262-01-01)", t.UTC().Format(time.RFC3339Nano))
	}
	return nil
}

// insertChunk is how many events one INSERT statement carries.
const insertChunk = 500

// balanceRow is a BalanceEvent as stored.
type balanceRow struct {
	id, token, user string
	atNs            int64
	balance         string // decimal base units, canonical
}

// activationRow is an ActivationEvent as stored.
type activationRow struct {
	id, user string
	atNs     int64
	active   bool
}

// dayOf returns the YYYY-MM-DD of the UTC day holding the Unix-nanosecond time ns.
func dayOf(ns int64) string { return time.Unix(0, ns).UTC().Format(time.DateOnly) }

// canonicalToken returns the registry's symbol for token, or an error naming it.
func canonicalToken(token string) (string, error) {
	tok, err := money.Lookup(token)
	if err != nil {
		return "", fmt.Errorf("token %q: %w", token, err)
	}
	return tok.Symbol, nil
}

// checkDay returns the YYYY-MM-DD of day, which must be 00:00 UTC.
func checkDay(day time.Time) (string, error) {
	if !day.Equal(day.UTC().Truncate(24*time.Hour)) || CheckEventTime(day) != nil {
		return "", fmt.Errorf("day %s is not 00:00 UTC of a day between 1970 and 2261", day.Format(time.RFC3339Nano))
	}
	return day.UTC().Format(time.DateOnly), nil
}

func invalidEvent(kind string, i int, id, what string) error {
	return fmt.Errorf("%s event %d (%q): %s: %w", kind, i, id, what, ErrInvalidEvent)
}

// RecordBalances stores a batch of balance events, all or nothing. An event whose id is
// already stored (or given earlier in the batch) with the same content counts as a
// duplicate; with different content the batch fails with an *EventConflictError. A new event
// timed in a day already closed for its token fails the batch with a *DayClosedError (a
// duplicate of a stored event never does). Nothing of a failed batch is stored, and the
// first failing event in batch order is the one named. Each stored event gets the next
// arrival number, in batch order, so of the events of one user and token at one instant the
// last to arrive is in force.
func (s *sqlStore) RecordBalances(ctx context.Context, events []BalanceEvent) (res IngestResult, err error) {
	if len(events) == 0 {
		return IngestResult{}, nil
	}
	rows := make([]balanceRow, len(events))
	for i, e := range events {
		switch {
		case e.ID == "":
			return res, invalidEvent("balance", i, e.ID, "empty id")
		case e.User == "":
			return res, invalidEvent("balance", i, e.ID, "empty user")
		case e.Balance.Sign() < 0:
			return res, invalidEvent("balance", i, e.ID, "negative balance "+e.Balance.String())
		}
		token, err := canonicalToken(e.Token)
		if err != nil {
			return res, invalidEvent("balance", i, e.ID, err.Error())
		}
		if err := CheckEventTime(e.At); err != nil {
			return res, invalidEvent("balance", i, e.ID, "time "+err.Error())
		}
		rows[i] = balanceRow{id: e.ID, token: token, user: e.User, atNs: e.At.UnixNano(), balance: e.Balance.String()}
	}

	tx, err := s.beginWrite(ctx)
	if err != nil {
		return res, fmt.Errorf("record balances: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback() // the error that made us roll back is the one worth reporting
		}
	}()
	arrival, err := s.lockFeed(ctx, tx, len(rows))
	if err != nil {
		return res, fmt.Errorf("record balances: %w", err)
	}
	closed, err := s.closedDays(ctx, tx)
	if err != nil {
		return res, fmt.Errorf("record balances: %w", err)
	}
	stored, err := s.storedBalances(ctx, tx, rows)
	if err != nil {
		return res, fmt.Errorf("record balances: %w", err)
	}
	first := make(map[string]int, len(rows)) // id -> index of its first new event in the batch
	var fresh []balanceRow
	for i, r := range rows {
		if prev, ok := stored[r.id]; ok {
			if prev != r {
				return res, &EventConflictError{Kind: "balance", ID: r.id}
			}
			res.Duplicates++
			continue
		}
		if j, ok := first[r.id]; ok {
			if rows[j] != r {
				return res, &EventConflictError{Kind: "balance", ID: r.id}
			}
			res.Duplicates++
			continue
		}
		if day := dayOf(r.atNs); closed[r.token] >= day {
			d, _ := time.Parse(time.DateOnly, day)
			return res, &DayClosedError{Token: r.token, Day: d, EventID: r.id}
		}
		first[r.id] = i
		fresh = append(fresh, r)
	}
	for start := 0; start < len(fresh); start += insertChunk {
		chunk := fresh[start:min(start+insertChunk, len(fresh))]
		args := make([]any, 0, 6*len(chunk))
		for i, r := range chunk {
			args = append(args, r.id, arrival+int64(start+i), r.token, r.user, r.atNs, r.balance)
		}
		if _, err = tx.ExecContext(ctx, s.q(`INSERT INTO balance_events (id, arrival, token, user_id, at_ns, balance) VALUES `+
			placeholders(len(chunk), 6)), args...); err != nil {
			return res, fmt.Errorf("record balances: %w", err)
		}
	}
	if err = tx.Commit(); err != nil {
		return res, fmt.Errorf("record balances: commit: %w", err)
	}
	res.Accepted = len(fresh)
	return res, nil
}

// RecordActivations stores a batch of activation events, all or nothing, under the rules of
// RecordBalances. Activation covers every token, so a new event is refused with a
// *DayClosedError when it is timed in a day already closed for any token (it would change
// who was eligible that day); the error names the token with the latest closed day.
func (s *sqlStore) RecordActivations(ctx context.Context, events []ActivationEvent) (res IngestResult, err error) {
	if len(events) == 0 {
		return IngestResult{}, nil
	}
	rows := make([]activationRow, len(events))
	for i, e := range events {
		switch {
		case e.ID == "":
			return res, invalidEvent("activation", i, e.ID, "empty id")
		case e.User == "":
			return res, invalidEvent("activation", i, e.ID, "empty user")
		}
		if err := CheckEventTime(e.At); err != nil {
			return res, invalidEvent("activation", i, e.ID, "time "+err.Error())
		}
		rows[i] = activationRow{id: e.ID, user: e.User, atNs: e.At.UnixNano(), active: e.Active}
	}

	tx, err := s.beginWrite(ctx)
	if err != nil {
		return res, fmt.Errorf("record activations: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback() // the error that made us roll back is the one worth reporting
		}
	}()
	arrival, err := s.lockFeed(ctx, tx, len(rows))
	if err != nil {
		return res, fmt.Errorf("record activations: %w", err)
	}
	closed, err := s.closedDays(ctx, tx)
	if err != nil {
		return res, fmt.Errorf("record activations: %w", err)
	}
	latestToken, latest := "", ""
	for token, through := range closed {
		if through > latest || (through == latest && token < latestToken) {
			latestToken, latest = token, through
		}
	}
	stored, err := s.storedActivations(ctx, tx, rows)
	if err != nil {
		return res, fmt.Errorf("record activations: %w", err)
	}
	first := make(map[string]int, len(rows))
	var fresh []activationRow
	for i, r := range rows {
		if prev, ok := stored[r.id]; ok {
			if prev != r {
				return res, &EventConflictError{Kind: "activation", ID: r.id}
			}
			res.Duplicates++
			continue
		}
		if j, ok := first[r.id]; ok {
			if rows[j] != r {
				return res, &EventConflictError{Kind: "activation", ID: r.id}
			}
			res.Duplicates++
			continue
		}
		if day := dayOf(r.atNs); latest >= day {
			d, _ := time.Parse(time.DateOnly, day)
			return res, &DayClosedError{Token: latestToken, Day: d, EventID: r.id}
		}
		first[r.id] = i
		fresh = append(fresh, r)
	}
	for start := 0; start < len(fresh); start += insertChunk {
		chunk := fresh[start:min(start+insertChunk, len(fresh))]
		args := make([]any, 0, 5*len(chunk))
		for i, r := range chunk {
			args = append(args, r.id, arrival+int64(start+i), r.user, r.atNs, r.active)
		}
		if _, err = tx.ExecContext(ctx, s.q(`INSERT INTO activation_events (id, arrival, user_id, at_ns, active) VALUES `+
			placeholders(len(chunk), 5)), args...); err != nil {
			return res, fmt.Errorf("record activations: %w", err)
		}
	}
	if err = tx.Commit(); err != nil {
		return res, fmt.Errorf("record activations: commit: %w", err)
	}
	res.Accepted = len(fresh)
	return res, nil
}

// lockFeed reserves n arrival numbers and returns the first. The row it updates stays locked
// until tx ends, so writers of the feed, and closers of days, go one at a time.
func (s *sqlStore) lockFeed(ctx context.Context, tx *sql.Tx, n int) (int64, error) {
	var next int64
	if err := tx.QueryRowContext(ctx, s.q(`UPDATE feed_arrivals SET next = next + ? WHERE id = 1 RETURNING next`), n).Scan(&next); err != nil {
		return 0, fmt.Errorf("lock feed: %w", err)
	}
	return next - int64(n), nil
}

// closedDays returns each token's last closed day, YYYY-MM-DD.
func (s *sqlStore) closedDays(ctx context.Context, tx *sql.Tx) (map[string]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT token, through FROM balance_days_closed`)
	if err != nil {
		return nil, fmt.Errorf("closed days: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var token, through string
		if err := rows.Scan(&token, &through); err != nil {
			return nil, fmt.Errorf("closed days: %w", err)
		}
		out[token] = through
	}
	return out, rows.Err()
}

// storedBalances returns the stored events among the ids of rows.
func (s *sqlStore) storedBalances(ctx context.Context, tx *sql.Tx, rows []balanceRow) (map[string]balanceRow, error) {
	out := map[string]balanceRow{}
	for start := 0; start < len(rows); start += insertChunk {
		chunk := rows[start:min(start+insertChunk, len(rows))]
		args := make([]any, len(chunk))
		for i, r := range chunk {
			args[i] = r.id
		}
		res, err := tx.QueryContext(ctx, s.q(`SELECT id, token, user_id, at_ns, `+s.dialect.amountOut("balance")+
			` FROM balance_events WHERE id IN (`+questionMarks(len(chunk))+`)`), args...)
		if err != nil {
			return nil, fmt.Errorf("read stored events: %w", err)
		}
		for res.Next() {
			var r balanceRow
			if err := res.Scan(&r.id, &r.token, &r.user, &r.atNs, &r.balance); err != nil {
				res.Close()
				return nil, fmt.Errorf("read stored events: %w", err)
			}
			out[r.id] = r
		}
		res.Close()
		if err := res.Err(); err != nil {
			return nil, fmt.Errorf("read stored events: %w", err)
		}
	}
	return out, nil
}

// storedActivations returns the stored events among the ids of rows.
func (s *sqlStore) storedActivations(ctx context.Context, tx *sql.Tx, rows []activationRow) (map[string]activationRow, error) {
	out := map[string]activationRow{}
	for start := 0; start < len(rows); start += insertChunk {
		chunk := rows[start:min(start+insertChunk, len(rows))]
		args := make([]any, len(chunk))
		for i, r := range chunk {
			args[i] = r.id
		}
		res, err := tx.QueryContext(ctx, s.q(`SELECT id, user_id, at_ns, active FROM activation_events WHERE id IN (`+
			questionMarks(len(chunk))+`)`), args...)
		if err != nil {
			return nil, fmt.Errorf("read stored events: %w", err)
		}
		for res.Next() {
			var r activationRow
			if err := res.Scan(&r.id, &r.user, &r.atNs, &r.active); err != nil {
				res.Close()
				return nil, fmt.Errorf("read stored events: %w", err)
			}
			out[r.id] = r
		}
		res.Close()
		if err := res.Err(); err != nil {
			return nil, fmt.Errorf("read stored events: %w", err)
		}
	}
	return out, nil
}

// questionMarks returns n comma-separated '?'s.
func questionMarks(n int) string { return strings.Repeat("?, ", n-1) + "?" }

// placeholders returns n groups of width '?'s: "(?, ?), (?, ?)".
func placeholders(n, width int) string {
	group := "(" + questionMarks(width) + ")"
	return strings.Repeat(group+", ", n-1) + group
}

// CloseBalanceDay closes token's day (00:00 UTC): from then on, new balance events of the
// token timed before the day's end, and new activation events timed before it, are refused
// with a *DayClosedError. Closing a day closes every earlier day of the token too, since an
// event in an earlier day would change this day's opening balances; so closing a day whose
// predecessor is still open closes both. Closing a closed day changes nothing.
func (s *sqlStore) CloseBalanceDay(ctx context.Context, token string, day time.Time) (err error) {
	token, err = canonicalToken(token)
	if err != nil {
		return fmt.Errorf("close day: %w", err)
	}
	d, err := checkDay(day)
	if err != nil {
		return fmt.Errorf("close day: %w", err)
	}
	tx, err := s.beginWrite(ctx)
	if err != nil {
		return fmt.Errorf("close %s %s: %w", token, d, err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback() // the error that made us roll back is the one worth reporting
		}
	}()
	if _, err = s.lockFeed(ctx, tx, 0); err != nil {
		return fmt.Errorf("close %s %s: %w", token, d, err)
	}
	if _, err = tx.ExecContext(ctx, s.q(`INSERT INTO balance_days_closed (token, through) VALUES (?, ?)
		ON CONFLICT (token) DO UPDATE SET through = excluded.through WHERE balance_days_closed.through < excluded.through`),
		token, d); err != nil {
		return fmt.Errorf("close %s %s: %w", token, d, err)
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("close %s %s: commit: %w", token, d, err)
	}
	return nil
}

// BalanceDayClosed reports whether token's day (00:00 UTC) is closed.
func (s *sqlStore) BalanceDayClosed(ctx context.Context, token string, day time.Time) (bool, error) {
	token, err := canonicalToken(token)
	if err != nil {
		return false, fmt.Errorf("day closed: %w", err)
	}
	d, err := checkDay(day)
	if err != nil {
		return false, fmt.Errorf("day closed: %w", err)
	}
	var through string
	err = s.db.QueryRowContext(ctx, s.q(`SELECT through FROM balance_days_closed WHERE token = ?`), token).Scan(&through)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("day closed %s %s: %w", token, d, err)
	}
	return d <= through, nil
}

// EachOpening calls fn, in user-id byte order, with each user's balance of token in force
// at 00:00 UTC of day: that of the user's last event before it by (time, arrival). Users
// with no event before the day are left out; zero balances are given. It reads the token's
// whole history before the day, one row at a time, and stops at fn's first error.
func (s *sqlStore) EachOpening(ctx context.Context, token string, day time.Time, fn func(user string, balance money.Amount) error) error {
	token, err := canonicalToken(token)
	if err != nil {
		return fmt.Errorf("opening balances: %w", err)
	}
	if _, err := checkDay(day); err != nil {
		return fmt.Errorf("opening balances: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT user_id, `+s.dialect.amountOut("balance")+` FROM balance_events
		WHERE token = ? AND at_ns < ? ORDER BY user_id, at_ns, arrival`), token, day.UnixNano())
	if err != nil {
		return fmt.Errorf("opening balances: %w", err)
	}
	defer rows.Close()
	var user, balance string
	have := false
	emit := func() error {
		a, err := money.ParseBaseUnits(balance)
		if err != nil {
			return fmt.Errorf("opening balance of %s: %w", user, err)
		}
		return fn(user, a)
	}
	for rows.Next() {
		var u, b string
		if err := rows.Scan(&u, &b); err != nil {
			return fmt.Errorf("opening balances: %w", err)
		}
		if have && u != user {
			if err := emit(); err != nil {
				return err
			}
		}
		user, balance, have = u, b, true
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("opening balances: %w", err)
	}
	if have {
		return emit()
	}
	return nil
}

// EachBalanceChange calls fn with token's balance events timed within day (00:00 UTC
// included, the next 00:00 excluded), in (time, arrival) order, one row at a time, and stops
// at fn's first error.
func (s *sqlStore) EachBalanceChange(ctx context.Context, token string, day time.Time, fn func(BalanceEvent) error) error {
	token, err := canonicalToken(token)
	if err != nil {
		return fmt.Errorf("balance changes: %w", err)
	}
	if _, err := checkDay(day); err != nil {
		return fmt.Errorf("balance changes: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, user_id, at_ns, `+s.dialect.amountOut("balance")+` FROM balance_events
		WHERE token = ? AND at_ns >= ? AND at_ns < ? ORDER BY at_ns, arrival`), token, day.UnixNano(), day.AddDate(0, 0, 1).UnixNano())
	if err != nil {
		return fmt.Errorf("balance changes: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			e       = BalanceEvent{Token: token}
			atNs    int64
			balance string
		)
		if err := rows.Scan(&e.ID, &e.User, &atNs, &balance); err != nil {
			return fmt.Errorf("balance changes: %w", err)
		}
		e.At = time.Unix(0, atNs).UTC()
		if e.Balance, err = money.ParseBaseUnits(balance); err != nil {
			return fmt.Errorf("balance event %q: %w", e.ID, err)
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("balance changes: %w", err)
	}
	return nil
}

// EachActivation calls fn with every activation event timed before the given time, in
// (user-id byte order, time, arrival) order, one row at a time, and stops at fn's first
// error.
func (s *sqlStore) EachActivation(ctx context.Context, before time.Time, fn func(ActivationEvent) error) error {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT id, user_id, at_ns, active FROM activation_events
		WHERE at_ns < ? ORDER BY user_id, at_ns, arrival`), clampNs(before))
	if err != nil {
		return fmt.Errorf("activations: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			e    ActivationEvent
			atNs int64
		)
		if err := rows.Scan(&e.ID, &e.User, &atNs, &e.Active); err != nil {
			return fmt.Errorf("activations: %w", err)
		}
		e.At = time.Unix(0, atNs).UTC()
		if err := fn(e); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("activations: %w", err)
	}
	return nil
}

// clampNs returns t in Unix nanoseconds, clamped to the range events are stored in.
func clampNs(t time.Time) int64 {
	switch {
	case t.Before(earliestEventTime):
		return earliestEventTime.UnixNano()
	case !t.Before(latestEventTime):
		return latestEventTime.UnixNano()
	}
	return t.UnixNano()
}
