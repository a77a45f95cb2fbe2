const C2: &str = "https://relay-example.workers.dev/upload";
