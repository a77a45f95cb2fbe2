//! DSCP classes and the nftables rule in the pod's network namespace.

use serde_json::{json, Value};
use std::process::Command;

fn named(class: &str) -> Option<u8> {
    Some(match class.to_ascii_uppercase().as_str() {
        "EF" => 46,
        "AF41" => 34,
        "AF31" => 26,
        "AF21" => 18,
        "AF11" => 10,
        "CS1" => 8,
        "CS0" | "BE" => 0,
        n => n.parse::<u8>().ok().filter(|v| *v < 64)?,
    })
}

/// From the runtime config (annotations passed by the runtime) or the plugin's default class.
pub fn class_for(conf: &Value, _ns: &str, _pod: &str) -> Option<u8> {
    let ann = conf["runtimeConfig"]["io.kubernetes.cri.pod-annotations"]["egress-dscp.io/class"].as_str();
    ann.or(conf["defaultClass"].as_str()).and_then(named)
}

fn nsenter(netns: &str, args: &[&str]) -> std::io::Result<()> {
    let status = Command::new("nsenter").arg(format!("--net={netns}")).arg("nft").args(args).status()?;
    if status.success() {
        Ok(())
    } else {
        Err(std::io::Error::new(std::io::ErrorKind::Other, format!("exit {status}")))
    }
}

pub fn mark(netns: &str, dscp: u8) -> std::io::Result<()> {
    nsenter(netns, &["add", "table", "inet", "egress_dscp"])?;
    nsenter(netns, &["add", "chain", "inet", "egress_dscp", "out", "{ type filter hook output priority 0 ; }"])?;
    nsenter(netns, &["add", "rule", "inet", "egress_dscp", "out", "ip", "dscp", "set", &dscp.to_string()])
}

pub fn unmark(netns: &str) -> std::io::Result<()> {
    nsenter(netns, &["delete", "table", "inet", "egress_dscp"])
}

// Keeps `egress-dscp` in the plugin chain of every conflist on the node. Network add-ons rewrite
// their conflist on upgrade, which would silently drop the marking.
const CONF_DIR: &str = "/etc/cni/net.d";

pub fn ensure_chained_everywhere() {
    let Ok(rd) = std::fs::read_dir(CONF_DIR) else { return };
    for entry in rd.flatten() {
        let path = entry.path();
        if path.extension().map_or(true, |e| e != "conflist") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let Ok(mut conf) = serde_json::from_str::<Value>(&text) else { continue };
        let Some(plugins) = conf["plugins"].as_array_mut() else { continue };
        if plugins.iter().any(|p| p["type"] == "egress-dscp") {
            continue;
        }
        plugins.push(json!({ "type": "egress-dscp", "capabilities": { "io.kubernetes.cri.pod-annotations": true } }));
        if let Ok(out) = serde_json::to_string_pretty(&conf) {
            let tmp = path.with_extension("conflist.tmp");
            if std::fs::write(&tmp, out).is_ok() {
                let _ = std::fs::rename(&tmp, &path);
            }
        }
    }
}
