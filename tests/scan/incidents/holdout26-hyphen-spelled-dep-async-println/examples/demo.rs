use std::time::Duration;

#[tokio::main]
async fn main() {
    taskline::init_logging(log::LevelFilter::Info);
    let lines = taskline::Lines::start();
    let a = lines.task("fetching index");
    let b = lines.task("resolving packages");
    tokio::time::sleep(Duration::from_millis(900)).await;
    a.done();
    log::info!("index has 241 packages");
    tokio::time::sleep(Duration::from_millis(700)).await;
    b.done();
    tokio::time::sleep(Duration::from_millis(200)).await;
}
