package signer

import (
	"encoding/hex"
	"testing"
)

// TestMessageToSign pins what each chain's signature covers, against digests computed
// independently of this code.
func TestMessageToSign(t *testing.T) {
	payload := []byte("abc")
	tests := []struct {
		chain   string
		want    string // hex; empty means an error is expected
		wantRaw string
	}{
		{chain: "cardano", want: "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319"},
		{chain: "near", want: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{chain: "sui", want: "22b5eeba3fdbee596b685c04b40c6fe810efb95d0fb9156cc6cc022243c8eb18"},
		{chain: "solana", wantRaw: "abc"},
		{chain: "algorand", wantRaw: "TXabc"},
		{chain: "ton"},
		{chain: "bsc"}, // "abc" is no EVM transaction
	}
	for _, tt := range tests {
		got, err := messageToSign(tt.chain, "56", payload)
		switch {
		case tt.want == "" && tt.wantRaw == "":
			if err == nil {
				t.Errorf("%s: signed %x, want a refusal", tt.chain, got)
			}
		case err != nil:
			t.Errorf("%s: %v", tt.chain, err)
		case tt.want != "" && hex.EncodeToString(got) != tt.want:
			t.Errorf("%s: message %x, want %s", tt.chain, got, tt.want)
		case tt.wantRaw != "" && string(got) != tt.wantRaw:
			t.Errorf("%s: message %q, want %q", tt.chain, got, tt.wantRaw)
		}
	}
}
