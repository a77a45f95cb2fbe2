fn main() {
    let v: Vec<u64> = (0..10_000).collect();
    let mut b = benchkit::Bencher::new("vec_sum");
    b.iter(|| v.iter().sum::<u64>());
    b.report();
}
