use std::time::Duration;

use polymarket_clients_sdk::ClobClient;
use polymarket_arb_scanner::{check, Quotes};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let host = std::env::var("CLOB_HOST").unwrap_or_else(|_| "https://clob.polymarket.com".into());
    let client = ClobClient::new(&host);
    let markets = client.get_sampling_markets().await?;
    loop {
        for m in &markets {
            let (yes, no) = match (m.tokens.first(), m.tokens.get(1)) {
                (Some(y), Some(n)) => (y, n),
                _ => continue,
            };
            let (by, bn) = (client.get_order_book(&yes.token_id).await?, client.get_order_book(&no.token_id).await?);
            let (ya, na) = match (by.asks.last(), bn.asks.last()) {
                (Some(a), Some(b)) => (a, b),
                _ => continue,
            };
            let q = Quotes {
                yes_ask: ya.price.parse()?,
                yes_size: ya.size.parse()?,
                no_ask: na.price.parse()?,
                no_size: na.size.parse()?,
            };
            if let Some(o) = check(&m.condition_id, q, 0) {
                println!("{}", serde_json::to_string(&o)?);
            }
        }
        tokio::time::sleep(Duration::from_secs(15)).await;
    }
}
