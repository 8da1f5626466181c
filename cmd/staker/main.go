// Command staker is the soft-staking orchestrator: one binary whose subcommands run the
// daemon, check configuration, inspect and correct the ledger, and compute daily averages and
// reward splits. This package owns flags, wiring, signals and exit codes; it is the only place
// that imports everything.
//
// Exit codes: 0 success, 1 runtime failure, 2 bad usage, bad input or bad configuration.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit codes of the staker binary.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line and returns the process exit code. Signals cancel the root
// context; the command in flight decides how to wind down.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	root := newRootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var quiet *reportedError
	if !errors.As(err, &quiet) {
		fmt.Fprintf(stderr, "staker: %v\n", err)
	}
	return exitCode(err)
}

// usageError marks an error caused by the caller (bad flags, bad input file, bad config):
// the process exits with code 2.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// usagef returns a usageError with a formatted message.
func usagef(format string, args ...any) error {
	return &usageError{err: fmt.Errorf(format, args...)}
}

// asUsage marks err, if not nil, as the caller's fault.
func asUsage(err error) error {
	if err == nil {
		return nil
	}
	return &usageError{err: err}
}

// reportedError is an error whose details the command already printed; run prints nothing
// more and only sets the exit code of the wrapped error.
type reportedError struct{ err error }

func (e *reportedError) Error() string { return e.err.Error() }
func (e *reportedError) Unwrap() error { return e.err }

// exitCode maps an error returned by a command to the process exit code.
func exitCode(err error) int {
	var u *usageError
	if errors.As(err, &u) || errors.Is(err, errFlag) {
		return exitUsage
	}
	return exitFailure
}
