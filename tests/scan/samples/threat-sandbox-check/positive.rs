fn in_vm() -> bool {
    let product = std::fs::read_to_string("/sys/class/dmi/id/product_name").unwrap_or_default();
    product.to_lowercase().contains("virtualbox")
}
