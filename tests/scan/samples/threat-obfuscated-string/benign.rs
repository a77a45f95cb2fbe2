// Base64 and hex that decode to data, not to hidden URLs or commands.
pub const ICON: &str = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
pub const DIGEST: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
pub const GREETING: &str = "SGVsbG8sIHdvcmxkIQ=="; // "Hello, world!"
pub const TABLE: [u8; 8] = [0, 1, 2, 3, 4, 5, 6, 7];
