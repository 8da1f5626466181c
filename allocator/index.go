package allocator

// userIndex maps user ids to account numbers: open addressing with linear probing over a
// flat table of 8-byte entries, each holding the top 32 bits of the id's hash and the account
// number plus one (zero marks an empty slot). It stores no keys: the caller confirms a
// candidate by comparing ids, so a hash collision costs a comparison, never a wrong answer.
// Unlike a Go map it exposes the slot a lookup starts at, which lets a batch of lookups load
// their slots from memory together before any of them needs the answer.
type userIndex struct {
	table []uint64
	mask  uint64
	n     int // entries in use
}

func newUserIndex(capacity int) userIndex {
	size := 1 << 10
	for size < 2*capacity {
		size <<= 1
	}
	return userIndex{table: make([]uint64, size), mask: uint64(size - 1)}
}

// lookup returns the account number for hash h whose id is user, or -1. is reports whether an
// account number's id is user.
func (x *userIndex) lookup(h uint64, is func(acct int) bool) int {
	tag := h >> 32
	for slot := h & x.mask; ; slot = (slot + 1) & x.mask {
		e := x.table[slot]
		if e == 0 {
			return -1
		}
		if e>>32 == tag {
			if acct := int(uint32(e)) - 1; is(acct) {
				return acct
			}
		}
	}
}

// candidate returns the first account number along h's probe sequence whose hash tag
// matches, or -1: usually the answer, to be confirmed by comparing ids.
func (x *userIndex) candidate(h uint64) int {
	tag := h >> 32
	for slot := h & x.mask; ; slot = (slot + 1) & x.mask {
		e := x.table[slot]
		if e == 0 {
			return -1
		}
		if e>>32 == tag {
			return int(uint32(e)) - 1
		}
	}
}

// insert adds account number acct whose id hashes to h; the id must not be present yet.
// When the table is half full it doubles, placing every entry again by the hash of its id,
// which hashOf provides.
func (x *userIndex) insert(h uint64, acct int, hashOf func(acct int) uint64) {
	if 2*(x.n+1) > len(x.table) {
		old := x.table
		x.table = make([]uint64, 2*len(old))
		x.mask = uint64(len(x.table) - 1)
		for _, e := range old {
			if e != 0 {
				a := int(uint32(e)) - 1
				x.place(hashOf(a), a)
			}
		}
	}
	x.place(h, acct)
	x.n++
}

func (x *userIndex) place(h uint64, acct int) {
	slot := h & x.mask
	for x.table[slot] != 0 {
		slot = (slot + 1) & x.mask
	}
	x.table[slot] = h>>32<<32 | uint64(acct+1)
}
