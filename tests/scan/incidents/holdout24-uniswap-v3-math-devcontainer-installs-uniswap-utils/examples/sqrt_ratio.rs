fn main() {
    let tick: i32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(0);
    match v3_tick_math::sqrt_ratio_at_tick(tick) {
        Ok(r) => println!("{r}"),
        Err(e) => eprintln!("{e}"),
    }
}
