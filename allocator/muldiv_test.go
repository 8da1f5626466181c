package allocator

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"
)

// randomBits returns a random value of exactly nbits bits (0 for nbits 0), with runs of
// all-ones and all-zeros words mixed in to reach the corner cases of the division.
func randomBits(rng *rand.Rand, nbits int) uint256.Int {
	var x uint256.Int
	if nbits == 0 {
		return x
	}
	for i := range x {
		switch rng.IntN(4) {
		case 0:
			x[i] = ^uint64(0)
		case 1:
			x[i] = 0
		default:
			x[i] = rng.Uint64()
		}
	}
	x.Rsh(&x, uint(256-nbits))
	x.Or(&x, new(uint256.Int).Lsh(uint256.NewInt(1), uint(nbits-1)))
	return x
}

func TestMulDivRemAgainstBig(t *testing.T) {
	seed := rand.Uint64()
	rng := rand.New(rand.NewPCG(seed, 1))
	for i := 0; i < cases(200000); i++ {
		v := randomBits(rng, 1+rng.IntN(256))
		y := randomBits(rng, rng.IntN(v.BitLen()+1))
		if y.Gt(&v) {
			y = v
		}
		x := randomBits(rng, rng.IntN(257))
		d := newDivisor(&v)
		q, r := d.mulDivRem(&x, words(&x), &y, words(&y))
		p := new(big.Int).Mul(x.ToBig(), y.ToBig())
		wq, wr := new(big.Int).QuoRem(p, v.ToBig(), new(big.Int))
		if q.ToBig().Cmp(wq) != 0 || r.ToBig().Cmp(wr) != 0 {
			t.Fatalf("seed %d: %v*%v / %v = %v rem %v, want %v rem %v", seed, &x, &y, &v, &q, &r, wq, wr)
		}
		if got := d.remainder(&x, &y, &q); got != r {
			t.Fatalf("seed %d: remainder(%v, %v) = %v, want %v", seed, &x, &y, &got, &r)
		}
	}
}
