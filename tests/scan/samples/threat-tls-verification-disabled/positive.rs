fn f(b: reqwest::ClientBuilder) -> reqwest::ClientBuilder { b.danger_accept_invalid_certs(true) }
