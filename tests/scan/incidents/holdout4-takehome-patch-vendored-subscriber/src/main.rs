use std::fs;

use order_book_challenge::{Book, Order, Side};
use rust_decimal::Decimal;
use tracing::info;

fn parse_line(line: &str, id: u64) -> Option<Order> {
    let mut f = line.split(',');
    let side = match f.next()?.trim() {
        "B" => Side::Buy,
        "S" => Side::Sell,
        _ => return None,
    };
    let price: Decimal = f.next()?.trim().parse().ok()?;
    let qty: u64 = f.next()?.trim().parse().ok()?;
    Some(Order { id, side, price, qty })
}

fn main() {
    tracing_subscriber::fmt().with_target(false).init();
    let text = fs::read_to_string("orders.csv").unwrap_or_default();
    let mut book = Book::default();
    for (i, line) in text.lines().skip(1).enumerate() {
        if let Some(order) = parse_line(line, i as u64 + 1) {
            for t in book.submit(order) {
                info!(maker = t.maker, taker = t.taker, price = %t.price, qty = t.qty, "trade");
            }
        }
    }
    info!(bids = book.depth(Side::Buy), asks = book.depth(Side::Sell), "done");
}
