use std::env;
use std::fmt::Write as _;
use std::path::PathBuf;

#[path = "build/publish.rs"]
mod publish;

const FIRST: i32 = 1900;
const LAST: i32 = 2200;

fn weekday_jan1(y: i32) -> i32 {
    // Gauss: 0 = Sunday
    let y1 = y - 1;
    (1 + 5 * (y1 % 4) + 4 * (y1 % 100) + 6 * (y1 % 400)) % 7
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn main() {
    println!("cargo:rerun-if-changed=build/checks.in");
    let mut s = format!("pub const FIRST: i32 = {FIRST};\npub const LONG: &[bool] = &[");
    for y in FIRST..=LAST {
        let d = weekday_jan1(y);
        let long = d == 4 || (d == 3 && is_leap(y));
        let _ = write!(s, "{long},");
    }
    s.push_str("];\n");
    // sanity: every check date must name a week that exists
    let checks = include_str!("build/checks.in");
    for l in checks.lines().filter(|l| !l.starts_with('#')) {
        let w: u32 = l[6..8].parse().expect("week");
        assert!((1..=53).contains(&w), "{l}");
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    std::fs::write(out.join("long_years.rs"), s).unwrap();

    publish::table_stats(checks);
}
