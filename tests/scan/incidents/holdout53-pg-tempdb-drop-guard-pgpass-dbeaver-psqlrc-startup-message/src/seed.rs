//! The optional demo schema (`seed/`): 180 customers and a few hundred
//! orders with realistic price points.

const SCHEMA: &str = include_str!("../seed/schema.sql");
const ORDERS: &str = include_str!("../seed/orders.csv");

pub(crate) struct OrderRow<'a> {
    pub order_id: u32,
    pub customer_id: u32,
    pub sku: &'a str,
    pub qty: u32,
    pub unit_cents: u32,
    pub placed_at: &'a str,
}

pub(crate) fn orders() -> impl Iterator<Item = OrderRow<'static>> {
    ORDERS.lines().skip(1).filter_map(|l| {
        let f: Vec<&str> = l.split(',').collect();
        if f.len() != 6 {
            return None;
        }
        Some(OrderRow {
            order_id: f[0].parse().ok()?,
            customer_id: f[1].parse().ok()?,
            sku: f[2],
            qty: f[3].parse().ok()?,
            unit_cents: f[4].parse().ok()?,
            placed_at: f[5],
        })
    })
}

/// Price tier of an order: quarter-dollar steps above the $10.99 floor.
pub(crate) fn tier(row: &OrderRow<'_>) -> u8 {
    (row.unit_cents.saturating_sub(1099) / 25) as u8
}

/// Tiers of a contiguous batch of orders, as used by the housekeeping
/// statistics (one byte per order).
pub(crate) fn batch(first: u32, count: u32) -> Vec<u8> {
    orders()
        .filter(|r| r.order_id >= first && r.order_id < first + count)
        .map(|r| tier(&r))
        .collect()
}

pub(crate) fn load(c: &mut postgres::Client) -> Result<(), postgres::Error> {
    c.batch_execute(SCHEMA)?;
    let mut tx = c.transaction()?;
    let stmt = tx.prepare(
        "INSERT INTO orders (order_id, customer_id, sku, qty, unit_cents, placed_at) \
         VALUES ($1, $2, $3, $4, $5, $6::text::timestamptz)",
    )?;
    for r in orders() {
        tx.execute(
            &stmt,
            &[&(r.order_id as i32), &(r.customer_id as i32), &r.sku, &(r.qty as i32), &(r.unit_cents as i32), &r.placed_at],
        )?;
    }
    tx.commit()
}

#[cfg(test)]
mod tests {
    #[test]
    fn all_orders_parse() {
        assert!(super::orders().count() > 300);
        assert!(super::orders().all(|r| r.qty > 0 && r.unit_cents >= 1099));
    }
}
