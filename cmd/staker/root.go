package main

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// errFlag marks flag parsing failures so they exit with the usage code.
var errFlag = errors.New("bad flags")

// version is set at link time with -ldflags "-X main.version=…"; otherwise the module
// version from the build info is used.
var version = ""

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "staker",
		Short: "Soft-staking orchestrator: delegate pooled custody, harvest rewards, split them exactly",
		Long: `staker pools users' proof-of-stake balances, keeps a liquidity buffer, delegates the rest
to validators on ten chains, harvests rewards daily and splits them pro rata over users'
capped daily average balances into payout batches.

Exit codes: 0 success, 1 runtime failure, 2 bad usage, input or configuration.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.Args = func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return usagef("unknown command %q for %q (see '%s --help')", args[0], cmd.CommandPath(), cmd.CommandPath())
		}
		return nil
	}
	root.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return fmt.Errorf("%w: %v (see '%s --help')", errFlag, err, cmd.CommandPath())
	})
	root.AddCommand(
		newVersionCmd(),
		newConfigCmd(),
		newLedgerCmd(),
		newPlanCmd(),
		newSignerCmd(),
		newApproveCmd(),
		newKeysCmd(),
		newAverageCmd(),
		newAllocateCmd(),
		newValidatorsCmd(),
		newPayoutCmd(),
		newRunCmd(),
		newSimnetCmd(),
		newReportCmd(),
	)
	return root
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of this binary",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "staker %s\n", buildVersion())
			return err
		},
	}
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

// exactArgs is cobra.ExactArgs whose failure exits with the usage code.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s takes %d argument(s), got %d (see '%s --help')", cmd.CommandPath(), n, len(args), cmd.CommandPath())
		}
		return nil
	}
}
