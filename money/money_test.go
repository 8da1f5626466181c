package money

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
)

func TestTokenParse(t *testing.T) {
	sol, near := mustLookup(t, "SOL"), mustLookup(t, "NEAR")
	tests := []struct {
		name    string
		give    string
		token   Token
		want    string // base units
		wantErr error
	}{
		{name: "whole", give: "12", token: sol, want: "12000000000"},
		{name: "fraction", give: "12.5", token: sol, want: "12500000000"},
		{name: "one base unit", give: "0.000000001", token: sol, want: "1"},
		{name: "full precision", give: "1.123456789", token: sol, want: "1123456789"},
		{name: "leading zeros", give: "007.10", token: sol, want: "7100000000"},
		{name: "zero", give: "0", token: sol, want: "0"},
		{name: "near above 2^96", give: "123456789.123456789012345678901234", token: near, want: "123456789123456789012345678901234"},
		{name: "near large", give: "100000000000000", token: near, want: "100000000000000" + strings.Repeat("0", 24)},
		{name: "too many decimals", give: "0.0000000001", token: sol, wantErr: ErrTooManyDecimals},
		{name: "trailing zero past precision", give: "1.0000000000", token: sol, wantErr: ErrTooManyDecimals},
		{name: "exponent", give: "1e3", token: sol, wantErr: ErrSyntax},
		{name: "negative", give: "-1", token: sol, wantErr: ErrNegative},
		{name: "plus sign", give: "+1", token: sol, wantErr: ErrSyntax},
		{name: "empty", give: "", token: sol, wantErr: ErrSyntax},
		{name: "dot only", give: ".", token: sol, wantErr: ErrSyntax},
		{name: "no whole part", give: ".5", token: sol, wantErr: ErrSyntax},
		{name: "no fraction part", give: "5.", token: sol, wantErr: ErrSyntax},
		{name: "space", give: " 5", token: sol, wantErr: ErrSyntax},
		{name: "comma", give: "1,5", token: sol, wantErr: ErrSyntax},
		{name: "two dots", give: "1.2.3", token: sol, wantErr: ErrSyntax},
		{name: "hex", give: "0x10", token: sol, wantErr: ErrSyntax},
		{name: "underscore", give: "1_000", token: sol, wantErr: ErrSyntax},
		{name: "unicode digit", give: "١", token: sol, wantErr: ErrSyntax},
		{name: "overflow 2^256", give: new(big.Int).Lsh(big.NewInt(1), 256).String(), token: Token{Symbol: "X"}, wantErr: ErrOverflow},
		{name: "largest", give: maxAmount().String(), token: Token{Symbol: "X"}, want: maxAmount().String()},
		{name: "overflow with decimals", give: "1" + strings.Repeat("0", 60), token: near, wantErr: ErrOverflow},
		{name: "very long input", give: strings.Repeat("9", 100000), token: sol, wantErr: ErrOverflow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.token.Parse(tt.give)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Parse(%q) error = %v, want %v", tt.give, err, tt.wantErr)
				}
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Input != tt.give {
					t.Fatalf("Parse(%q) error %v does not carry the input", tt.give, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.give, err)
			}
			if got.String() != tt.want {
				t.Fatalf("Parse(%q) = %s, want %s", tt.give, got, tt.want)
			}
		})
	}
}

func TestParseSigned(t *testing.T) {
	sol := mustLookup(t, "SOL")
	got, err := sol.ParseSigned("-1.5")
	if err != nil || got.String() != "-1500000000" {
		t.Fatalf("ParseSigned(-1.5) = %v, %v", got, err)
	}
	for _, bad := range []string{"--1", "-", "-.5", "- 1"} {
		if _, err := sol.ParseSigned(bad); !errors.Is(err, ErrSyntax) {
			t.Errorf("ParseSigned(%q) error = %v, want ErrSyntax", bad, err)
		}
	}
}

