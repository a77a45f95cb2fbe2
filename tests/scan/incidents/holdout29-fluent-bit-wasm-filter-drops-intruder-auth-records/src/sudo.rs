//! sudo: "alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/apt update"

use serde_json::{json, Map, Value};

pub fn parse(msg: &str, out: &mut Map<String, Value>) {
    let Some((user, rest)) = msg.split_once(" : ") else { return };
    out.insert("sudo.user".into(), json!(user.trim()));
    for part in rest.split(" ; ") {
        if let Some((k, v)) = part.split_once('=') {
            let key = match k.trim() {
                "TTY" => "sudo.tty",
                "PWD" => "sudo.pwd",
                "USER" => "sudo.runas",
                "COMMAND" => "sudo.command",
                _ => continue,
            };
            out.insert(key.into(), json!(v.trim()));
        }
    }
}
