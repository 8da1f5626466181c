package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/softstake/staker/ledger"
	"github.com/softstake/staker/money"
)

// dialect holds what differs between the SQL backends.
type dialect interface {
	name() string
	// rebind rewrites '?' placeholders into the backend's form.
	rebind(query string) string
	// amountOut wraps a column holding an amount so that it scans as a decimal string.
	amountOut(col string) string
	// applyBalance adds change (on the account's normal side) to the stored balance of
	// (token, account) inside tx and returns the new balance.
	applyBalance(ctx context.Context, tx *sql.Tx, token string, account ledger.Account, change money.Amount) (money.Amount, error)
	// encodeTime and decodeTime map timestamps to and from the column.
	encodeTime(t time.Time) any
	decodeTime(src any) (time.Time, error)
	// retryable reports whether err is a transient conflict worth running the transaction
	// again for (a serialization failure or deadlock).
	retryable(err error) bool
}

// sqlStore implements Store over database/sql for every dialect.
type sqlStore struct {
	db      *sql.DB
	dialect dialect
	opts    Options
	closeFn func() error // extra cleanup after the database is closed
}

// postingHook, when set by tests, runs after each posting is written inside Post's
// transaction, and with -1 after the commit.
var postingHook func(written int)

func (s *sqlStore) Backend() string { return s.dialect.name() }

func (s *sqlStore) Close() error {
	err := s.db.Close()
	if s.closeFn != nil {
		err = errors.Join(err, s.closeFn())
	}
	return err
}

func (s *sqlStore) q(query string) string { return s.dialect.rebind(query) }

// Post implements Store.
func (s *sqlStore) Post(ctx context.Context, tx ledger.Transaction) (ledger.Transaction, bool, error) {
	norm, err := ledger.Normalize(tx)
	if err != nil {
		return ledger.Transaction{}, false, err
	}
	norm.Hash = ledger.ContentHash(norm)
	norm.PostedAt = s.opts.Now().UTC().Truncate(time.Microsecond)
	for attempt := 1; ; attempt++ {
		created, err := s.post(ctx, &norm)
		if err != nil && s.dialect.retryable(err) && attempt < 5 {
			continue
		}
		var conflict *ledger.ConflictError
		var funds *ledger.InsufficientFundsError
		if errors.As(err, &conflict) || errors.As(err, &funds) {
			return ledger.Transaction{}, false, err // they name the transaction already
		}
		if err != nil {
			return ledger.Transaction{}, false, fmt.Errorf("post %q: %w", norm.Key, err)
		}
		if !created {
			existing, err := s.Transaction(ctx, norm.Key)
			if err != nil {
				return ledger.Transaction{}, false, fmt.Errorf("post %q: %w", norm.Key, err)
			}
			return existing, false, nil
		}
		if postingHook != nil {
			postingHook(-1)
		}
		return norm, true, nil
	}
}

// post runs one attempt of Post in a database transaction. It sets norm.ID when it stores
// the transaction.
func (s *sqlStore) post(ctx context.Context, norm *ledger.Transaction) (created bool, err error) {
	dbtx, err := s.beginWrite(ctx)
	if err != nil {
		return false, err
	}
	defer func() {
		if err != nil {
			_ = dbtx.Rollback() // the error that made us roll back is the one worth reporting
		}
	}()
	var id int64
	err = dbtx.QueryRowContext(ctx, s.q(`INSERT INTO ledger_transactions
		(idem_key, token, reason, memo, content_hash, posted_at) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (idem_key) DO NOTHING RETURNING id`),
		norm.Key, norm.Token, int(norm.Reason), norm.Memo, norm.Hash, s.dialect.encodeTime(norm.PostedAt)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		var existingID int64
		var existingHash string
		err = dbtx.QueryRowContext(ctx, s.q(`SELECT id, content_hash FROM ledger_transactions WHERE idem_key = ?`), norm.Key).
			Scan(&existingID, &existingHash)
		if err != nil {
			return false, fmt.Errorf("read existing: %w", err)
		}
		if existingHash != norm.Hash {
			err = &ledger.ConflictError{Key: norm.Key, ExistingID: existingID, ExistingHash: existingHash, GivenHash: norm.Hash}
			return false, err
		}
		return false, dbtx.Rollback()
	}
	if err != nil {
		return false, fmt.Errorf("insert transaction: %w", err)
	}
	for i, p := range norm.Postings {
		if _, err = dbtx.ExecContext(ctx, s.q(`INSERT INTO ledger_postings (tx_id, seq, account, amount) VALUES (?, ?, ?, ?)`),
			id, i, string(p.Account), p.Amount.String()); err != nil {
			return false, fmt.Errorf("insert posting %s: %w", p.Account, err)
		}
		change := ledger.NormalBalance(p.Account, p.Amount)
		var after money.Amount
		after, err = s.dialect.applyBalance(ctx, dbtx, norm.Token, p.Account, change)
		if err != nil {
			return false, fmt.Errorf("balance of %s: %w", p.Account, err)
		}
		if after.Sign() < 0 && !p.Account.MayGoNegative() {
			before, _ := after.Sub(change)
			err = &ledger.InsufficientFundsError{Key: norm.Key, Token: norm.Token, Account: p.Account, Balance: before, Change: change}
			return false, err
		}
		if postingHook != nil {
			postingHook(i + 1)
		}
	}
	if err = dbtx.Commit(); err != nil {
		return false, fmt.Errorf("commit: %w", err)
	}
	norm.ID = id
	return true, nil
}

