// A donation address (the null address, a placeholder).
const DONATE: &str = "0x0000000000000000000000000000000000000000";