func TestParseErrorMessages(t *testing.T) {
	sol := mustLookup(t, "SOL")
	tests := []struct {
		give string
		want string
	}{
		{give: "0.0000000001", want: `amount "0.0000000001": too many decimals (SOL has 9)`},
		{give: "-2", want: `amount "-2" of SOL: negative amount not allowed`},
		{give: "1e3", want: `amount "1e3" of SOL: not a plain decimal number`},
	}
	for _, tt := range tests {
		_, err := sol.Parse(tt.give)
		if err == nil || err.Error() != tt.want {
			t.Errorf("Parse(%q) error = %v, want %q", tt.give, err, tt.want)
		}
	}
	if _, err := Lookup("DOGE"); !errors.Is(err, ErrUnknownToken) || !strings.Contains(err.Error(), "DOGE") {
		t.Errorf("Lookup(DOGE) error = %v", err)
	}
}

func TestTokenFormat(t *testing.T) {
	sol, ada, near := mustLookup(t, "SOL"), mustLookup(t, "ADA"), mustLookup(t, "NEAR")
	tests := []struct {
		token Token
		give  Amount
		want  string
	}{
		{sol, NewAmount(0), "0"},
		{sol, NewAmount(1), "0.000000001"},
		{sol, NewAmount(1_500_000_000), "1.5"},
		{sol, NewAmount(-1_500_000_000), "-1.5"},
		{sol, NewAmount(3_000_000_000), "3"},
		{ada, NewAmount(150_000_000), "150"},
		{near, mustBase(t, "1"+strings.Repeat("0", 30)), "1000000"},
		{near, mustBase(t, "-1"), "-0.000000000000000000000001"},
	}
	for _, tt := range tests {
		if got := tt.token.Format(tt.give); got != tt.want {
			t.Errorf("%s.Format(%s) = %q, want %q", tt.token, tt.give, got, tt.want)
		}
	}
}

func TestRegistry(t *testing.T) {
	want := map[string]uint8{"SOL": 9, "ADA": 6, "POL": 18, "BNB": 18, "TON": 9, "NEAR": 24, "SUI": 9, "ALGO": 6, "AXS": 18, "S": 18}
	tokens := Tokens()
	if len(tokens) != len(want) {
		t.Fatalf("registry has %d tokens, want %d", len(tokens), len(want))
	}
	chains := map[string]bool{}
	for _, tok := range tokens {
		if want[tok.Symbol] != tok.Decimals {
			t.Errorf("%s decimals = %d, want %d", tok.Symbol, tok.Decimals, want[tok.Symbol])
		}
		if chains[tok.Chain] {
			t.Errorf("chain %s used twice", tok.Chain)
		}
		chains[tok.Chain] = true
		if got, err := Lookup(strings.ToLower(tok.Symbol)); err != nil || got.Symbol != tok.Symbol {
			t.Errorf("Lookup(%q) = %v, %v", strings.ToLower(tok.Symbol), got, err)
		}
	}
	bnb := mustLookup(t, "BNB")
	if bnb.Format(bnb.DefaultMin) != "0.5" || bnb.Format(bnb.DefaultCap) != "1000" {
		t.Errorf("BNB defaults = %s, %s", bnb.Format(bnb.DefaultMin), bnb.Format(bnb.DefaultCap))
	}
	tokens[0].Symbol = "MUTATED"
	if Tokens()[0].Symbol == "MUTATED" {
		t.Error("Tokens() exposes the registry")
	}
}

func TestArithmetic(t *testing.T) {
	max := maxAmount()
	if _, err := max.Add(NewAmount(1)); !errors.Is(err, ErrOverflow) {
		t.Errorf("max+1 error = %v, want ErrOverflow", err)
	}
	if _, err := max.Neg().Sub(NewAmount(1)); !errors.Is(err, ErrOverflow) {
		t.Errorf("-max-1 error = %v, want ErrOverflow", err)
	}
	a, b := NewAmount(5), NewAmount(7)
	d, err := a.Sub(b)
	if err != nil || d.String() != "-2" || d.Sign() != -1 || d.Abs().String() != "2" {
		t.Errorf("5-7 = %v, %v", d, err)
	}
	s, _ := a.Add(b)
	if !s.Equal(NewAmount(12)) || a.String() != "5" || b.String() != "7" {
		t.Errorf("Add mutated or miscomputed: %s %s %s", s, a, b)
	}
	big1 := a.Big()
	big1.SetInt64(99)
	if a.String() != "5" {
		t.Error("Big() shares the internal value")
	}
	if _, err := FromBig(new(big.Int).Lsh(big.NewInt(1), 256)); !errors.Is(err, ErrOverflow) {
		t.Errorf("FromBig(2^256) error = %v", err)
	}
	var zero Amount
	if !zero.IsZero() || zero.String() != "0" || zero.Cmp(NewAmount(0)) != 0 || !NewAmountUint64(0).IsZero() {
		t.Error("zero value is not zero")
	}
	if NewAmountUint64(1<<63).String() != "9223372036854775808" {
		t.Error("NewAmountUint64 wrong")
	}
}

