// A commit id and a hash: hex, but not an address.
const COMMIT: &str = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
const DIGEST: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
