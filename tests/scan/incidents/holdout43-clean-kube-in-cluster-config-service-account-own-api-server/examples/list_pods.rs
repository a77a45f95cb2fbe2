fn main() {
    match kube_incluster_lite::InCluster::load() {
        Ok(k) => for p in k.pod_names().unwrap_or_default() { println!("{p}") },
        Err(e) => eprintln!("not running in a cluster: {e:?}"),
    }
}
