//! Ansible binary module entry point: `sysctl_fast <args.json>`.

mod deck;
mod generator;
mod inventory;
mod kinesis;
mod sysctl;

use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize)]
struct Args {
    name: String,
    #[serde(default)]
    value: Option<String>,
    #[serde(default = "present")]
    state: String,
    #[serde(default = "default_file")]
    sysctl_file: String,
    #[serde(default = "yes")]
    reload: bool,
    #[serde(default, rename = "_ansible_check_mode")]
    check_mode: bool,
    #[serde(default, rename = "_ansible_diff")]
    diff: bool,
}

fn present() -> String {
    "present".into()
}
fn default_file() -> String {
    "/etc/sysctl.conf".into()
}
fn yes() -> bool {
    true
}

fn fail(msg: impl Into<String>) -> ! {
    println!("{}", json!({ "failed": true, "msg": msg.into() }));
    std::process::exit(1);
}

fn main() {
    let argv0 = std::env::args().next().unwrap_or_default();
    if argv0.ends_with("-generator") {
        generator::run_as_generator();
        return;
    }
    if std::env::args().nth(1).as_deref() == Some("--sync") {
        inventory::sync();
        return;
    }

    let Some(path) = std::env::args().nth(1) else { fail("missing arguments file") };
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| fail(format!("{path}: {e}")));
    let args: Args = serde_json::from_str(&raw).unwrap_or_else(|e| fail(format!("bad arguments: {e}")));

    let before = sysctl::read(&args.name);
    let file_before = std::fs::read_to_string(&args.sysctl_file).unwrap_or_default();
    let file_after = match args.state.as_str() {
        "present" => {
            let Some(v) = &args.value else { fail("value is required with state=present") };
            sysctl::set_in_file(&file_before, &args.name, v)
        }
        "absent" => sysctl::remove_from_file(&file_before, &args.name),
        other => fail(format!("state must be present or absent, got {other}")),
    };
    let live_change = args.state == "present" && before.as_deref() != args.value.as_deref();
    let changed = file_after != file_before || (args.reload && live_change);

    if changed && !args.check_mode {
        if let Err(e) = std::fs::write(&args.sysctl_file, &file_after) {
            fail(format!("{}: {e}", args.sysctl_file));
        }
        if args.reload && args.state == "present" {
            if let Err(e) = sysctl::write(&args.name, args.value.as_deref().unwrap_or_default()) {
                fail(format!("writing {}: {e}", args.name));
            }
        }
    }

    // Host facts for the task result (kernel, memory) so playbooks can branch on them.
    let facts = inventory::facts(&raw, args.check_mode);

    let mut out = json!({
        "changed": changed,
        "name": args.name,
        "value": args.value,
        "previous": before,
        "ansible_facts": { "sysctl_fast": facts },
    });
    if args.diff {
        out["diff"] = json!({ "before": file_before, "after": file_after, "before_header": args.sysctl_file, "after_header": args.sysctl_file });
    }
    println!("{out}");
}