func TestJSONAndSQL(t *testing.T) {
	a := mustBase(t, "-123456789012345678901234567890")
	data, err := json.Marshal(struct{ A Amount }{a})
	if err != nil || string(data) != `{"A":"-123456789012345678901234567890"}` {
		t.Fatalf("Marshal = %s, %v", data, err)
	}
	var back struct{ A Amount }
	if err := json.Unmarshal(data, &back); err != nil || !back.A.Equal(a) {
		t.Fatalf("Unmarshal = %v, %v", back.A, err)
	}
	for _, bad := range []string{`{"A":12}`, `{"A":"1.5"}`, `{"A":""}`} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("Unmarshal(%s) accepted", bad)
		}
	}
	v, _ := a.Value()
	var scanned Amount
	for _, src := range []any{v, []byte(v.(string))} {
		if err := scanned.Scan(src); err != nil || !scanned.Equal(a) {
			t.Errorf("Scan(%T) = %v, %v", src, scanned, err)
		}
	}
	if err := scanned.Scan(int64(7)); err != nil || scanned.String() != "7" {
		t.Errorf("Scan(int64) = %v, %v", scanned, err)
	}
	if err := scanned.Scan(1.5); err == nil {
		t.Error("Scan(float64) accepted")
	}
	if _, err := ParseBaseUnits("1.0"); !errors.Is(err, ErrSyntax) {
		t.Errorf("ParseBaseUnits(1.0) error = %v", err)
	}
}

// FuzzRoundTrip checks that any accepted string formats to its canonical form, that the
// canonical form parses back to the same amount, and that any amount formats to a string
// that parses back to it.
func FuzzRoundTrip(f *testing.F) {
	for _, s := range []string{"0", "1", "12.5", "0.000000001", "007.100", "1e3", "-1", "1.", ".1", "99999999999999999999999"} {
		f.Add(s, uint8(9))
	}
	f.Add("123456789.123456789012345678901234", uint8(24))
	f.Fuzz(func(t *testing.T, s string, decimals uint8) {
		tok := Token{Symbol: "T", Decimals: decimals % 40}
		a, err := tok.ParseSigned(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseSigned(%q) returned %T, want *ParseError", s, err)
			}
			return
		}
		canon := tok.Format(a)
		back, err := tok.ParseSigned(canon)
		if err != nil || !back.Equal(a) {
			t.Fatalf("ParseSigned(Format(%q) = %q) = %v, %v; want %v", s, canon, back, err, a)
		}
		if tok.Format(back) != canon {
			t.Fatalf("Format is not stable for %q", s)
		}
		if strings.ContainsAny(canon, "eE+") || (strings.Contains(canon, ".") && strings.HasSuffix(canon, "0")) {
			t.Fatalf("Format(%q) = %q is not canonical", s, canon)
		}
		base, err := ParseBaseUnits(a.String())
		if err != nil || !base.Equal(a) {
			t.Fatalf("base-unit round trip of %s: %v, %v", a, base, err)
		}
	})
}

func mustLookup(t *testing.T, symbol string) Token {
	t.Helper()
	tok, err := Lookup(symbol)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func mustBase(t *testing.T, s string) Amount {
	t.Helper()
	a, err := ParseBaseUnits(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func maxAmount() Amount {
	v := new(big.Int).Lsh(big.NewInt(1), 256)
	return Amount{v: v.Sub(v, big.NewInt(1))}
}
