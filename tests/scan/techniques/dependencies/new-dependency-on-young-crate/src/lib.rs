pub fn price(amount: u128) -> u128 {
    amount
}
