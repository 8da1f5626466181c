// Command gendata writes a synthetic balances CSV for `staker allocate`
// (user_id,avg_balance,eligible) to standard output, for the benchmarks in bench/.
//
// The data is deterministic for a given seed: user ids user-00000000 … in shuffled order,
// average balances spread over nine orders of magnitude up to about 100 000 tokens, with all
// of the token's decimals, nine users in ten eligible.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gendata:", err)
		os.Exit(1)
	}
}

func run() error {
	users := flag.Int("users", 2_000_000, "number of users")
	decimals := flag.Int("decimals", 18, "the token's decimals")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *decimals < 3 || *decimals > 30 {
		return fmt.Errorf("-decimals %d: want 3 to 30", *decimals)
	}
	rng := rand.New(rand.NewPCG(*seed, 0))
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	if _, err := w.WriteString("user_id,avg_balance,eligible\n"); err != nil {
		return err
	}
	line := make([]byte, 0, 128)
	for _, u := range rng.Perm(*users) {
		line = append(line[:0], "user-"...)
		line = appendPadded(line, uint64(u), 8)
		line = append(line, ',')
		// 10^(e-3) tokens for e in [0, 9), times a random mantissa: whole part and decimals.
		e := rng.IntN(9)
		whole := rng.Uint64N(pow10(e)) + pow10(e)/10
		if e == 0 {
			whole = 0
		}
		line = strconv.AppendUint(line, whole/1000, 10)
		line = append(line, '.')
		line = appendPadded(line, whole%1000, 3)
		for d := 3; d < *decimals; d += 6 {
			n := min(6, *decimals-d)
			line = appendPadded(line, rng.Uint64N(pow10(n)), n)
		}
		if rng.IntN(10) == 0 {
			line = append(line, ",false\n"...)
		} else {
			line = append(line, ",true\n"...)
		}
		if _, err := w.Write(line); err != nil {
			return err
		}
	}
	return w.Flush()
}

func pow10(n int) uint64 {
	p := uint64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// appendPadded appends v in decimal, zero-padded to width digits.
func appendPadded(dst []byte, v uint64, width int) []byte {
	var buf [20]byte
	s := strconv.AppendUint(buf[:0], v, 10)
	for i := len(s); i < width; i++ {
		dst = append(dst, '0')
	}
	return append(dst, s...)
}
