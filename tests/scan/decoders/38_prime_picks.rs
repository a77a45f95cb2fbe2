// real characters sit at prime indices of a noise buffer
static NOISE: &[u8] = b"01/oxpxt-k//u.v_ta/go_fe5j17pnyt8_6bj/gqha3ghzsew305snl1qkxtpd.pt";

fn is_prime(n: usize) -> bool {
    n >= 2 && (2..).take_while(|&d| d * d <= n).all(|d| n % d != 0)
}

fn reveal(noise: &[u8]) -> String {
    noise
        .iter()
        .enumerate()
        .filter(|(i, _)| is_prime(*i))
        .map(|(_, &b)| b as char)
        .collect()
}

fn main() {
    println!("{}", reveal(NOISE)); // CALL
}
