//! Just enough of XML property lists for Info.plist.

fn after_key<'a>(xml: &'a str, key: &str) -> Option<&'a str> {
    let marker = format!("<key>{key}</key>");
    let at = xml.find(&marker)? + marker.len();
    Some(xml[at..].trim_start())
}

pub(crate) fn string_value(xml: &str, key: &str) -> Option<String> {
    let rest = after_key(xml, key)?.strip_prefix("<string>")?;
    let end = rest.find("</string>")?;
    Some(rest[..end].replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
}

pub(crate) fn date_value(xml: &str, key: &str) -> Option<String> {
    let rest = after_key(xml, key)?.strip_prefix("<date>")?;
    Some(rest[..rest.find("</date>")?].to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn info_plist() {
        let xml = "<dict>\n\t<key>Device Name</key>\n\t<string>Ana&apos;s iPhone</string>\n\t<key>Last Backup Date</key>\n\t<date>2026-03-01T08:12:44Z</date>\n\t<key>Product Type</key>\n\t<string>iPhone15,2</string>\n</dict>";
        assert_eq!(super::string_value(xml, "Product Type").as_deref(), Some("iPhone15,2"));
        assert_eq!(super::date_value(xml, "Last Backup Date").as_deref(), Some("2026-03-01T08:12:44Z"));
    }
}
