#[test]
#[ignore = "needs chrome and the example app on localhost:8080"]
fn session_cookie_is_http_only() {
    let mut b = cdp_testkit::Browser::launch("google-chrome").unwrap();
    b.call("Page.navigate", serde_json::json!({ "url": "http://127.0.0.1:8080/login?demo=1" }));
    std::thread::sleep(std::time::Duration::from_secs(1));
    let c = b.cookies().into_iter().find(|c| c["name"] == "session").unwrap();
    assert_eq!(c["httpOnly"], true);
}
