package signer

import (
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"golang.org/x/crypto/blake2b"
)

// evmChains are the chain families whose payloads are EVM transactions.
var evmChains = map[string]bool{"polygon": true, "bsc": true, "ronin": true, "sonic": true}

// messageToSign derives, from a payload, the exact bytes the chain's signature covers. The
// signer computes it itself, so what it signs is always what it decoded and judged:
//
//   - EVM chains: the payload is the unsigned transaction's binary encoding; the message is
//     its signing hash for the chain id (EIP-155 / EIP-2718).
//   - solana: the payload is the serialized transaction message, signed as it is.
//   - cardano: the payload is the CBOR transaction body; the message is its blake2b-256.
//   - near: the payload is the borsh-serialized transaction; the message is its SHA-256.
//   - sui: the payload is the BCS TransactionData; the message is the blake2b-256 of the
//     transaction intent prefix (0, 0, 0) followed by it.
//   - algorand: the payload is the msgpack transaction; the message is "TX" followed by it.
//
// Other chains are refused until their payload format is defined.
func messageToSign(chain, chainID string, payload []byte) ([]byte, error) {
	switch {
	case evmChains[chain]:
		return evmSigningHash(payload, chainID)
	case chain == "solana":
		return payload, nil
	case chain == "cardano":
		sum := blake2b.Sum256(payload)
		return sum[:], nil
	case chain == "near":
		sum := sha256.Sum256(payload)
		return sum[:], nil
	case chain == "sui":
		sum := blake2b.Sum256(append([]byte{0, 0, 0}, payload...))
		return sum[:], nil
	case chain == "algorand":
		return append([]byte("TX"), payload...), nil
	}
	return nil, fmt.Errorf("no signing rule for %s payloads", chain)
}

// evmSigningHash decodes an unsigned EVM transaction (its binary encoding: RLP for legacy
// transactions, type byte and RLP for typed ones) and returns the hash its sender signs.
// Typed transactions carry their chain id, which must equal chainID; a legacy transaction is
// bound to chainID by EIP-155 replay protection.
func evmSigningHash(payload []byte, chainID string) ([]byte, error) {
	id, ok := new(big.Int).SetString(chainID, 10)
	if !ok || id.Sign() <= 0 {
		return nil, fmt.Errorf("EVM chain id %q is not a positive integer", chainID)
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(payload); err != nil {
		return nil, fmt.Errorf("decode EVM transaction: %w", err)
	}
	if tx.Type() != types.LegacyTxType && tx.ChainId().Cmp(id) != 0 {
		return nil, fmt.Errorf("EVM transaction is bound to chain id %s, not %s", tx.ChainId(), id)
	}
	return types.LatestSignerForChainID(id).Hash(&tx).Bytes(), nil
}
