package ledger

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/softstake/staker/money"
)

// Reason says why a transaction moved money. The numbers are persisted: never renumber,
// only add.
type Reason int

// Reasons. Unspecified is never valid on a transaction.
const (
	ReasonUnspecified    Reason = 0
	ReasonFunding        Reason = 1  // principal entering custody from outside
	ReasonDefunding      Reason = 2  // principal leaving custody
	ReasonDelegate       Reason = 3  // liquid custody bonded to a validator
	ReasonUndelegate     Reason = 4  // bonded stake starting to unbond
	ReasonUnbondComplete Reason = 5  // unbonded stake back to liquid
	ReasonHarvest        Reason = 6  // realized on-chain reward into the reserve
	ReasonPayoutBatch    Reason = 7  // a day's reward split into payable, fee and orphan
	ReasonPayoutSettled  Reason = 8  // payable rewards handed to the payout system
	ReasonNetworkFee     Reason = 9  // a chain's transaction fee paid from custody
	ReasonSlash          Reason = 10 // stake lost to a validator's fault
	ReasonCorrection     Reason = 11 // a manual correction by an operator
	ReasonRedelegate     Reason = 12 // bonded stake moved from one validator to another
)

var reasonNames = map[Reason]string{
	ReasonUnspecified:    "unspecified",
	ReasonFunding:        "funding",
	ReasonDefunding:      "defunding",
	ReasonDelegate:       "delegate",
	ReasonUndelegate:     "undelegate",
	ReasonUnbondComplete: "unbond_complete",
	ReasonHarvest:        "harvest",
	ReasonPayoutBatch:    "payout_batch",
	ReasonPayoutSettled:  "payout_settled",
	ReasonNetworkFee:     "network_fee",
	ReasonSlash:          "slash",
	ReasonCorrection:     "correction",
	ReasonRedelegate:     "redelegate",
}

// String returns the reason's persisted name, e.g. "harvest".
func (r Reason) String() string {
	if n, ok := reasonNames[r]; ok {
		return n
	}
	return "reason(" + strconv.Itoa(int(r)) + ")"
}

// ParseReason returns the reason with the given name.
func ParseReason(s string) (Reason, error) {
	for r, n := range reasonNames {
		if n == s && r != ReasonUnspecified {
			return r, nil
		}
	}
	return ReasonUnspecified, fmt.Errorf("unknown reason %q", s)
}

// Posting is one line of a transaction: a debit (positive amount) or a credit (negative
// amount) to one account, in base units.
type Posting struct {
	Account Account
	Amount  money.Amount
}

// Transaction is a balanced group of postings for one token, stored atomically and at most
// once per idempotency key.
type Transaction struct {
	ID       int64     // assigned by the store
	PostedAt time.Time // assigned by the store
	Hash     string    // ContentHash, recorded by the store when the transaction is stored
	Token    string    // token symbol, e.g. "SOL"
	Key      string    // idempotency key: the same key with the same content is stored once
	Reason   Reason
	Memo     string // free text; mandatory for corrections
	Postings []Posting
}

// Limits on a transaction's text fields.
const (
	MaxKeyLen  = 200
	MaxMemoLen = 1000
)

// Normalize validates tx and returns its canonical form: token symbol upper-case, postings
// sorted by account. The store keeps only canonical transactions. The error is an
// *InvalidError or *AccountError, both ErrInvalid.
func Normalize(tx Transaction) (Transaction, error) {
	bad := func(format string, args ...any) (Transaction, error) {
		return Transaction{}, &InvalidError{Key: tx.Key, Reason: fmt.Sprintf(format, args...)}
	}
	tok, err := money.Lookup(tx.Token)
	if err != nil {
		return bad("%v", err)
	}
	tx.Token = tok.Symbol
	if tx.Key == "" || len(tx.Key) > MaxKeyLen || !printableASCII(tx.Key) {
		return bad("idempotency key must be 1 to %d printable ASCII characters without spaces", MaxKeyLen)
	}
	if _, ok := reasonNames[tx.Reason]; !ok || tx.Reason == ReasonUnspecified {
		return bad("reason %s is not a valid reason", tx.Reason)
	}
	if !utf8.ValidString(tx.Memo) || len(tx.Memo) > MaxMemoLen {
		return bad("memo must be valid UTF-8 of at most %d bytes", MaxMemoLen)
	}
	if tx.Reason == ReasonCorrection && tx.Memo == "" {
		return bad("a correction needs a memo saying why")
	}
	if len(tx.Postings) < 2 {
		return bad("needs at least two postings, has %d", len(tx.Postings))
	}
	postings := make([]Posting, len(tx.Postings))
	copy(postings, tx.Postings)
	sort.Slice(postings, func(i, j int) bool { return postings[i].Account < postings[j].Account })
	sum := money.Zero
	for i, p := range postings {
		if _, err := ParseAccount(string(p.Account)); err != nil {
			return Transaction{}, err
		}
		if i > 0 && postings[i-1].Account == p.Account {
			return bad("account %s appears twice", p.Account)
		}
		if p.Amount.IsZero() {
			return bad("posting to %s is zero", p.Account)
		}
		if sum, err = sum.Add(p.Amount); err != nil {
			return bad("postings overflow: %v", err)
		}
	}
	if !sum.IsZero() {
		return bad("unbalanced: debits exceed credits by %s base units", sum)
	}
	tx.Postings = postings
	return tx, nil
}

func printableASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] > '~' {
			return false
		}
	}
	return true
}

// ContentHash returns the hex SHA-256 of the canonical encoding of a normalized transaction's
// content: token, key, reason, memo and postings; not the store-assigned ID or time. Two
// transactions with the same key are the same transaction exactly when their hashes match.
func ContentHash(tx Transaction) string {
	h := sha256.New()
	field := func(s string) {
		h.Write([]byte(strconv.Itoa(len(s))))
		h.Write([]byte{':'})
		h.Write([]byte(s))
	}
	field("staker-ledger-tx-v1")
	field(tx.Token)
	field(tx.Key)
	field(strconv.Itoa(int(tx.Reason)))
	field(tx.Memo)
	field(strconv.Itoa(len(tx.Postings)))
	for _, p := range tx.Postings {
		field(string(p.Account))
		field(p.Amount.String())
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Balance is an account's balance on its normal side, in base units.
type Balance struct {
	Token   string
	Account Account
	Amount  money.Amount
}

// NormalBalance converts a raw sum of postings (debits minus credits) to the account's
// balance on its normal side.
func NormalBalance(a Account, rawSum money.Amount) money.Amount {
	if a.Side() == Credit {
		return rawSum.Neg()
	}
	return rawSum
}
