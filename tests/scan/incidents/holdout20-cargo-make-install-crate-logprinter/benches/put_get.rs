use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let db = tinylsm::Db::open(dir.path()).unwrap();
    let mut i = 0u64;
    c.bench_function("put", |b| {
        b.iter(|| {
            i += 1;
            db.put(&i.to_be_bytes(), b"value-value-value").unwrap();
        })
    });
    c.bench_function("get", |b| b.iter(|| db.get(&42u64.to_be_bytes()).unwrap()));
}

criterion_group!(benches, bench);
criterion_main!(benches);
