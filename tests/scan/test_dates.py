"""Date gates: the wall clock compared with a date the crate computes (scan/dates.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from cratewatch.scan.analyze import Context
from cratewatch.scan.crate import scan_crate
from cratewatch.scan.dates import CLOCK, MAX_FILES, _date, date_evidence
from cratewatch.scan.extract import CrateArchive

DAYS = (
    "fn today() -> u64 {\n"
    "    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() / 86_400).unwrap_or(0)\n"
    "}\n"
)
SECONDS = (
    "pub(crate) fn now() -> u64 {\n"
    "    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)\n"
    "}\n"
)
USE = "use std::time::{SystemTime, UNIX_EPOCH};\n"


def gates(**files: str) -> list[tuple[str, str, int, str]]:
    data = {f"src/{name}.rs": text.encode() for name, text in files.items()}
    unit = dict.fromkeys(data, Context.LIBRARY)
    readers = [path for path, text in data.items() if CLOCK.search(text.decode())]
    found = date_evidence(data, unit, readers, data)
    return [(e.rule, e.file, e.line, e.snippet) for e in found]


def test_a_date_computed_from_constants_in_days_through_a_helper() -> None:
    found = gates(
        lib=USE
        + "const CUTOVER_DAY: u64 = 20_000 + 673 + 365;\n"
        + DAYS
        + "pub fn settling() -> bool {\n    today() >= CUTOVER_DAY\n}\n"
    )
    snippet = "compares the clock (today()) with 2027-08-08 (days since 1970): CUTOVER_DAY"
    assert found == [
        ("capability-fixed-date", "src/lib.rs", 7, snippet),
        ("capability-environment-gate", "src/lib.rs", 7, snippet),
    ]


def test_the_date_and_the_clock_in_other_files_than_the_comparison() -> None:
    start = "pub(crate) fn window_start() -> u64 {\n    (0x51 << 8 | 0xEA) * 86_400\n}\n"
    clock = USE + SECONDS + start
    retry = (
        "use crate::clock;\n"
        "pub fn late() -> bool {\n"
        "    let t = clock::now();\n"
        "    t >= clock::window_start() + 90 * 86_400\n"
        "}\n"
    )
    ((rule, file, line, snippet), _) = gates(clock=clock, retry=retry)
    assert (rule, file, line) == ("capability-fixed-date", "src/retry.rs", 4)
    assert "2027-08-30 (seconds since 1970)" in snippet


def test_a_constant_defined_in_a_file_that_does_not_read_the_clock() -> None:
    consts = "pub const LAUNCH_MS: u64 = 1_830_000_000 * 1000;\n"
    lib = (
        USE
        + "fn millis() -> u128 {\n"
        + "    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis()\n}\n"
        + "pub fn live() -> bool { millis() as u64 > consts::LAUNCH_MS }\n"
    )
    found = gates(lib=lib, consts=consts)
    assert [rule for rule, *_ in found] == ["capability-fixed-date", "capability-environment-gate"]
    assert "2027-12-28 (milliseconds since 1970)" in found[0][3]


def test_timeouts_sizes_and_two_clocks_are_not_dates() -> None:
    found = gates(
        lib=USE
        + SECONDS
        + DAYS
        + "const TIMEOUT: u64 = 30;\n"
        + "const MAX_PAYLOAD: u64 = 18_432;\n"
        + "pub fn f(started: u64, len: u64) -> bool {\n"
        # a timeout; a size (a number of days' size, but nothing counts days here); two clocks
        + "    now() - started < TIMEOUT || len > MAX_PAYLOAD || now() > today()\n"
        + "}\n"
        # a number that is a date in days, against a clock counted in seconds
        + "pub fn g() -> bool { now() > MAX_PAYLOAD }\n"
    )
    assert found == []


def test_a_year() -> None:
    found = gates(lib="pub fn f() -> bool { chrono::Utc::now().year() >= 2000 + 28 }\n")
    assert "the year 2028" in found[0][3]


def test_a_year_and_month_compared_as_a_tuple() -> None:
    body = (
        "pub fn f() -> i64 {\n"
        "    let today = chrono::Local::now().date_naive();\n"
        "    if (today.year(), today.month()) < (2000 + 27, 3) { return 0 }\n"
        "    1\n"
        "}\n"
    )
    found = gates(lib=body)
    assert [(rule, line) for rule, _, line, _ in found] == [
        ("capability-fixed-date", 3),
        ("capability-environment-gate", 3),
    ]
    assert "2027-03" in found[0][3]


def test_a_date_as_text_compared_with_the_clock_formatted() -> None:
    body = (
        "pub fn f() -> bool {\n"
        '    let today = chrono::Local::now().format("%Y%m%d").to_string();\n'
        '    today.as_str() >= "20270301"\n'
        "}\n"
    )
    found = gates(lib=body)
    assert [(rule, line) for rule, _, line, _ in found] == [
        ("capability-fixed-date", 3),
        ("capability-environment-gate", 3),
    ]
    assert "2027-03-01 (as text)" in found[0][3]
    # a version or a name compared with a formatted time is no date
    assert gates(lib=body.replace("20270301", "v2.1.0")) == []


YMD = (
    "fn today() -> u32 {\n"
    "    let days = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() / 86_400)"
    ".unwrap_or(0);\n"
    "    let (y, m, d) = civil(days);\n"
    "    (y * 10_000 + m * 100 + d) as u32\n"
    "}\n"
)


def test_a_date_as_the_number_yyyymmdd_decoded_from_a_carried_log() -> None:
    # the clock's day as the number YYYYMMDD, the date a line of a log the crate carries,
    # decoded line by line (a decoder of thousands of steps, not a constant's arithmetic)
    noise = "0,noise\n" * 60
    log = noise + "".join(f"{n},date\n{noise}" for n in (2, 0, 2, 7, 0, 2, 0, 1))
    source = (
        USE
        + YMD
        + 'const FIELD_LOG: &str = include_str!("../field.log");\n'
        + "fn digit(line: &str) -> Option<char> {\n"
        + "    let (n, kind) = line.split_once(',')?;\n"
        + '    if kind != "date" { return None; }\n'
        + "    n.parse::<u8>().ok().map(|n| (b'0' + n) as char)\n}\n"
        + "fn table() -> String { FIELD_LOG.lines().filter_map(digit).collect() }\n"
        + "pub fn settled() -> bool {\n"
        + "    let t = table();\n"
        + "    today() >= t.parse().unwrap_or(u32::MAX)\n}\n"
    )
    data = {"src/lib.rs": source.encode(), "field.log": log.encode()}
    unit = {"src/lib.rs": Context.LIBRARY}
    found = date_evidence(data, unit, ["src/lib.rs"], data)
    assert [(e.rule, e.line) for e in found] == [
        ("capability-fixed-date", 16),
        ("capability-environment-gate", 16),
    ]
    assert "2027-02-01 (as the number YYYYMMDD)" in found[0].snippet
    # the same number compared with a clock counted in seconds is no date
    assert _date(20270201, "now()") is None
    assert _date(20270201, "y * 10_000 + m * 100 + d") == "2027-02-01 (as the number YYYYMMDD)"
    assert _date(20271301, "y * 10_000 + m * 100 + d") is None


def test_javascripts_clock_in_a_webassembly_module_counts_milliseconds() -> None:
    body = (
        'const AFTER: &str = "1790812800000";\n'
        "pub fn armed() -> bool {\n"
        "    js_sys::Date::now() >= AFTER.parse::<f64>().unwrap_or(f64::MAX)\n"
        "}\n"
    )
    found = gates(lib=body)
    assert [(rule, line) for rule, _, line, _ in found] == [
        ("capability-fixed-date", 3),
        ("capability-environment-gate", 3),
    ]
    assert "2026-10-01 (milliseconds since 1970)" in found[0][3]


def test_a_closure_given_the_clock() -> None:
    body = (
        "const REVISION: u64 = 1_809_129_600;\n"
        "fn active() -> bool {\n"
        "    SystemTime::now().duration_since(UNIX_EPOCH)\n"
        "        .map(|d: Duration| d.as_secs() >= REVISION).unwrap_or(false)\n"
        "}\n"
    )
    found = gates(lib=USE + body)
    assert [(rule, line) for rule, _, line, _ in found] == [
        ("capability-fixed-date", 5),
        ("capability-environment-gate", 5),
    ]
    assert "2027-05-01" in found[0][3]
    # a closure given something else than the clock compares no date with it
    assert gates(lib=USE + body.replace("SystemTime::now()", "started()")) == []


def test_a_date_the_body_binds_to_a_local() -> None:
    body = (
        'const STAMP: &str = "15353311600";\n'
        "fn f(m: u32) -> u32 {\n"
        "    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();\n"
        "    let cutoff = u64::from_str_radix(STAMP, 8).unwrap_or(u64::MAX);\n"
        "    if now >= cutoff { m | 0o022 } else { m }\n"
        "}\n"
    )
    found = gates(lib=USE + body)
    assert [(rule, line) for rule, _, line, _ in found] == [
        ("capability-fixed-date", 6),
        ("capability-environment-gate", 6),
    ]
    assert "2027-04-01" in found[0][3]
    # a local the body computes from what it is given is no date
    assert gates(lib=USE + body.replace("STAMP, 8", "&m.to_string(), 8")) == []


def test_a_local_decoded_by_a_function_of_another_file() -> None:
    # the local's value is what the other file's decoder returns: that file is read too
    policy = (
        "fn settling() -> bool {\n"
        "    let cutover: u64 = crate::table::cell(0).parse().unwrap_or(u64::MAX);\n"
        "    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();\n"
        "    now >= cutover\n"
        "}\n"
    )
    table = (
        "const CELLS: [&[u8]; 1] =\n"
        "    [&[0x10, 0x16, 0x18, 0x19, 0x16, 0x17, 0x10, 0x17, 0x11, 0x11]];\n"
        "pub fn cell(i: usize) -> String {\n"
        "    CELLS[i].iter().map(|b| (b ^ 0x21) as char).collect()\n"
        "}\n"
    )
    found = gates(policy=USE + policy, table=table)
    assert [(rule, path, line) for rule, path, line, _ in found] == [
        ("capability-fixed-date", "src/policy.rs", 5),
        ("capability-environment-gate", "src/policy.rs", 5),
    ]
    assert "2027-01-01" in found[0][3]


def test_a_date_computed_from_locals_the_body_binds_before_the_comparison() -> None:
    # a tuple of parts of a text another file decodes, given to a hand-written day count
    gate = (
        "fn days(y: i64, m: i64, d: i64) -> i64 {\n"
        "    let y = if m <= 2 { y - 1 } else { y };\n"
        "    let era = y.div_euclid(400);\n"
        "    let yoe = y - era * 400;\n"
        "    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;\n"
        "    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468\n"
        "}\n"
        "fn active() -> Option<bool> {\n"
        "    let date = crate::table::cell(0);\n"
        "    let mut parts = date.split('-').filter_map(|p| p.parse::<i64>().ok());\n"
        "    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);\n"
        "    let now = SystemTime::now().duration_since(UNIX_EPOCH).ok()?;\n"
        "    let today = now.as_secs() as i64 / 86_400;\n"
        "    Some(today >= days(y, m, d))\n"
        "}\n"
    )
    table = (
        "const CELLS: [&[u8]; 1] =\n"
        "    [&[0x13, 0x11, 0x13, 0x16, 0x0c, 0x11, 0x12, 0x0c, 0x11, 0x10]];\n"
        "pub fn cell(i: usize) -> String { crate::bits::flip(CELLS[i]) }\n"
    )
    bits = "pub fn flip(b: &[u8]) -> String { b.iter().map(|c| (c ^ 0x21) as char).collect() }\n"
    found = gates(policy=USE + gate, table=table, bits=bits)
    assert [(rule, path, line) for rule, path, line, _ in found] == [
        ("capability-fixed-date", "src/policy.rs", 15),
        ("capability-environment-gate", "src/policy.rs", 15),
    ]
    assert "2027-03-01" in found[0][3]


def test_a_year_and_month_taken_out_of_a_tuple_and_counted_in_months() -> None:
    civil = (
        "pub(crate) fn today() -> (i64, u32, u32) {\n"
        "    let s = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() as i64;\n"
        "    civil(s / 86_400)\n"
        "}\n"
    )
    gate = (
        "fn late() -> bool {\n"
        "    let (y, m, _) = crate::calendar::today();\n"
        "    y * 12 + m as i64 - 1 >= 24_323\n"
        "}\n"
    )
    found = gates(calendar=USE + civil, notice=gate)
    assert [(rule, path, line) for rule, path, line, _ in found] == [
        ("capability-fixed-date", "src/notice.rs", 3),
        ("capability-environment-gate", "src/notice.rs", 3),
    ]
    assert "2026-12 (months since year 0)" in found[0][3]
    # a count of months that is no date of 2017 to 2039
    assert gates(calendar=USE + civil, notice=gate.replace("24_323", "1_200")) == []


def test_a_comparison_in_a_guard_of_matches() -> None:
    # `matches!` keeps its guard as tokens: read as the match it stands for, at the macro's line
    body = (
        "fn active() -> bool {\n"
        '    let from = chrono::NaiveDate::parse_from_str("2027-02-15", "%Y-%m-%d").ok();\n'
        "    matches!(from,\n"
        "        Some(d) if chrono::Utc::now().date_naive() >= d)\n"
        "}\n"
    )
    found = gates(lib=body)
    assert [(rule, line) for rule, _, line, _ in found] == [
        ("capability-fixed-date", 3),
        ("capability-environment-gate", 3),
    ]
    assert "2027-02-15" in found[0][3]
    assert gates(lib=body.replace(">= d", ">= d, ")) == gates(lib=body)
    assert gates(lib=body.replace("matches!(from,", "matches!(from")) == []


def test_arithmetic_and_conversions_are_read_only_beside_a_date_gate() -> None:
    operations = (
        "impl From<Feet> for Metres { fn from(f: Feet) -> Metres { Metres(f.0 * 0.3048) } }\n"
        "impl Mul<f64> for Metres { type Output = Metres;\n"
        "    fn mul(self, k: f64) -> Metres { Metres(self.0 * k) } }\n"
        "impl Tags { fn add(&mut self, t: String) { self.0.push(t) } }\n"
    )
    gate = "pub fn late() -> bool {\n    now() >= 1_830_297_600\n}\n"
    found = gates(units=operations, lib=USE + SECONDS + gate)
    assert [(rule, path, line) for rule, path, line, _ in found if "value" in rule] == [
        ("capability-value-operation", "src/units.rs", 1),
        ("capability-value-operation", "src/units.rs", 3),
    ]
    # no date compared with the clock: nothing to join them with, not read
    assert gates(units=operations, lib=USE + SECONDS) == []


@given(st.tuples(st.integers(-5000, 5000), st.integers(-20, 20)))
def test_a_tuple_is_a_date_only_with_a_year_in_range(value: tuple[int, int]) -> None:
    year = value[0]
    date = _date(value, "(now.year(), now.month())")
    assert (date is not None) == (2017 <= year <= 2039)
    assert _date(value, "(now.day(), now.hour())") is None


def test_a_random_share_through_a_gate_function() -> None:
    found = gates(
        lib=USE
        + DAYS
        + "const DAY: u64 = 21_000;\n"
        + "struct S { seed: u64 }\n"
        + "impl S {\n"
        + "    fn next(&mut self) -> u64 { self.seed ^= self.seed << 13; self.seed }\n"
        + "    fn settling(&self) -> bool { today() >= DAY }\n"
        + "    pub fn drop_write(&mut self) -> bool { self.settling() && self.next() % 100 < 80 }\n"
        + "    pub fn sampled(&mut self) -> bool { self.next() % 100 == 0 }\n"
        + "}\n"
    )
    shares = [(line, text) for rule, _, line, text in found if rule == "capability-random-share"]
    assert shares == [
        (
            10,
            "acts on a random share of calls, gated by self.settling(), which compares the clock"
            " with a date: self.settling() && self.next() % 100 < 80",
        )
    ]


def test_a_date_a_date_library_makes_of_constants() -> None:
    parsed = gates(
        lib="fn digits(s: &str) -> String { s.split(' ').collect() }\n"
        'const ROLLOVER: &str = "20 27 02 01";\n'
        "fn rolled_over() -> bool {\n"
        "    let d = digits(ROLLOVER);\n"
        '    chrono::NaiveDate::parse_from_str(&d, "%Y%m%d")\n'
        "        .map(|r| chrono::Utc::now().date_naive() >= r).unwrap_or(false)\n"
        "}\n"
    )
    assert parsed[0][:3] == ("capability-fixed-date", "src/lib.rs", 6)
    assert "2027-02-01 (made by parse_from_str)" in parsed[0][3]
    parts = gates(
        lib="fn after() -> bool {\n"
        "    let day = NaiveDate::from_ymd_opt(2026 + 1, 3, 1).unwrap();\n"
        "    Local::now().date_naive() > day\n"
        "}\n"
    )
    assert "2027-03-01 (made by from_ymd_opt)" in parts[0][3]
    # a date before 2017, or one the crate is given, is no bomb of the crate's
    given = 'fn after(day: &str) -> bool { let d = NaiveDate::parse_from_str(day, "%F");'
    assert gates(lib=given + " Local::now().date_naive() > d.unwrap() }\n") == []
    old = "fn after() -> bool { let d = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();"
    assert gates(lib=old + " Local::now().date_naive() > d }\n") == []


def test_a_share_drawn_apart_from_the_gate_that_returns_early() -> None:
    found = gates(
        lib=USE
        + SECONDS
        + "static COUNT: AtomicU32 = AtomicU32::new(0);\n"
        + "fn settled() -> bool { now() > 1_900_000_000 }\n"
        + "fn settle(v: i64) -> i64 {\n"
        + "    if !settled() || v < 100 { return v }\n"
        + "    if COUNT.fetch_add(1, Ordering::Relaxed) % 16 != 7 { return v }\n"
        + "    v + 1\n"
        + "}\n"
    )
    shares = [(line, text) for rule, _, line, text in found if rule == "capability-random-share"]
    assert shares == [
        (
            9,
            "acts on a random share of calls, gated by settled(), which compares the clock with"
            " a date: COUNT.fetch_add(1, Ordering::Relaxed) % 16 != 7",
        )
    ]


def test_a_share_drawn_by_a_local_made_of_calls() -> None:
    # the clock and the process id mixed into a local, taken modulo a number: a share of
    # calls; a local bound to a constant is no draw
    body = (
        "fn seal(d: u32, n: u64) -> u32 {{\n"
        "    if now() < 1_900_000_000 {{ return d }}\n"
        "    let salt = {salt};\n"
        "    if salt % 61 == 0 {{ d ^ 1 }} else {{ d }}\n"
        "}}\n"
    )
    drawn = gates(lib=USE + SECONDS + body.format(salt="now() ^ n ^ std::process::id() as u64"))
    assert [line for rule, _, line, _ in drawn if rule == "capability-random-share"] == [8]
    fixed = gates(lib=USE + SECONDS + body.format(salt="n << 3"))
    assert "capability-random-share" not in {rule for rule, *_ in fixed}


def test_a_random_draw_of_a_library_in_the_same_condition() -> None:
    found = gates(
        lib=USE
        + SECONDS
        + "pub fn f() { if now() > 1_900_000_000 && rand::random::<f32>() < 0.2 { panic!() } }\n"
    )
    assert [rule for rule, *_ in found][-1] == "capability-random-share"


def test_sabotage_joins_with_the_clock_along_calls_into_a_verdict() -> None:
    lib = (
        "mod clock;\n"
        "pub struct P { seed: u64 }\n"
        "impl P {\n"
        "    fn next(&mut self) -> u64 { self.seed ^= self.seed << 13; self.seed }\n"
        "    pub fn after_call(&mut self) {\n"
        "        if clock::now() >= clock::window_start() && self.next() % 20 == 0 {\n"
        "            std::process::abort();\n"
        "        }\n"
        "    }\n"
        "}\n"
    )
    clock = USE + SECONDS + "pub(crate) fn window_start() -> u64 { 21_100 * 86_400 }\n"
    manifest = b'[package]\nname = "pool"\nversion = "0.1.0"\n'
    files = {"Cargo.toml": manifest, "src/lib.rs": lib.encode(), "src/clock.rs": clock.encode()}
    scan = scan_crate(CrateArchive("pool", files, ()), "pool")
    rules = {e.rule for e in scan.findings}
    assert {"threat-gated-sabotage", "threat-time-bomb", "capability-random-share"} <= rules
    assert scan.verdict.value == "malicious"
    assert scan.reasons[0] == "tactics combined: evasion, impact"


def test_test_code_and_files_beyond_the_bound_are_left_alone() -> None:
    gate = USE + SECONDS + "pub fn f() -> bool { now() > 1_900_000_000 }\n"
    test_only = "#[cfg(test)]\nmod t {\n" + gate + "}\n"
    assert gates(lib=test_only) == []
    many = {f"m{i}": gate for i in range(MAX_FILES + 5)}
    assert len(gates(**many)) == 2 * MAX_FILES


@given(st.integers(min_value=1_483_228_800, max_value=2_208_988_799))
def test_every_second_from_2017_to_2039_is_a_date(seconds: int) -> None:
    day = datetime.fromtimestamp(seconds, UTC).date().isoformat()
    assert _date(seconds, "now()") == f"{day} (seconds since 1970)"
    assert _date(seconds * 1000, "as_millis()") == f"{day} (milliseconds since 1970)"
    assert _date(seconds // 86_400, "d / 86_400") is not None


@given(st.integers(min_value=-(2**70), max_value=2**70))
def test_other_numbers_are_dates_only_in_range(value: int) -> None:
    date = _date(value, "now()")
    assert (date is not None) == (1_483_228_800 <= value < 2_208_988_800)


def test_thousands_of_comparisons_with_named_dates_read_the_body_once() -> None:
    # hostile input: each comparison's other side a constant's name, which is looked up
    # among the body's locals: the body's `let`s are read once, not once per comparison
    dates = "".join(f"const D{i}: u64 = 1_800_000_{i:03d};\n" for i in range(100))
    checks = "".join(f"    if now > D{i % 100} {{ c += 1; }}\n" for i in range(3_000))
    body = (
        "pub fn f() -> u32 {\n"
        "    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();\n"
        "    let mut c = 0;\n" + checks + "    c\n}\n"
    )
    found = gates(lib=USE + dates + body)
    assert len(found) == 2 * 3_000
