package solana

import "github.com/softstake/staker/signer"

// DecodeIntent exposes the payload decoder to the external tests.
func DecodeIntent(payload []byte) (signer.Intent, error) { return decodeIntent(payload) }
