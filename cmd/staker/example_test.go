package main

import (
	"testing"

	"github.com/softstake/staker/chains/cardano"
	"github.com/softstake/staker/chains/evm/bsc"
	"github.com/softstake/staker/chains/evm/polygon"
	"github.com/softstake/staker/chains/evm/ronin"
	"github.com/softstake/staker/chains/evm/sonic"
	"github.com/softstake/staker/chains/solana"
)

// TestExampleAdapterSettings keeps the example configuration's `settings:` blocks in step
// with the adapters that decode them (strictly: an unknown key is an error).
func TestExampleAdapterSettings(t *testing.T) {
	cfg, err := loadConfig("../../examples/staker.yaml")
	if err != nil {
		t.Fatal(err)
	}
	settings := map[string]func() any{
		"bsc":     func() any { return &bsc.Settings{} },
		"sonic":   func() any { return &sonic.Settings{} },
		"polygon": func() any { return &polygon.Settings{} },
		"ronin":   func() any { return &ronin.Settings{} },
		"solana":  func() any { return &solana.Settings{} },
		"cardano": func() any { return &cardano.Settings{} },
	}
	checked := 0
	for _, symbol := range cfg.Symbols() {
		tok, _ := cfg.Token(symbol)
		newSettings, ok := settings[tok.Chain.Name]
		if !ok {
			continue // no adapter for this chain yet
		}
		if err := tok.Chain.DecodeSettings(newSettings()); err != nil {
			t.Errorf("%s settings: %v", symbol, err)
		}
		checked++
	}
	if checked != len(settings) {
		t.Fatalf("checked %d tokens, want %d", checked, len(settings))
	}
}
