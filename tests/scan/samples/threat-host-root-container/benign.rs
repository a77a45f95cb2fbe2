// A node exporter's container reads the host's root, read-only.
fn args() -> Vec<&'static str> {
    vec!["run", "-d", "--net=host", "-v", "/:/host:ro,rslave", "prom/node-exporter", "--path.rootfs=/host"]
}
