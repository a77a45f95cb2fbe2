mod steps;

use cucumber::World as _;

#[tokio::main]
async fn main() {
    steps::InvWorld::cucumber().run_and_exit("tests/features").await;
}
