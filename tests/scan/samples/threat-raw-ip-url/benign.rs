const IP: &str = "192.0.2.10"; const URL: &str = "https://example.com/";