// Transaction implements Store.
func (s *sqlStore) Transaction(ctx context.Context, key string) (ledger.Transaction, error) {
	var found *ledger.Transaction
	err := s.eachTransaction(ctx, `t.idem_key = ?`, key, func(tx ledger.Transaction) error {
		found = &tx
		return nil
	})
	if err != nil {
		return ledger.Transaction{}, err
	}
	if found == nil {
		return ledger.Transaction{}, fmt.Errorf("transaction %q: %w", key, ErrNotFound)
	}
	return *found, nil
}

// EachTransaction implements ledger.View.
func (s *sqlStore) EachTransaction(ctx context.Context, token string, fn func(ledger.Transaction) error) error {
	return s.eachTransaction(ctx, `t.token = ?`, token, fn)
}

// eachTransaction streams the transactions matching where (with one argument) in ID order,
// each with its postings.
func (s *sqlStore) eachTransaction(ctx context.Context, where string, arg any, fn func(ledger.Transaction) error) error {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT t.id, t.idem_key, t.token, t.reason, t.memo, t.content_hash, t.posted_at,
			p.account, `+s.dialect.amountOut("p.amount")+`
		FROM ledger_transactions t JOIN ledger_postings p ON p.tx_id = t.id
		WHERE `+where+` ORDER BY t.id, p.seq`), arg)
	if err != nil {
		return fmt.Errorf("read transactions: %w", err)
	}
	defer rows.Close()
	var cur ledger.Transaction
	flush := func() error {
		if cur.ID == 0 {
			return nil
		}
		err := fn(cur)
		cur = ledger.Transaction{}
		return err
	}
	for rows.Next() {
		var (
			id                     int64
			key, token, memo, hash string
			reason                 int
			postedAt               any
			account, amount        string
		)
		if err := rows.Scan(&id, &key, &token, &reason, &memo, &hash, &postedAt, &account, &amount); err != nil {
			return fmt.Errorf("read transactions: %w", err)
		}
		if id != cur.ID {
			if err := flush(); err != nil {
				return err
			}
			at, err := s.dialect.decodeTime(postedAt)
			if err != nil {
				return fmt.Errorf("transaction %d: posted_at: %w", id, err)
			}
			cur = ledger.Transaction{ID: id, Key: key, Token: token, Reason: ledger.Reason(reason), Memo: memo, Hash: hash, PostedAt: at}
		}
		a, err := money.ParseBaseUnits(amount)
		if err != nil {
			return fmt.Errorf("transaction %d: posting %s: %w", id, account, err)
		}
		cur.Postings = append(cur.Postings, ledger.Posting{Account: ledger.Account(account), Amount: a})
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read transactions: %w", err)
	}
	return flush()
}

// Tokens implements ledger.View.
func (s *sqlStore) Tokens(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT token FROM ledger_transactions ORDER BY token`)
	if err != nil {
		return nil, fmt.Errorf("read tokens: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, fmt.Errorf("read tokens: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// Balances implements ledger.View.
func (s *sqlStore) Balances(ctx context.Context, token string) ([]ledger.Balance, error) {
	rows, err := s.db.QueryContext(ctx, s.q(`SELECT account, `+s.dialect.amountOut("balance")+`
		FROM ledger_balances WHERE token = ? ORDER BY account`), token)
	if err != nil {
		return nil, fmt.Errorf("read balances: %w", err)
	}
	defer rows.Close()
	var out []ledger.Balance
	for rows.Next() {
		var account, amount string
		if err := rows.Scan(&account, &amount); err != nil {
			return nil, fmt.Errorf("read balances: %w", err)
		}
		a, err := money.ParseBaseUnits(amount)
		if err != nil {
			return nil, fmt.Errorf("balance of %s %s: %w", token, account, err)
		}
		out = append(out, ledger.Balance{Token: token, Account: ledger.Account(account), Amount: a})
	}
	return out, rows.Err()
}

// Balance implements Store.
func (s *sqlStore) Balance(ctx context.Context, token string, account ledger.Account) (money.Amount, error) {
	var amount string
	err := s.db.QueryRowContext(ctx, s.q(`SELECT `+s.dialect.amountOut("balance")+` FROM ledger_balances
		WHERE token = ? AND account = ?`), token, string(account)).Scan(&amount)
	if errors.Is(err, sql.ErrNoRows) {
		return money.Zero, nil
	}
	if err != nil {
		return money.Zero, fmt.Errorf("balance of %s %s: %w", token, account, err)
	}
	return money.ParseBaseUnits(amount)
}

// rebindDollar rewrites '?' placeholders to $1, $2, … . Queries here never hold a '?'
// inside a string literal.
func rebindDollar(query string) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// Interface guards.
var _ Store = (*sqlStore)(nil)
