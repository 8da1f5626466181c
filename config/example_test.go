package config

import (
	"testing"
)

func TestExampleLoads(t *testing.T) {
	cfg, err := Load("../examples/staker.yaml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	t.Logf("%+v", cfg.Store)
}
