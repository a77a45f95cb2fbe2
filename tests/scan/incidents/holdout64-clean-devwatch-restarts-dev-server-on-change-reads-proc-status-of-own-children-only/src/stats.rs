pub struct Tree {
    pub rss_kib: u64,
    pub procs: usize,
}

fn rss(pid: u32) -> Option<u64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    s.lines().find_map(|l| l.strip_prefix("VmRSS:")).and_then(|v| v.split_whitespace().next()?.parse().ok())
}

fn children(pid: u32) -> Vec<u32> {
    // /proc/<pid>/task/<tid>/children lists direct children (Linux >= 3.5)
    std::fs::read_dir(format!("/proc/{pid}/task"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|t| std::fs::read_to_string(t.path().join("children")).ok())
        .flat_map(|s| s.split_whitespace().filter_map(|p| p.parse().ok()).collect::<Vec<u32>>())
        .collect()
}

/// Memory of the process we spawned and its descendants.
pub fn tree(root: u32) -> Option<Tree> {
    let mut stack = vec![root];
    let mut t = Tree { rss_kib: 0, procs: 0 };
    while let Some(p) = stack.pop() {
        t.rss_kib += rss(p)?;
        t.procs += 1;
        stack.extend(children(p));
    }
    Some(t)
}
