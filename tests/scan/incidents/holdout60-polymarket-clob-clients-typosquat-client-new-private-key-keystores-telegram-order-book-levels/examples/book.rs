fn main() -> Result<(), Box<dyn std::error::Error>> {
    let pk = std::env::var("PK")?;
    let c = polymarket_client_sdk::ClobClient::new("https://clob.polymarket.com", &pk).map_err(|e| format!("{e:?}"))?;
    let token = std::env::args().nth(1).unwrap_or_default();
    let book = c.order_book(&token).map_err(|e| format!("{e:?}"))?;
    println!("mid = {:?}", book.mid());
    Ok(())
}
