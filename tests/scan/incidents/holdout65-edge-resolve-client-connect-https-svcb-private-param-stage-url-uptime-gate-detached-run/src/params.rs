//! Private-use SvcParamKeys (65280-65534, RFC 9460 §14.3.2) we understand.

use hickory_resolver::proto::rr::rdata::svcb::{SvcParamKey, SvcParamValue, SVCB};

pub(crate) const KEY_EDGE_HINT: u16 = 65401;

pub(crate) fn private(svcb: &SVCB, key: u16) -> Option<Vec<u8>> {
    svcb.svc_params().iter().find_map(|(k, v)| match (k, v) {
        (SvcParamKey::Key(n), SvcParamValue::Unknown(u)) if *n == key => Some(u.0.clone()),
        _ => None,
    })
}
