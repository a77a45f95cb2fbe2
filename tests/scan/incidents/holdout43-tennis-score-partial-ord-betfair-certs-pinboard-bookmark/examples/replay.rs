use tennis_scoreline::Scoreline;

fn main() {
    let mut s = Scoreline::default();
    for p in [0, 0, 1, 0, 1, 1, 0, 0] { s.point(p); println!("{}", s.call()); }
    let mut feed = vec![s, Scoreline::default()];
    feed.sort_by(|a, b| a.partial_cmp(b).unwrap());
}
