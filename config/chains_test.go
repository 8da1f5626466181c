package config

import (
	"testing"

	"github.com/softstake/staker/money"
)

// TestEveryTokenHasAFamily keeps the chain table in step with the money registry.
func TestEveryTokenHasAFamily(t *testing.T) {
	for _, tok := range money.Tokens() {
		fam, ok := families[tok.Chain]
		if !ok {
			t.Errorf("%s: no chain family %q", tok, tok.Chain)
			continue
		}
		if _, ok := fam.networks["mainnet"]; !ok {
			t.Errorf("%s: no mainnet network", tok)
		}
		if _, ok := fam.networks[localnet]; !ok {
			t.Errorf("%s: no localnet network", tok)
		}
		for name, id := range fam.networks {
			if fam.evm && name != localnet && id == 0 {
				t.Errorf("%s: EVM network %s has no chain id", tok, name)
			}
			if !fam.evm && id != 0 {
				t.Errorf("%s: non-EVM network %s has chain id %d", tok, name, id)
			}
		}
		if (fam.noValidators == "") == (fam.validator.re == nil && fam.validator.check == nil) {
			t.Errorf("%s: a family needs either a validator format or a reason it has none", tok)
		}
	}
	if len(families) != len(money.Tokens()) {
		t.Errorf("%d families for %d tokens", len(families), len(money.Tokens()))
	}
}

func TestAddressAndValidatorFormats(t *testing.T) {
	tests := []struct {
		name      string
		chain     string
		validator bool // check the validator id format instead of the address format
		give      string
		want      bool
	}{
		{"solana address", "solana", false, "7uRpVq3pJ8fjK2TnWbX1cYhA9dLmZsE4oGkN5vHtQwPe", true},
		{"solana address with 0", "solana", false, "0uRpVq3pJ8fjK2TnWbX1cYhA9dLmZsE4oGkN5vHtQwPe", false},
		{"solana address short", "solana", false, "7uRpVq3pJ8", false},
		{"solana vote account", "solana", true, "5p8qKVyKthA9DUb1rwQDzjcmTkaZdwN97J3LiaEywUjd", true},
		{"cardano testnet address", "cardano", false, "addr_test1qz2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x", true},
		{"cardano mainnet address", "cardano", false, "addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x", true},
		{"cardano stake address", "cardano", false, "stake_test1uqehkck0lajq8gr28t9uxnuvgcqrc6070x3k9r8048z8y5gssrtvn", false},
		{"cardano bech32 pool", "cardano", true, "pool1z5uqdk7dzdxaae5633fqfcu2eqzy3a3rgtuvy087fdld7yws0xt", true},
		{"cardano hex pool", "cardano", true, "153806dbcd134ddee69a8c5204e38ac80448f62342f8c23cfe4b7edf", true},
		{"cardano pool bad char", "cardano", true, "pool1b5uqdk7dzdxaae5633fqfcu2eqzy3a3rgtuvy087fdld7yws0xt", false},
		{"evm address", "bsc", false, "0x6a3B7c1e0F9d2A54b8C3e71D0f5A9b2c4E8d1F07", true},
		{"evm address no 0x", "bsc", false, "6a3B7c1e0F9d2A54b8C3e71D0f5A9b2c4E8d1F07", false},
		{"evm address short", "sonic", false, "0x6a3B7c", false},
		{"bsc operator", "bsc", true, "0x1a5F2bD0e6C93b7E4d8A0c1F9e2B3d4C5a6E7f80", true},
		{"polygon validator id", "polygon", true, "42", true},
		{"polygon validator zero", "polygon", true, "0", false},
		{"sonic validator leading zero", "sonic", true, "012", false},
		{"sonic validator word", "sonic", true, "twelve", false},
		{"ton raw", "ton", false, "0:3f5a7c9e1b2d4f6a8c0e2b4d6f8a1c3e5b7d9f2a4c6e8b0d2f4a6c8e1b3d5f7a", true},
		{"ton masterchain raw", "ton", true, "-1:3f5a7c9e1b2d4f6a8c0e2b4d6f8a1c3e5b7d9f2a4c6e8b0d2f4a6c8e1b3d5f7a", true},
		{"ton friendly", "ton", true, "kQAmZ8u1b4hQ0cXbR2m7Vn9pLwT3sYd6eFgHjKkMzNqP5rSt", true},
		{"ton short", "ton", true, "kQAmZ8u1b4", false},
		{"near named", "near", false, "softstake-custody.testnet", true},
		{"near pool", "near", true, "legends.pool.f863973.m0", true},
		{"near implicit", "near", false, "98793cd91a3f870fb126f66285808c7e094afcfc4eda8a970f6648cdf0dbd6de", true},
		{"near upper case", "near", true, "Legends.pool.near", false},
		{"near double dot", "near", true, "a..near", false},
		{"near one char", "near", true, "a", false},
		{"sui address", "sui", false, "0x8c2f4a6e0b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a", true},
		{"sui short", "sui", true, "0x8c2f", false},
		{"algorand address", "algorand", false, "UJZDEGXDNCF32EPF3DHODZDOCIS2JHTLGMXGEDN73U55XTPLPFT7V4SEH2", true},
		{"algorand lower case", "algorand", false, "ujzdegxdncf32epf3dhodzdocis2jhtlgmxgedn73u55xtplpft7v4seh2", false},
		{"ronin address", "ronin", false, "0x6a3B7c1e0F9d2A54b8C3e71D0f5A9b2c4E8d1F07", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fam := families[tt.chain]
			f := fam.address
			if tt.validator {
				f = fam.validator
			}
			msg, ok := checkID(f, "a thing", tt.give)
			if ok != tt.want {
				t.Errorf("checkID(%q) = %v (%s), want %v", tt.give, ok, msg, tt.want)
			}
		})
	}
}

