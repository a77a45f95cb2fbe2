//! Adding / removing the vacation block.

const BEGIN: &str = "# BEGIN sieve-vacation";
const END: &str = "# END sieve-vacation";

fn quote(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

pub fn block(until: &str, subject: &str, message: &str, addresses: &[String]) -> String {
    let addrs = addresses.iter().map(|a| format!("\"{}\"", quote(a))).collect::<Vec<_>>().join(", ");
    format!(
        "{BEGIN}\nif currentdate :value \"le\" \"date\" \"{until}\" {{\n    vacation :days 1 :subject \"{}\" :addresses [{addrs}] text:\n{}\n.\n;\n}}\n{END}\n",
        quote(subject),
        message.replace("\n.", "\n..")
    )
}

pub fn strip(script: &str) -> String {
    match (script.find(BEGIN), script.find(END)) {
        (Some(b), Some(e)) if e > b => format!("{}{}", &script[..b], script[e + END.len()..].trim_start_matches('\n')),
        _ => script.to_string(),
    }
}

fn with_requires(script: &str) -> String {
    let mut s = script.to_string();
    for ext in ["vacation", "date", "relational"] {
        if !s.contains(&format!("\"{ext}\"")) {
            s = format!("require \"{ext}\";\n{s}");
        }
    }
    s
}

pub fn set(script: &str, block: &str) -> String {
    with_requires(&format!("{}\n{block}", strip(script).trim_end()))
}
