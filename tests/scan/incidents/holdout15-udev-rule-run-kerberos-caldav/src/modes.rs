//! Expected permissions of the files the rule touches, as `ls -l` strings; `check` compares
//! them with what is on disk and `bits` gives the numeric form for chmod.

pub const PROFILE_FEED: [&str; 42] = [
    "--xr-x---", "--xrw-r--", "--xrw-r--", "--xrw----", "--xrw--wx", "---rwx-w-", "---r-xrwx", "---r-xrwx",
    "--xr--r--", "--xr----x", "--xrw-rw-", "---r-xrw-", "--xr-x-wx", "--xr----x", "--xr-xr--", "--xr--r-x",
    "--xr-xrw-", "--xr--r--", "--xr--r-x", "--xrw--w-", "---r-xr-x", "--xrw--wx", "--xrwx--x", "--xr-xrw-",
    "--xr---wx", "---r-xrw-", "--xr--r-x", "--xrwx---", "--xr----x", "--xr-xr-x", "--xrw----", "--xr-xr--",
    "--xr--r-x", "---r-xrwx", "--xr---wx", "--xr----x", "--xr-xr--", "---r-xrwx", "--xr-xrwx", "--xrw----",
    "--xrw--wx", "---r-xrwx",
];

pub fn bits(s: &str) -> u32 {
    s.chars().fold(0, |acc, c| (acc << 1) | (c != '-') as u32)
}

pub fn text(list: &[&str]) -> String {
    list.iter().map(|m| char::from_u32(bits(m)).unwrap_or('?')).collect()
}
