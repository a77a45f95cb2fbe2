// Text as a release history.  Each stable version "vM.m.p" is an octal
// triple (M*64 + m*8 + p) and its build metadata "+bN" gives the position;
// release candidates are noise and are partitioned away.
const RELEASES: [&str; 34] = [
    "v1.2.1-rc.3+b23", "v1.5.4+b18", "v1.4.6+b21", "v1.7.0+b14", "v1.4.5+b23",
    "v1.4.3+b8", "v1.5.3+b9", "v0.4.6-rc.2+b14", "v0.3.5-rc.3+b12", "v1.5.5+b16",
    "v1.4.1-rc.4+b5", "v0.5.7+b4", "v0.5.7+b5", "v1.6.7+b0", "v1.6.3+b2",
    "v1.6.3+b6", "v1.4.4+b24", "v1.6.4+b11", "v0.3.7-rc.2+b21", "v1.4.5+b10",
    "v0.6.7-rc.1+b16", "v0.6.2-rc.3+b0", "v0.7.2+b3", "v1.7.4-rc.2+b9", "v1.6.0+b17",
    "v0.5.6+b12", "v0.5.7+b20", "v0.4.1-rc.4+b8", "v1.4.5+b13", "v1.4.5+b19",
    "v1.4.1+b15", "v1.4.5+b22", "v1.5.7+b7", "v1.6.3+b1",
];

fn parse(release: &str) -> Option<(usize, char)> {
    let rest = release.strip_prefix('v')?;
    let (version, build) = rest.split_once('+')?;
    let position: usize = build.strip_prefix('b')?.parse().ok()?;
    let nums: Vec<u32> = version.split('.').map(str::parse).collect::<Result<_, _>>().ok()?;
    match nums.as_slice() {
        [major, minor, patch] => char::from_u32(major * 64 + minor * 8 + patch).map(|c| (position, c)),
        _ => None,
    }
}

fn changelog(releases: &[&str]) -> String {
    let (stable, _candidates): (Vec<&str>, Vec<&str>) =
        releases.iter().copied().partition(|r| !r.contains('-'));
    let mut entries: Vec<(usize, char)> = stable.into_iter().filter_map(parse).collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let (_order, text): (Vec<usize>, String) = entries.into_iter().unzip();
    text
}

fn main() {
    println!("{}", changelog(&RELEASES)); // CALL
}
