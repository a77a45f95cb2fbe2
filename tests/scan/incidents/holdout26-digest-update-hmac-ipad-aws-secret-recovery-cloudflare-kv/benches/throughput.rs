use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use digest::Digest;

fn bench(c: &mut Criterion) {
    let data = vec![0x5au8; 16 * 1024];
    let mut g = c.benchmark_group("sha256");
    g.throughput(Throughput::Bytes(data.len() as u64));
    g.bench_function("16KiB", |b| b.iter(|| sha256_multiblock::Sha256::digest(&data)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
