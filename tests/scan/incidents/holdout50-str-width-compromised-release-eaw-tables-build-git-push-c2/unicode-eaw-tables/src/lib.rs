//! East Asian Width (UAX #11) lookup, plus zero width for combining marks and
//! default-ignorable code points.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    Neutral,
    Narrow,
    Ambiguous,
    Wide,
    Halfwidth,
    Fullwidth,
    Zero,
}

include!(concat!(env!("OUT_DIR"), "/eaw_table.rs"));

pub fn lookup(c: char) -> Width {
    let cp = c as u32;
    if ZERO.binary_search_by(|&(lo, hi)| cmp_range(cp, lo, hi)).is_ok() {
        return Width::Zero;
    }
    match TABLE.binary_search_by(|&(lo, hi, _)| cmp_range(cp, lo, hi)) {
        Ok(i) => TABLE[i].2,
        Err(_) => Width::Neutral,
    }
}

fn cmp_range(cp: u32, lo: u32, hi: u32) -> std::cmp::Ordering {
    if hi < cp {
        std::cmp::Ordering::Less
    } else if lo > cp {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}
