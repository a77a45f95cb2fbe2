/// Strips `data-testid` attributes from JSX: a plain function, no plugin export.
pub fn strip_test_ids(attributes: &mut Vec<(String, String)>) {
    attributes.retain(|(name, _)| name != "data-testid");
}
