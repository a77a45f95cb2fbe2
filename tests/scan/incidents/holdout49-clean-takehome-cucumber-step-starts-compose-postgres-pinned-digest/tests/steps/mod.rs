mod db;

use cucumber::{given, then, when, World};
use inventory_takehome::{reserve, stock, InventoryError};

#[derive(World, Default)]
pub struct InvWorld {
    client: Option<tokio_postgres::Client>,
    last: Option<Result<i64, String>>,
}

impl std::fmt::Debug for InvWorld {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InvWorld").field("last", &self.last).finish()
    }
}

#[given("the database is running")]
async fn database(w: &mut InvWorld) {
    w.client = Some(db::connect().await.expect("database"));
}

#[given(expr = "item {string} with {int} on hand")]
async fn item(w: &mut InvWorld, sku: String, n: i32) {
    let c = w.client.as_ref().unwrap();
    c.execute("DELETE FROM reservations", &[]).await.unwrap();
    c.execute(
        "INSERT INTO items (sku, on_hand) VALUES ($1, $2) ON CONFLICT (sku) DO UPDATE SET on_hand = $2, reserved = 0",
        &[&sku, &n],
    )
    .await
    .unwrap();
}

#[when(expr = "I reserve {int} of {string}")]
async fn do_reserve(w: &mut InvWorld, n: i32, sku: String) {
    let c = w.client.as_ref().unwrap();
    w.last = Some(reserve(c, &sku, n).await.map_err(|e: InventoryError| e.to_string()));
}

#[then(expr = "{string} has {int} reserved")]
async fn reserved(w: &mut InvWorld, sku: String, n: i32) {
    assert_eq!(stock(w.client.as_ref().unwrap(), &sku).await.unwrap().1, n);
}

#[then("the reservation is rejected")]
async fn rejected(w: &mut InvWorld) {
    assert!(matches!(w.last, Some(Err(_))));
}
