//! Where a run of bytes first occurs in a larger buffer, for many runs at once.
//!
//! protoc's python generator places each message, enum and service at
//! `serialized_file.find(serialized_element)`: the first occurrence, which is an earlier,
//! byte-identical run when one exists (two nested enums with the same name and values), not
//! necessarily the element's own place. One search per element over the whole file is
//! quadratic in the file's size; here every element is found in one pass over the file.
//!
//! Each run is indexed by a hash of its first `PREFIX` bytes (all of it when shorter); the pass
//! hashes the window at every offset (prefix sums of a polynomial hash give any window in O(1))
//! and, where a prefix matches, compares the full-length hash of the runs of that prefix, then
//! the bytes. A run always occurs at its own place, so each one is found by then.

use std::collections::HashMap;
use std::ops::Range;

const PREFIX: usize = 16;
const BASE: u64 = 0x100_0000_01b3;

/// Polynomial hashes (mod 2^64) of every prefix of a buffer.
struct Hashes {
    prefix: Vec<u64>,
}

impl Hashes {
    fn new(bytes: &[u8]) -> Self {
        let mut prefix = Vec::with_capacity(bytes.len() + 1);
        let mut h = 0u64;
        prefix.push(h);
        for &b in bytes {
            h = h.wrapping_mul(BASE).wrapping_add(u64::from(b) + 1);
            prefix.push(h);
        }
        Hashes { prefix }
    }

    /// The hash of `bytes[at..at + len]`, `power` being `BASE^len`.
    fn window(&self, at: usize, len: usize, power: u64) -> u64 {
        self.prefix[at + len].wrapping_sub(self.prefix[at].wrapping_mul(power))
    }
}

fn power(len: usize) -> u64 {
    (0..len).fold(1u64, |p, _| p.wrapping_mul(BASE))
}

/// The runs of one prefix not found yet: by length, their full hash and which runs they are.
#[derive(Default)]
struct Pending {
    by_len: HashMap<usize, (u64, HashMap<u64, Vec<usize>>)>,
}

/// For each `needles[i]`, a range of `hay`, the offset of the first occurrence of its bytes in
/// `hay` (at most its own start), as `std::string::find` reports it.
pub(super) fn first_occurrences(hay: &[u8], needles: &[Range<usize>]) -> Vec<usize> {
    let mut found: Vec<Option<usize>> = vec![None; needles.len()];
    let hashes = Hashes::new(hay);
    // prefix length -> (its power, prefix hash -> pending runs)
    let mut by_prefix: HashMap<usize, (u64, HashMap<u64, Pending>)> = HashMap::new();
    let mut powers: HashMap<usize, u64> = HashMap::new();
    for (i, range) in needles.iter().enumerate() {
        let len = range.len();
        if len == 0 {
            found[i] = Some(0);
            continue;
        }
        let w = len.min(PREFIX);
        let (w_power, prefixes) = by_prefix.entry(w).or_insert_with(|| (power(w), HashMap::new()));
        let key = hashes.window(range.start, w, *w_power);
        let l_power = *powers.entry(len).or_insert_with(|| power(len));
        let full = hashes.window(range.start, len, l_power);
        let pending = prefixes.entry(key).or_default();
        let (_, runs) = pending.by_len.entry(len).or_insert_with(|| (l_power, HashMap::new()));
        runs.entry(full).or_default().push(i);
    }
    let mut prefix_lens: Vec<usize> = by_prefix.keys().copied().collect();
    prefix_lens.sort_unstable();
    for w in prefix_lens {
        let Some((w_power, mut prefixes)) = by_prefix.remove(&w) else { continue };
        if hay.len() < w {
            continue;
        }
        // Most offsets start no run: a bit per prefix hash rules them out before the map.
        // 16 bits per prefix (a power of two), indexed by the top bits of the hash.
        let bits = (prefixes.len() * 16).next_power_of_two().max(64);
        let shift = 64 - bits.trailing_zeros();
        let mut filter = vec![0u64; bits / 64];
        for key in prefixes.keys() {
            let bit = (key >> shift) as usize;
            filter[bit / 64] |= 1 << (bit % 64);
        }
        for at in 0..=hay.len() - w {
            let key = hashes.window(at, w, w_power);
            let bit = (key >> shift) as usize;
            if filter[bit / 64] & (1 << (bit % 64)) == 0 {
                continue;
            }
            let Some(pending) = prefixes.get_mut(&key) else { continue };
            pending.by_len.retain(|&len, (l_power, runs)| {
                if at + len > hay.len() {
                    return true;
                }
                let full = hashes.window(at, len, *l_power);
                if let Some(ids) = runs.get_mut(&full) {
                    ids.retain(|&id| {
                        let matches = hay[at..at + len] == hay[needles[id].clone()];
                        if matches {
                            found[id] = Some(at);
                        }
                        !matches
                    });
                    if ids.is_empty() {
                        runs.remove(&full);
                    }
                }
                !runs.is_empty()
            });
            if pending.by_len.is_empty() {
                prefixes.remove(&key);
                if prefixes.is_empty() {
                    break;
                }
            }
        }
    }
    // Every run occurs at its own place, so the pass found it there at the latest.
    found.into_iter().zip(needles).map(|(at, range)| at.unwrap_or(range.start)).collect()
}

#[cfg(test)]
mod tests {
    use super::first_occurrences;

    fn naive(hay: &[u8], needles: &[std::ops::Range<usize>]) -> Vec<usize> {
        needles.iter().map(|r| memchr::memmem::find(hay, &hay[r.clone()]).unwrap()).collect()
    }

    #[test]
    fn finds_what_a_search_from_the_start_finds() {
        // Repeats, runs shorter and longer than the prefix, shared prefixes, overlaps.
        let mut hay = Vec::new();
        let mut seed = 7u32;
        for i in 0..3000u32 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let part: &[u8] = match seed >> 29 {
                0 => b"\x0a\x05Inner\x12\x0b\x0a\x01a\x18\x01 \x01(\x0d",
                1 => b"\x0a\x01A",
                2 => b"aaaaaaaaaaaaaaaaaaaaaaaaa",
                _ => &[],
            };
            hay.extend_from_slice(part);
            hay.extend_from_slice(&i.to_le_bytes()[..(seed % 3) as usize]);
        }
        let mut needles = Vec::new();
        let mut seed = 11u32;
        for _ in 0..2000 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let start = (seed as usize >> 4) % hay.len();
            let len = [1usize, 3, 15, 16, 17, 40, 200][(seed % 7) as usize].min(hay.len() - start);
            needles.push(start..start + len);
        }
        needles.push(0..0);
        needles.push(0..hay.len());
        assert_eq!(first_occurrences(&hay, &needles), naive(&hay, &needles));
    }

    #[test]
    fn an_earlier_identical_run_wins() {
        let hay = b"xxABCyyABCzzABC";
        assert_eq!(first_occurrences(hay, &[12..15, 7..10, 2..5, 0..1]), vec![2, 2, 2, 0]);
    }
}
