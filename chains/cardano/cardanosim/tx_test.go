package cardanosim

import (
	"encoding/hex"
	"net/http/httptest"
	"strings"
	"testing"
)

// A minimal valid-shaped transaction: one input, one enterprise output, fee, a vote
// delegation certificate whose drep is given as hex.
func txHex(drep string) string {
	h := strings.Repeat("11", 28)
	return "84" + // [body, witnesses, true, null]
		"a4" + // body with 4 fields
		"00" + "81" + "82" + "5820" + strings.Repeat("00", 32) + "00" + // inputs
		"01" + "81" + "82" + "581d" + "60" + h + "1a000f4240" + // outputs
		"02" + "1a0002a300" + // fee
		"04" + "81" + "83" + "09" + "8200581c" + h + drep + // certificates
		"a0" + "f5" + "f6"
}

func TestDecodeTxCDDL(t *testing.T) {
	tests := []struct {
		name    string
		give    string
		wantErr string
	}{
		{"always-abstain as [2]", txHex("8102"), ""},
		{"no-confidence as [3]", txHex("8103"), ""},
		{"key drep", txHex("8200581c" + strings.Repeat("22", 28)), ""},
		{"always-abstain as a bare integer", txHex("02"), "drep"},
		{"abstain with a credential", txHex("8202581c" + strings.Repeat("22", 28)), "drep 2 with 2 fields"},
		{"trailing bytes", txHex("8102") + "00", "DeserialiseFailure"},
		{"three parts", "83" + txHex("8102")[2:len(txHex("8102"))-2], "parts"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw, err := hex.DecodeString(tt.give)
			if err != nil {
				t.Fatal(err)
			}
			tx, err := DecodeTx(raw)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("DecodeTx: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("DecodeTx: %v, want an error with %q", err, tt.wantErr)
			case err == nil && (len(tx.Certs) != 1 || tx.Certs[0].Kind != CertVoteDeleg || tx.Fee != 0x2a300 || tx.Outputs[0].Coin != 1_000_000):
				t.Fatalf("decoded %+v", tx)
			}
		})
	}
}

func TestDuplicateBodyKeysRefused(t *testing.T) {
	// {2: 1, 2: 1} as a body.
	raw, _ := hex.DecodeString("84" + "a2" + "0201" + "0201" + "a0f5f6")
	if _, err := DecodeTx(raw); err == nil {
		t.Fatal("a body with a duplicate key decoded")
	}
}

func TestPaging(t *testing.T) {
	tests := []struct {
		query string
		n     int
		want  []int
	}{
		{"", 3, []int{0, 1, 2}},
		{"?order=desc", 3, []int{2, 1, 0}},
		{"?count=2&page=2", 3, []int{2}},
		{"?count=2&page=3", 3, []int{}},
	}
	for _, tt := range tests {
		got, err := page(httptest.NewRequest("GET", "/x"+tt.query, nil), tt.n)
		if err != nil || len(got) != len(tt.want) {
			t.Errorf("%q: %v, %v", tt.query, got, err)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: %v, want %v", tt.query, got, tt.want)
			}
		}
	}
	if _, err := page(httptest.NewRequest("GET", "/x?count=101", nil), 3); err == nil {
		t.Error("count 101 accepted")
	}
}
