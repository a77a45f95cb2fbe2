//! An analytics helper: the tag it adds is written out, with the nonce of the page's
//! content security policy.
pub fn adapt(html: &mut String, nonce: &str) {
    let tag = format!(r#"<script nonce="{nonce}" src="https://stats.example.org/count.js"></script>"#);
    if let Some(at) = html.find("</head>") {
        html.insert_str(at, &tag);
    }
}
