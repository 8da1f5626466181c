// Package signer owns custody keys and the decision to sign with them: the Signer interface
// the rest of the system asks, the request and decoded intent that policy judges, typed
// refusals, and (as they land) the encrypted keystore, the deny-by-default policy,
// approvals, the signing history and the tamper-evident audit log. Only this package ever
// holds key material.
package signer

import (
	"context"

	"github.com/softstake/staker/money"
)

// KeyType is the kind of a custody key.
type KeyType string

// Key types: ed25519 for SOL, NEAR, SUI, ALGO, TON and ADA; secp256k1 for the EVM chains.
const (
	Ed25519   KeyType = "ed25519"
	Secp256k1 KeyType = "secp256k1"
)

// Action is what a transaction does, as policy sees it.
type Action string

// Actions. Policy allows each per chain and key; anything else is denied.
const (
	ActionDelegate   Action = "delegate"
	ActionUndelegate Action = "undelegate"
	ActionWithdraw   Action = "withdraw" // matured unbonded funds back to liquid custody
	ActionClaim      Action = "claim"    // rewards paid out to custody
	ActionRestake    Action = "restake"  // rewards compounded into stake
	ActionRedelegate Action = "redelegate"
	ActionApprove    Action = "approve"  // an ERC-20 allowance to a staking contract
	ActionSplit      Action = "split"    // Solana stake account split
	ActionMerge      Action = "merge"    // Solana stake account merge
	ActionRegister   Action = "register" // Cardano stake registration and delegation certificates
	ActionTransfer   Action = "transfer" // a plain payment between custody accounts
)

// Actions returns every action policy knows, in a fixed order.
func Actions() []Action {
	return []Action{ActionDelegate, ActionUndelegate, ActionWithdraw, ActionClaim, ActionRestake, ActionRedelegate,
		ActionApprove, ActionSplit, ActionMerge, ActionRegister, ActionTransfer}
}

// Intent is the human-meaningful content of a transaction, decoded from its payload. It is
// what policy judges, what approvers sign, and what the audit log records.
type Intent struct {
	Action  Action
	Chain   string       // chain family, as money.Token.Chain ("bsc", "solana", …)
	ChainID string       // the chain id or genesis hash the payload is bound to ("56")
	From    string       // the custody address that signs, in the chain's native format
	To      string       // the validator, pool or contract acted on
	Token   string       // token symbol
	Amount  money.Amount // base units moved or staked; zero where the action moves none
	Nonce   string       // what makes the payload unique on its chain: nonce, blockhash, seqno
}

// Request asks for one signature.
type Request struct {
	KeyID   string
	Chain   string // chain family; must equal Intent.Chain
	Payload []byte // exactly the bytes the chain defines as signed (see each adapter)
	Intent  Intent // the adapter's description of Payload; checked against it where the chain allows
}

// Signature is the result of signing.
type Signature struct {
	// Bytes is the signature in the chain's form: 64 bytes for ed25519; 65 bytes R||S||V
	// (V in {0,1}) for secp256k1 over Keccak-256 of the payload's signing hash.
	Bytes     []byte
	PublicKey []byte
}

// Signer signs requests it is allowed to sign and refuses the rest with a typed error (see
// errors.go). Implementations are safe for concurrent use.
type Signer interface {
	// Sign returns the signature for req, or a refusal.
	Sign(ctx context.Context, req Request) (Signature, error)
	// PublicKey returns the public key and type of the key with the given id.
	PublicKey(ctx context.Context, keyID string) ([]byte, KeyType, error)
}

// Decoder decodes a chain's payload into the intent it carries, so the signer judges what
// it signs rather than what it was told. Each adapter supplies one for its chain.
type Decoder func(payload []byte) (Intent, error)
