mod steps;

use cucumber::World as _;

#[tokio::main]
async fn main() {
    steps::LedgerWorld::cucumber()
        .fail_on_skipped()
        .run_and_exit("tests/features")
        .await;
}
