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
	dsn        string
	configPath string
}

func (f *storeFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.dsn, "store", "", "store DSN: sqlite:PATH or postgres://… (default: the config's store.dsn, else "+defaultStoreDSN+")")
	cmd.Flags().StringVar(&f.configPath, "config", "", "configuration file whose store to use")
}

// open opens and migrates the store the flags name: --store, else the configuration's,
// else the default.
func (f *storeFlags) open(ctx context.Context, logger *slog.Logger) (store.Store, error) {
	dsn := f.dsn
	if dsn == "" && f.configPath != "" {
		cfg, err := loadConfig(f.configPath)
		if err != nil {
			return nil, err
		}
		if dsn, err = cfg.Store.ResolveDSN(); err != nil {
			return nil, asUsage(err)
		}
	}
	if dsn == "" {
		dsn = defaultStoreDSN
	}
	return store.Open(ctx, dsn, store.Options{Logger: logger})
}
