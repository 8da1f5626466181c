package main

import (
	"context"
	"log/slog"

	"github.com/spf13/cobra"

	"github.com/softstake/staker/store"
)

// defaultStoreDSN is where the books live when neither --store nor a config file says.
const defaultStoreDSN = "sqlite:data/staker.db"

// storeFlags are the flags of every command that opens the store.
type storeFlags struct {
	dsn string
}

func (f *storeFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.dsn, "store", defaultStoreDSN, "store DSN: sqlite:PATH or postgres://…")
}

// open opens and migrates the store the flags name.
func (f *storeFlags) open(ctx context.Context, logger *slog.Logger) (store.Store, error) {
	return store.Open(ctx, f.dsn, store.Options{Logger: logger})
}