func TestNetworkAddressMismatch(t *testing.T) {
	const test = "addr_test1qz2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x"
	const main = "addr1qx2fxv2umyhttkxyxp8x0dlpdt3k6cwng5pxj3jhsydzer3n0d3vllmyqwsx5wktcd8cc3sq835lu7drv2xwl2wywfgse35a3x"
	tests := []struct {
		name    string
		chain   string
		network string
		give    string
		want    string
	}{
		{"test on preprod", "cardano", "preprod", test, ""},
		{"main on mainnet", "cardano", "mainnet", main, ""},
		{"test on mainnet", "cardano", "mainnet", test, "a testnet address (addr_test1…) on mainnet"},
		{"main on preview", "cardano", "preview", main, "a mainnet address (addr1…) on preview"},
		{"localnet takes either", "cardano", "localnet", main, ""},
		{"other chains not checked", "solana", "devnet", "7uRpVq3pJ8fjK2TnWbX1cYhA9dLmZsE4oGkN5vHtQwPe", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := networkAddressMismatch(families[tt.chain], tt.network, tt.give); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseBps(t *testing.T) {
	tests := []struct {
		give    string
		want    uint64
		wantErr string
	}{
		{give: "0.99", want: 9900},
		{give: "0.995", want: 9950},
		{give: "0.9999", want: 9999},
		{give: "1", want: 10000},
		{give: "1.5", want: 15000},
		{give: "10", want: 100000},
		{give: "0", want: 0},
		{give: "0.99999", wantErr: `"0.99999" has more than 4 decimals`},
		{give: "1e2", wantErr: `"1e2" is not a plain decimal number such as 0.99`},
		{give: "-1", wantErr: `"-1" is not a plain decimal number such as 0.99`},
		{give: ".5", wantErr: `".5" is not a plain decimal number such as 0.99`},
		{give: "5.", wantErr: `"5." is not a plain decimal number such as 0.99`},
		{give: "", wantErr: `"" is not a plain decimal number such as 0.99`},
		{give: "1234567890", wantErr: `"1234567890" is not a plain decimal number such as 0.99`},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			got, err := parseBps(tt.give)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("parseBps = %d, %v; want %d", got, err, tt.want)
			}
		})
	}
}

func TestCheckURL(t *testing.T) {
	tests := []struct {
		name   string
		give   string
		hasKey bool
		want   string
	}{
		{"https", "https://api.devnet.solana.com", false, ""},
		{"http with port", "http://127.0.0.1:8545", false, ""},
		{"ws", "ws://127.0.0.1:8546", false, ""},
		{"wss with path", "wss://node.example/ws/v1", false, ""},
		{"placeholder in path", "https://eth-sepolia.g.alchemy.com/v2/{api_key}", true, ""},
		{"placeholder in query", "https://rpc.example/?api-key={api_key}", true, ""},
		{"placeholder without key", "https://rpc.example/{api_key}", false, "uses {api_key} but api_key is not set"},
		{"empty", "", false, "missing"},
		{"no scheme", "api.devnet.solana.com", false, `scheme "" is not one of http, https, ws, wss`},
		{"grpc scheme", "grpc://fullnode.testnet.sui.io:443", false, `scheme "grpc" is not one of http, https, ws, wss`},
		{"credentials", "https://u:p@rpc.example", false, "carries credentials; give them as api_key: env:NAME or file:PATH"},
		{"user only", "https://u@rpc.example", false, "carries credentials; give them as api_key: env:NAME or file:PATH"},
		{"no host", "https:///x", false, "has no host"},
		{"fragment", "https://rpc.example/#x", false, "must not have a #fragment"},
		{"bad escape", "https://rpc.example/%zz", false, "not a valid URL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := checkURL(tt.give, tt.hasKey); got != tt.want {
				t.Errorf("checkURL(%q) = %q, want %q", tt.give, got, tt.want)
			}
		})
	}
}
