const C2: &str = "http://192.0.2.10:8080/payload";
