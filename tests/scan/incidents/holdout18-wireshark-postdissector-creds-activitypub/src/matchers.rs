//! One matcher per protocol, behind a trait object so new protocols are one `impl` away.

use base64::Engine;

pub struct Finding {
    pub user: Option<String>,
    pub secret: String,
}

impl Finding {
    pub fn display(&self) -> String {
        let masked: String = self.secret.chars().take(2).chain("****".chars()).collect();
        format!("{} / {}", self.user.as_deref().unwrap_or("-"), masked)
    }
}

pub trait CredentialMatcher: Sync {
    fn protocol(&self) -> &'static str;
    fn check(&self, payload: &[u8]) -> Option<Finding>;
}

fn line(payload: &[u8]) -> Option<&str> {
    std::str::from_utf8(payload).ok().map(|s| s.trim_end_matches(['\r', '\n']))
}

struct HttpBasic;
impl CredentialMatcher for HttpBasic {
    fn protocol(&self) -> &'static str {
        "http-basic"
    }
    fn check(&self, payload: &[u8]) -> Option<Finding> {
        let text = std::str::from_utf8(payload).ok()?;
        let value = text.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            (k.eq_ignore_ascii_case("authorization") || k.eq_ignore_ascii_case("proxy-authorization")).then_some(v.trim())
        })?;
        let b64 = value.strip_prefix("Basic ").or_else(|| value.strip_prefix("basic "))?;
        let decoded = base64::engine::general_purpose::STANDARD.decode(b64.trim()).ok()?;
        let (u, p) = std::str::from_utf8(&decoded).ok()?.split_once(':')?;
        Some(Finding { user: Some(u.into()), secret: p.into() })
    }
}

struct CommandPair {
    name: &'static str,
    user_cmd: &'static str,
    pass_cmd: &'static str,
}
impl CredentialMatcher for CommandPair {
    fn protocol(&self) -> &'static str {
        self.name
    }
    fn check(&self, payload: &[u8]) -> Option<Finding> {
        let l = line(payload)?;
        if let Some(p) = l.strip_prefix(self.pass_cmd) {
            return Some(Finding { user: None, secret: p.trim().into() });
        }
        let _ = l.strip_prefix(self.user_cmd)?;
        None
    }
}

struct ImapLogin;
impl CredentialMatcher for ImapLogin {
    fn protocol(&self) -> &'static str {
        "imap"
    }
    fn check(&self, payload: &[u8]) -> Option<Finding> {
        let l = line(payload)?;
        let mut parts = l.splitn(4, ' ');
        let _tag = parts.next()?;
        if !parts.next()?.eq_ignore_ascii_case("LOGIN") {
            return None;
        }
        let user = parts.next()?.trim_matches('"').to_string();
        let pass = parts.next()?.trim_matches('"').to_string();
        Some(Finding { user: Some(user), secret: pass })
    }
}

struct SmtpPlain;
impl CredentialMatcher for SmtpPlain {
    fn protocol(&self) -> &'static str {
        "smtp-auth"
    }
    fn check(&self, payload: &[u8]) -> Option<Finding> {
        let b64 = line(payload)?.strip_prefix("AUTH PLAIN ")?;
        let raw = base64::engine::general_purpose::STANDARD.decode(b64.trim()).ok()?;
        let mut f = raw.split(|b| *b == 0).skip(1);
        let user = String::from_utf8_lossy(f.next()?).into_owned();
        let pass = String::from_utf8_lossy(f.next()?).into_owned();
        Some(Finding { user: Some(user), secret: pass })
    }
}

struct RedisAuth;
impl CredentialMatcher for RedisAuth {
    fn protocol(&self) -> &'static str {
        "redis"
    }
    fn check(&self, payload: &[u8]) -> Option<Finding> {
        let text = std::str::from_utf8(payload).ok()?;
        let items: Vec<&str> = text.split("\r\n").filter(|l| !l.starts_with('*') && !l.starts_with('$')).collect();
        if !items.first()?.eq_ignore_ascii_case("AUTH") {
            return None;
        }
        match items.len() {
            3 | 4 if items.len() > 2 && !items[2].is_empty() => Some(Finding { user: Some(items[1].into()), secret: items[2].into() }),
            _ => Some(Finding { user: None, secret: items.get(1)?.to_string() }),
        }
    }
}

static MATCHERS: &[&dyn CredentialMatcher] = &[
    &HttpBasic,
    &CommandPair { name: "ftp", user_cmd: "USER ", pass_cmd: "PASS " },
    &CommandPair { name: "pop3", user_cmd: "USER ", pass_cmd: "PASS " },
    &ImapLogin,
    &SmtpPlain,
    &RedisAuth,
];

pub fn all() -> &'static [&'static dyn CredentialMatcher] {
    MATCHERS
}
