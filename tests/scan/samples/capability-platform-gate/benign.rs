const DOC: &str = "runs on windows and unix alike";
fn os_name(os: &str) -> String { os.to_lowercase() }
