package signer

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// evmChains are the chain families whose payloads are EVM transactions.
var evmChains = map[string]bool{"polygon": true, "bsc": true, "ronin": true, "sonic": true}

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
