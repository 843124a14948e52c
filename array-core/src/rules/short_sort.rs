//! Sorting the short lists the crate orders: axes, a few stride terms per
//! axis, the call sites of a copy report.
//!
//! Each call of the standard library's `sort_by_key` instantiates its whole
//! stable sort for that call's closure; over this crate's call sites that
//! was about a quarter of the crate's machine code (28% of its LLVM IR),
//! paid in every clean build. These lists are short, where an insertion
//! sort is as fast and a few instructions long.

/// Sorts `items` by `key`, keeping equal keys in their order (stable, like
/// `slice::sort_by_key`). Quadratic: for lists whose length is bounded by
/// the rank or the program, not by the data.
pub(crate) fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && key(&items[at - 1]) > key(&items[at]) {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_standard_stable_sort() {
        // Every list of length up to 6 over keys 0..3, tagged with its
        // position so that stability shows.
        for len in 0..=6u32 {
            for code in 0..3usize.pow(len) {
                let list: Vec<(usize, usize)> = (0..len as usize)
                    .map(|i| ((code / 3usize.pow(i as u32)) % 3, i))
                    .collect();
                let mut ours = list.clone();
                let mut std_sorted = list;
                sort_by_key(&mut ours, |&(k, _)| k);
                std_sorted.sort_by_key(|&(k, _)| k);
                assert_eq!(ours, std_sorted);
            }
        }
    }

    #[test]
    fn descending_keys() {
        let mut axes = vec![0usize, 1, 2, 3];
        let strides = [8isize, -24, 1, 24];
        sort_by_key(&mut axes, |&a| std::cmp::Reverse(strides[a].unsigned_abs()));
        assert_eq!(axes, [1, 3, 0, 2]);
    }
}
