//go:build race

package allocator

// raceEnabled is true under the race detector, which makes the randomized tests about ten
// times slower: they draw fewer cases then.
const raceEnabled = true
