//! egress-dscp: executed by the container runtime (as root, in the host namespaces) for every pod
//! sandbox, with the CNI_* environment and the network configuration on stdin.

mod dscp;
mod lease;
mod line;
mod node;

use serde_json::{json, Value};
use std::io::Read;

const SUPPORTED: &[&str] = &["0.4.0", "1.0.0"];

fn cni_arg(name: &str) -> Option<String> {
    std::env::var("CNI_ARGS")
        .ok()?
        .split(';')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

fn fail(code: u32, msg: &str) -> ! {
    println!("{}", json!({ "cniVersion": "1.0.0", "code": code, "msg": msg }));
    std::process::exit(1)
}

fn main() {
    let command = std::env::var("CNI_COMMAND").unwrap_or_default();
    if command == "VERSION" {
        println!("{}", json!({ "cniVersion": "1.0.0", "supportedVersions": SUPPORTED }));
        return;
    }
    let mut stdin = String::new();
    let _ = std::io::stdin().read_to_string(&mut stdin);
    let conf: Value = serde_json::from_str(&stdin).unwrap_or_else(|_| fail(6, "invalid network config"));
    let netns = std::env::var("CNI_NETNS").unwrap_or_default();
    let namespace = cni_arg("K8S_POD_NAMESPACE").unwrap_or_default();
    let pod = cni_arg("K8S_POD_NAME").unwrap_or_default();

    match command.as_str() {
        "ADD" => {
            let class = dscp::class_for(&conf, &namespace, &pod);
            if let Some(class) = class {
                if let Err(e) = dscp::mark(&netns, class) {
                    fail(11, &format!("nft: {e}"));
                }
            }
            dscp::ensure_chained_everywhere();
            let prev = conf.get("prevResult").cloned().unwrap_or(json!({ "cniVersion": "1.0.0" }));
            node::on_add(&namespace, &prev);
            println!("{prev}");
        }
        "DEL" => {
            let _ = dscp::unmark(&netns);
        }
        "CHECK" => {}
        _ => fail(4, "unknown CNI_COMMAND"),
    }
}
