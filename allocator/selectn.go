package allocator

import (
	"math/bits"
	"sort"
)

// candidates are the holdings that may get one of the last extra units, with their
// remainders stored in stride words each. They rank by remainder, larger first, then by user
// id, smaller first; user ids are unique, so the ranking is total.
type candidates struct {
	hs      []Holding
	byIndex bool     // hs is sorted by user id: compare indexes instead of ids
	idx     []int32  // index into hs
	rem     []uint64 // remainder of idx[i] in rem[i*stride : (i+1)*stride], least significant first
	stride  int
}

// before reports whether candidate i ranks before candidate j.
func (c *candidates) before(i, j int) bool {
	ri := c.rem[i*c.stride : (i+1)*c.stride]
	rj := c.rem[j*c.stride : (j+1)*c.stride]
	for w := c.stride - 1; w >= 0; w-- {
		if ri[w] != rj[w] {
			return ri[w] > rj[w]
		}
	}
	if c.byIndex {
		return c.idx[i] < c.idx[j]
	}
	return c.hs[c.idx[i]].User < c.hs[c.idx[j]].User
}

func (c *candidates) swap(i, j int) {
	c.idx[i], c.idx[j] = c.idx[j], c.idx[i]
	ri := c.rem[i*c.stride : (i+1)*c.stride]
	rj := c.rem[j*c.stride : (j+1)*c.stride]
	for w := range ri {
		ri[w], rj[w] = rj[w], ri[w]
	}
}

// selectNth reorders the candidates so that the one of rank n (0-based) is at position n
// and all those ranking before it are at positions below n: a quickselect with
// median-of-three pivots, in expected linear time, that sorts the remaining range instead
// once it has partitioned too many times (so the worst case is n log n, never quadratic).
func (c *candidates) selectNth(n int) {
	lo, hi := 0, len(c.idx)-1
	budget := 2 * bits.Len(uint(len(c.idx)))
	for lo < hi {
		if budget == 0 {
			sort.Sort(candidateRange{c: c, lo: lo, n: hi - lo + 1})
			return
		}
		budget--
		p := c.partition(lo, hi)
		switch {
		case n == p:
			return
		case n < p:
			hi = p - 1
		default:
			lo = p + 1
		}
	}
}

// partition moves the median of the first, middle and last candidates of [lo, hi] to its
// final position p, with those ranking before it below p and the others above, and returns p.
func (c *candidates) partition(lo, hi int) int {
	mid := lo + (hi-lo)/2
	if c.before(mid, lo) {
		c.swap(mid, lo)
	}
	if c.before(hi, lo) {
		c.swap(hi, lo)
	}
	if c.before(mid, hi) {
		c.swap(mid, hi)
	}
	// The median is now at hi.
	p := lo
	for i := lo; i < hi; i++ {
		if c.before(i, hi) {
			c.swap(i, p)
			p++
		}
	}
	c.swap(p, hi)
	return p
}

// candidateRange is a sub-range of candidates as a sort.Interface.
type candidateRange struct {
	c     *candidates
	lo, n int
}

func (r candidateRange) Len() int           { return r.n }
func (r candidateRange) Less(i, j int) bool { return r.c.before(r.lo+i, r.lo+j) }
func (r candidateRange) Swap(i, j int)      { r.c.swap(r.lo+i, r.lo+j) }
