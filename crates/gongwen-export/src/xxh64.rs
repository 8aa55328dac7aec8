//! XXH64 (xxHash, 64-bit), the hash of chunk ids: the same function as
//! Python's `xxhash.xxh64` and Spark's `xxhash64` (whose seed is 42). The
//! `xxhash-rust` crate computes it; the tests below pin its values to the
//! reference implementation's, so a change of crate cannot change the ids.

/// XXH64 of `data` with `seed`.
pub(crate) fn xxh64(data: &[u8], seed: u64) -> u64 {
    xxhash_rust::xxh64::xxh64(data, seed)
}

#[cfg(test)]
mod tests {
    use super::xxh64;

    #[test]
    fn reference_values() {
        // The reference implementation's values (xxhsum -H64, Python's xxhash).
        assert_eq!(xxh64(b"", 0), 0xEF46_DB37_51D8_E999);
        assert_eq!(xxh64(b"abc", 0), 0x44BC_2CF5_AD77_0999);
        // Every length path (stripes of 32, words of 8 and 4, bytes), seed 42.
        let data: Vec<u8> = (0..768).map(|i| (i % 256) as u8).collect();
        let want: [(usize, u64); 8] = [
            (31, 9_457_807_973_980_583_769),
            (32, 9_802_614_321_847_619_698),
            (33, 2_046_936_095_001_747_419),
            (63, 182_631_115_370_802_890),
            (64, 14_863_999_917_739_982_478),
            (100, 9_339_668_972_473_275_655),
            (257, 16_419_088_165_747_584_539),
            (700, 10_895_191_772_094_759_825),
        ];
        for (n, h) in want {
            assert_eq!(xxh64(&data[..n], 42), h, "length {n}");
        }
    }
}
