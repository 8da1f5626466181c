package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/softstake/staker/config"
)

func newConfigCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Work with the configuration file",
		Args:  exactArgs(0),
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(&cobra.Command{
		Use:     "check FILE",
		Short:   "Check a configuration file; exit 2 listing every problem, each with its line and key",
		Example: `  staker config check examples/staker.yaml`,
		Args:    exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := loadConfig(args[0])
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(cmd.OutOrStdout(), "%s: OK (version %d; tokens: %s; store: %s)\n",
				args[0], cfg.Version, strings.Join(cfg.Symbols(), ", "), storeKind(cfg.Store.DSN))
			return err
		},
	})
	return cmd
}

// loadConfig loads the configuration at path. Problems with it exit with the usage code;
// the error lists each problem on its own line.
func loadConfig(path string) (*config.Config, error) {
	cfg, err := config.Load(path)
	var problems *config.Problems
	switch {
	case errors.As(err, &problems):
		noun := "problems"
		if len(problems.List) == 1 {
			noun = "problem"
		}
		return nil, usagef("%s: %d %s:\n%v", path, len(problems.List), noun, problems)
	case errors.Is(err, config.ErrNoConfig):
		return nil, asUsage(err)
	case err != nil:
		return nil, err
	}
	return cfg, nil
}

func storeKind(dsn string) string {
	if strings.HasPrefix(dsn, "sqlite:") {
		return "sqlite"
	}
	return "postgres"
}
