// Package ledger owns the double-entry books of the custodian, one set per token, in integer
// base units: the chart of accounts, balanced transactions of postings with a reason and an
// idempotency key, the rules a transaction must satisfy before it is stored, and the
// invariants the stored books must always satisfy, as registered executable checks.
//
// Sign convention: a posting's amount is positive for a debit and negative for a credit, and
// every transaction's postings sum to zero. Custody accounts (what the custodian holds on
// chain) are debit-normal: their balance is the sum of their postings. All other accounts
// (what that custody is owed to: principal funded from outside, the reward reserve, users'
// payable rewards, treasury) are credit-normal: their balance is minus that sum. So every
// balance reads as a plain non-negative quantity, and for each token the custody balances
// add up to the other balances.
//
// The ledger package does no I/O; persistence is the store's.
package ledger

import (
	"fmt"
	"strings"
)

// Account names one account of the books: "class:name" or "class:name/sub", for example
// "custody:hot" or "custody:delegated/<validator>". Use ParseAccount to obtain a valid one.
type Account string

// Side is the normal side of an account: the side on which its balance grows.
type Side int

// Normal sides.
const (
	Debit  Side = 1
	Credit Side = -1
)

func (s Side) String() string {
	if s == Debit {
		return "debit"
	}
	return "credit"
}

// accountKind describes one entry of the chart of accounts.
type accountKind struct {
	base          string // "class:name"
	side          Side
	sub           subRule
	mayGoNegative bool
	about         string
}

type subRule int

const (
	subForbidden subRule = iota
	subRequired
	subOptional
)

// chart is the chart of accounts. A posting to an account not in it is refused.
var chart = []accountKind{
	{base: "custody:hot", side: Debit, about: "liquid custody: the undelegated buffer"},
	{base: "custody:delegated", side: Debit, sub: subRequired, about: "bonded stake, per validator"},
	{base: "custody:unbonding", side: Debit, sub: subOptional, about: "stake on its way back to liquid"},
	{base: "custody:inflight", side: Debit, sub: subOptional, about: "funds in a transaction not yet final"},
	{base: "external:chain", side: Credit, mayGoNegative: true, about: "principal funded from outside the books"},
	{base: "rewards:reserve", side: Credit, about: "harvested rewards not yet recognized"},
	{base: "users:payable", side: Credit, about: "rewards allocated to users, not yet paid out"},
	{base: "treasury:fee", side: Credit, about: "the platform fee"},
	{base: "treasury:orphan", side: Credit, about: "orphan yield and APR-ceiling excess"},
}

// AccountInfo describes an account kind of the chart, for help texts and reports.
type AccountInfo struct {
	Pattern       string // e.g. "custody:delegated/<sub>"
	Side          Side
	MayGoNegative bool
	About         string
}

// Chart returns the chart of accounts in a fixed order.
func Chart() []AccountInfo {
	out := make([]AccountInfo, 0, len(chart))
	for _, k := range chart {
		p := k.base
		switch k.sub {
		case subRequired:
			p += "/<sub>"
		case subOptional:
			p += "[/<sub>]"
		}
		out = append(out, AccountInfo{Pattern: p, Side: k.side, MayGoNegative: k.mayGoNegative, About: k.about})
	}
	return out
}

// maxSubLen bounds a sub-account name (a validator id, a pool address).
const maxSubLen = 128

// ParseAccount checks s against the chart of accounts and returns it as an Account.
// A sub-account is 1 to 128 characters of letters, digits and . _ - : @ + =, which covers
// validator ids and addresses on every supported chain.
func ParseAccount(s string) (Account, error) {
	base, sub, hasSub := strings.Cut(s, "/")
	k, ok := lookupKind(base)
	if !ok {
		return "", &AccountError{Account: s, Reason: "not in the chart of accounts (see 'staker ledger accounts')"}
	}
	switch {
	case hasSub && k.sub == subForbidden:
		return "", &AccountError{Account: s, Reason: base + " takes no sub-account"}
	case !hasSub && k.sub == subRequired:
		return "", &AccountError{Account: s, Reason: base + " needs a sub-account, e.g. " + base + "/<validator>"}
	case hasSub && !validSub(sub):
		return "", &AccountError{Account: s, Reason: fmt.Sprintf("sub-account must be 1 to %d of [A-Za-z0-9._:@+=-]", maxSubLen)}
	}
	return Account(s), nil
}

// MustAccount is ParseAccount for names fixed in code; it panics on a name not in the chart.
func MustAccount(s string) Account {
	a, err := ParseAccount(s)
	if err != nil {
		panic(err)
	}
	return a
}

// Side returns the account's normal side. It assumes a valid account.
func (a Account) Side() Side { return a.kind().side }

// MayGoNegative reports whether the account's balance may fall below zero. Only external
// counterparties may; a custody, reserve, payable or treasury balance below zero means money
// was spent that the books do not have.
func (a Account) MayGoNegative() bool { return a.kind().mayGoNegative }

func (a Account) kind() accountKind {
	base, _, _ := strings.Cut(string(a), "/")
	k, ok := lookupKind(base)
	if !ok {
		panic(fmt.Sprintf("ledger: account %q not in the chart", string(a)))
	}
	return k
}

func lookupKind(base string) (accountKind, bool) {
	for _, k := range chart {
		if k.base == base {
			return k, true
		}
	}
	return accountKind{}, false
}

func validSub(s string) bool {
	if s == "" || len(s) > maxSubLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case strings.IndexByte("._-:@+=", c) >= 0:
		default:
			return false
		}
	}
	return true
}

// Well-known accounts.
var (
	CustodyHot     = MustAccount("custody:hot")
	ExternalChain  = MustAccount("external:chain")
	RewardsReserve = MustAccount("rewards:reserve")
	UsersPayable   = MustAccount("users:payable")
	TreasuryFee    = MustAccount("treasury:fee")
	TreasuryOrphan = MustAccount("treasury:orphan")
)

// Delegated returns the account of stake bonded to the given validator.
func Delegated(validator string) (Account, error) {
	return ParseAccount("custody:delegated/" + validator)
}
