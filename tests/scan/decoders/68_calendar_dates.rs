// Text as a list of calendar dates: the day of the year is the byte.
// Month offsets are built by a const fn at compile time.
const MONTH_DAYS: [u16; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const fn running_total(days: [u16; 12]) -> [u16; 13] {
    let mut out = [0u16; 13];
    let mut i = 0;
    while i < 12 {
        out[i + 1] = out[i] + days[i];
        i += 1;
    }
    out
}

const BEFORE_MONTH: [u16; 13] = running_total(MONTH_DAYS);

const fn is_leap(year: u32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

const DIARY: &str = "\
2008-05-05, 2011-02-16, 1996-02-15, 2011-04-09, 1993-04-21, 2013-04-20,
1997-04-12, 1991-04-15, 2015-04-13, 1991-02-16, 2000-04-06, 1999-04-27,
2025-04-26, 2001-04-21, 1996-04-24, 2024-04-25, 2017-04-07, 1996-04-23,
2025-04-26, 1996-02-16, 2009-04-25, 2014-05-01, 2026-04-20, 2028-04-08,
2004-02-15, 1994-04-10, 1993-04-11, 2021-04-25, 1995-04-17, 2001-04-26,
2025-04-21, 2020-04-21";

fn ordinal(date: &str) -> Option<u32> {
    let mut parts = date.trim().split('-').map(|p| p.parse::<u32>());
    let (year, month, day) = (parts.next()?.ok()?, parts.next()?.ok()?, parts.next()?.ok()?);
    let leap = u32::from(is_leap(year) && month > 2);
    Some(u32::from(*BEFORE_MONTH.get(month as usize - 1)?) + day + leap)
}

fn diary(dates: &str) -> String {
    dates.split(',').filter_map(ordinal).filter_map(char::from_u32).collect()
}

fn main() {
    println!("{}", diary(DIARY)); // CALL
}
