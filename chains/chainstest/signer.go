package chainstest

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/softstake/staker/signer"
)

// TestSigner is a test double for signer.Signer: it holds keys in memory, applies no policy
// and signs whatever it is asked with the named key. For secp256k1 keys the payload is an
// unsigned EVM transaction in its binary encoding, as the real signer expects: it is decoded
// and its chain-id signing hash is signed (65 bytes R||S||V, V in {0,1}). ed25519 keys sign
// the payload itself. It counts signatures per key, so tests can check how often signing
// happened. Never use it outside tests.
type TestSigner struct {
	mu    sync.Mutex
	ecdsa map[string]*ecdsa.PrivateKey
	ed    map[string]ed25519.PrivateKey
	signs map[string]int
}

// NewTestSigner returns an empty TestSigner.
func NewTestSigner() *TestSigner {
	return &TestSigner{ecdsa: map[string]*ecdsa.PrivateKey{}, ed: map[string]ed25519.PrivateKey{}, signs: map[string]int{}}
}

// AddSecp256k1 adds a secp256k1 key under id and returns its EVM address (0x…).
func (s *TestSigner) AddSecp256k1(id string, key *ecdsa.PrivateKey) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ecdsa[id] = key
	return crypto.PubkeyToAddress(key.PublicKey).Hex()
}

// AddEd25519 adds an ed25519 key under id.
func (s *TestSigner) AddEd25519(id string, key ed25519.PrivateKey) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ed[id] = key
}

// Signs returns how many signatures were made with key id.
func (s *TestSigner) Signs(id string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.signs[id]
}

// Sign signs req.Payload with the key req.KeyID.
func (s *TestSigner) Sign(ctx context.Context, req signer.Request) (signer.Signature, error) {
	if err := ctx.Err(); err != nil {
		return signer.Signature{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if k, ok := s.ecdsa[req.KeyID]; ok {
		hash, err := evmSigningHash(req.Payload, req.Intent.ChainID)
		if err != nil {
			return signer.Signature{}, fmt.Errorf("test signer: %w", err)
		}
		sig, err := crypto.Sign(hash, k)
		if err != nil {
			return signer.Signature{}, fmt.Errorf("test signer: %w", err)
		}
		s.signs[req.KeyID]++
		return signer.Signature{Bytes: sig, PublicKey: crypto.FromECDSAPub(&k.PublicKey)}, nil
	}
	if k, ok := s.ed[req.KeyID]; ok {
		s.signs[req.KeyID]++
		return signer.Signature{Bytes: ed25519.Sign(k, req.Payload), PublicKey: k.Public().(ed25519.PublicKey)}, nil
	}
	return signer.Signature{}, signer.ErrUnknownKey
}

func evmSigningHash(payload []byte, chainID string) ([]byte, error) {
	id, ok := new(big.Int).SetString(chainID, 10)
	if !ok {
		return nil, fmt.Errorf("chain id %q", chainID)
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(payload); err != nil {
		return nil, err
	}
	return types.LatestSignerForChainID(id).Hash(&tx).Bytes(), nil
}

// PublicKey returns the public key with the given id.
func (s *TestSigner) PublicKey(_ context.Context, id string) ([]byte, signer.KeyType, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if k, ok := s.ecdsa[id]; ok {
		return crypto.FromECDSAPub(&k.PublicKey), signer.Secp256k1, nil
	}
	if k, ok := s.ed[id]; ok {
		return k.Public().(ed25519.PublicKey), signer.Ed25519, nil
	}
	return nil, "", signer.ErrUnknownKey
}

// Interface guards
var _ signer.Signer = (*TestSigner)(nil)
