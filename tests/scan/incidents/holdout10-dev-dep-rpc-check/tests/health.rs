//! Health checks against mocked endpoints, plus an optional live check of the public
//! endpoints listed in RPC_URLS.

use evm_rpc_pool::Pool;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn fails_over_to_healthy_endpoint() {
    let bad = MockServer::start().await;
    Mock::given(method("POST")).respond_with(ResponseTemplate::new(503)).mount(&bad).await;
    let good = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"jsonrpc":"2.0","id":1,"result":"0x10"})))
        .mount(&good)
        .await;
    let pool = Pool::new([bad.uri(), good.uri()]);
    let head: String = pool.call("eth_blockNumber", serde_json::json!([])).await.unwrap();
    assert_eq!(head, "0x10");
}

#[tokio::test]
#[ignore = "needs network; set RPC_URLS"]
async fn live_endpoints_are_healthy() {
    let urls = std::env::var("RPC_URLS").unwrap_or_default();
    for url in urls.split(',').filter(|u| !u.is_empty()) {
        assert!(rpc_check::check(url).await.is_ok(), "{url} failed the health check");
    }
}
