use orderbook_takehome::*;
use rust_decimal::Decimal;

fn o(id: u64, side: Side, p: i64, q: i64) -> Order {
    Order { id, side, price: Decimal::new(p, 0), qty: Decimal::new(q, 0) }
}

#[test]
fn crosses_best_price_first() {
    let mut b = OrderBook::new();
    assert!(b.match_order(o(1, Side::Sell, 101, 5)).is_empty());
    assert!(b.match_order(o(2, Side::Sell, 100, 5)).is_empty());
    let fills = b.match_order(o(3, Side::Buy, 101, 7));
    assert_eq!(fills[0].maker, 2);
    assert_eq!(fills[1].qty, Decimal::new(2, 0));
}
