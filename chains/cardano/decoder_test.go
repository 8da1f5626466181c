package cardano

import (
	"testing"

	"github.com/fxamacker/cbor/v2"

	"github.com/softstake/staker/chains"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
)

func TestDecoderRefuses(t *testing.T) {
	e := newEnv(t, envOpts{twoKeys: true})
	u, err := e.a.Build(t.Context(), chains.Action{Kind: signer.ActionDelegate, Owner: e.owner.base, Validator: e.pool, Amount: money.NewAmount(100_000_000)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.a.Decoder()(u.Payload); err != nil {
		t.Fatalf("our own body: %v", err)
	}
	stranger := newOwner(hash28{0xaa}, hash28{0xbb}, 0)
	tests := []struct {
		name   string
		change func(*body)
	}{
		{"change to a stranger", func(b *body) { last(b).addr = rawEnterprise(stranger) }},
		{"fee above the cap", func(b *body) { b.fee = 2_000_001 }},
		{"certificate for another stake key", func(b *body) { b.certs[1].cred = stranger.stake }},
		{"stake key not a required signer", func(b *body) { b.signers = b.signers[:1] }},
		{"a payment into stake without a delegation", func(b *body) { b.certs = nil; b.signers = b.signers[:1] }},
		{"two delegations", func(b *body) { b.certs = append(b.certs, b.certs[1]) }},
		{"no inputs", func(b *body) { b.inputs = nil }},
		{"output on another network", func(b *body) { b.outputs[0].addr = append([]byte{0x01}, b.outputs[0].addr[1:]...) }},
	}
	for _, tt := range tests {
		b, _ := decodeBody(u.Payload)
		tt.change(&b)
		raw, err := b.encode()
		if err != nil {
			t.Fatalf("%s: encode: %v", tt.name, err)
		}
		if in, err := e.a.Decoder()(raw); err == nil {
			t.Errorf("%s: decoded as %+v", tt.name, in)
		}
	}
	// A field this adapter never writes (mint, 9).
	var m map[uint64]cbor.RawMessage
	if err := cbor.Unmarshal(u.Payload, &m); err != nil {
		t.Fatal(err)
	}
	m[9] = cbor.RawMessage{0xa0}
	raw, _ := cbor.Marshal(m)
	if _, err := e.a.Decoder()(raw); err == nil {
		t.Error("a body with a mint field decoded")
	}
	for _, junk := range [][]byte{nil, {0x80}, {0xa0}, {0xff}} {
		if _, err := e.a.Decoder()(junk); err == nil {
			t.Errorf("junk %x decoded", junk)
		}
	}
}
