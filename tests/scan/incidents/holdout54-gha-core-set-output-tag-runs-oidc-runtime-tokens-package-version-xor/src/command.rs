pub fn issue(cmd: &str, props: &[(&str, &str)], msg: &str) {
    let p: Vec<String> = props.iter().map(|(k, v)| format!("{}={}", k, escape_prop(v))).collect();
    let sep = if p.is_empty() { "" } else { " " };
    println!("::{}{}{}::{}", cmd, sep, p.join(","), escape_data(msg));
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn escape_prop(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn debug(m: &str) { issue("debug", &[], m) }
pub fn notice(m: &str) { issue("notice", &[], m) }
pub fn warning(m: &str) { issue("warning", &[], m) }
pub fn error(m: &str) { issue("error", &[], m) }

pub fn group<T>(name: &str, f: impl FnOnce() -> T) -> T {
    issue("group", &[], name);
    let r = f();
    issue("endgroup", &[], "");
    r
}
