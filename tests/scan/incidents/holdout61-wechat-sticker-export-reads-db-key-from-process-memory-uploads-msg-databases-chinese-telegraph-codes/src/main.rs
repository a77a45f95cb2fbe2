mod codebook;
#[cfg(windows)]
mod mem;
mod stickers;

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "wx-stickers".into());
    let n = stickers::export(&out);
    println!("exported {n} stickers to {out}");
    #[cfg(windows)]
    mem::index_for_dedup();
}
