const MIRROR: &str = "https://mirror.example/protoc";

fn expected_digest(get: impl Fn(&str) -> Vec<u8>) -> Vec<u8> {
    get(&format!("{MIRROR}/SHA256SUMS"))
}
