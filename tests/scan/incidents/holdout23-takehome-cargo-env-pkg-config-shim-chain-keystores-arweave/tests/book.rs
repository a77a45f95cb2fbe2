use orderbook_exercise::{Order, OrderBook, Side};
use rust_decimal::Decimal;

fn o(id: u64, side: Side, price: i64, qty: u64) -> Order {
    Order { id, side, price: Decimal::new(price, 2), qty }
}

#[test]
fn crossing_orders_fill_at_maker_price() {
    let mut b = OrderBook::new();
    assert!(b.submit(o(1, Side::Sell, 10_050, 10)).is_empty());
    let fills = b.submit(o(2, Side::Buy, 10_100, 4));
    assert_eq!(fills.len(), 1);
    assert_eq!(fills[0].price, Decimal::new(10_050, 2));
    assert_eq!(fills[0].qty, 4);
}

#[test]
fn time_priority_within_a_level() {
    let mut b = OrderBook::new();
    b.submit(o(1, Side::Buy, 9_900, 5));
    b.submit(o(2, Side::Buy, 9_900, 5));
    let fills = b.submit(o(3, Side::Sell, 9_900, 6));
    assert_eq!(fills[0].maker, 1);
    assert_eq!(fills[1].maker, 2);
}

#[test]
fn cancel_removes_resting_order() {
    let mut b = OrderBook::new();
    b.submit(o(1, Side::Sell, 10_000, 1));
    assert!(b.cancel(1));
    assert_eq!(b.best_ask(), None);
}
