//! Sample statement and ledger rows. Amount signs follow fixed patterns (`+` credit, `-` debit,
//! `0` zero-amount adjustment) so that generated files have realistic runs of debits.

use chrono::{Duration, NaiveDate};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

pub const SIGN_PATTERNS: &[&str] = &[
    "-++-++0-++++0++---0++00-----+0-+-+-+++++0+-0-00-",
    concat!(
        "0+++-00+++-+0+++++0++0+-0++-000+-0++0+--+-0+--+-0+--++0+-0+00+-0+-0+--0+0+-00-0+--++0+--0+0+--++",
        "0+--+00+--+00+--0+0+-0-+0+-00+0+--+-0++-+00++0-00++++00+++0-0+++000+++-00++-+-0+++-+0+--+-",
    ),
    concat!(
        "0+00+-0++0-00++-++0++0+-0++--+0++0000+--+-0++-000++0+00++0+-0++-+00++0-00++-++0+--0+0++0-+0+++-+",
        "0++0+00++0+-+----+0+00+-0++0-00++-++0++0+-0++--+0++0000+--+-0+++-+0+++--0++0000+--+-0++-0+0++-0-",
        "0+--0+0+++-+0+++--0++0000++0-00+++0-0++-+-+----+0+0-++0++-+-0++-0+0++-++0++-+-0+++-000++--0+0-++",
        "0++0-00+++0+0++-+-0+--+-0++--+0++0++0++0++0+--0+0++0-+0+++-+0++0+00++0+-",
    ),
    concat!(
        "0+00+00++0--0+++000++0+-0++-0+0++-+-0+++-00++-0-0++0-00+++-00++-0+0+--+-0+000-0+++-00++0+00++-+0",
        "0++0-00++0000++-+-0+++-++----+0++0000++0+00++-++0++0-00++0+-0+++-+0+--0+0++0-+0+++-+0++0+00++0+-",
        "+----+0++00-0++-+-0+++++0+-0-+0+--0+0++-0+0++-0-+----+0++-000++-+-0+++-00+++0-0+-0+00+--0+0++-0+",
        "0++-0-",
    ),
    concat!(
        "0+0-++0++0-00++-0-0+++-00++--+0+++-00+++++0+--+-0+-++-0++0++0++0++0++0000++0-00++-000++--+0+++0-",
        "0++0-00++0+00++0+-00++--0+00+-0+++000++0++0++0++0++0+00+++-00+++0-+----+0+--0+0++-000++0+00++0+-",
        "0++-+00++0-00++-+++----+0+--0+0+++0-0++0--0+++000++0+-0++-0+0++-+-0+++-00++-0-0++0-00+++-00++-0+",
    ),
];

pub fn pattern(i: usize) -> Vec<i8> {
    SIGN_PATTERNS
        .get(i)
        .map(|p| p.chars().map(|c| match c { '+' => 1, '-' => -1, _ => 0 }).collect())
        .unwrap_or_default()
}

pub struct Row {
    pub id: String,
    pub date: NaiveDate,
    pub cents: i64,
    pub text: String,
}

const COUNTERPARTIES: [&str; 6] = ["acme", "globex", "initech", "umbrella", "hooli", "stark"];

pub fn rows(seed: u64, n: usize) -> (Vec<Row>, Vec<Row>) {
    let mut rng = StdRng::seed_from_u64(seed);
    let signs = pattern(0);
    let start = NaiveDate::from_ymd_opt(2024, 1, 2).unwrap_or_default();
    let mut statement = Vec::with_capacity(n);
    let mut ledger = Vec::with_capacity(n);
    for i in 0..n {
        let sign = signs[i % signs.len()] as i64;
        let cents = sign * rng.gen_range(100..500_000);
        let date = start + Duration::days(rng.gen_range(0..180));
        let cp = COUNTERPARTIES[rng.gen_range(0..COUNTERPARTIES.len())];
        ledger.push(Row { id: format!("L{i:05}"), date, cents, text: cp.to_owned() });
        let lag = Duration::days(rng.gen_range(0..3));
        statement.push(Row { id: format!("S{i:05}"), date: date + lag, cents, text: format!("REF L{i:05} {cp}") });
    }
    (statement, ledger)
}
