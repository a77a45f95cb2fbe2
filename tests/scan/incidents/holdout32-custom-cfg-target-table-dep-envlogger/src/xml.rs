use crate::scan::Page;
use quick_xml::escape::escape;
use std::io::Write;
use std::path::Path;

const LIMIT: usize = 50_000;

fn urlset(base: &str, pages: &[Page]) -> String {
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for p in pages {
        let loc = format!("{}/{}", base.trim_end_matches('/'), p.rel);
        s.push_str(&format!("  <url><loc>{}</loc><lastmod>{}</lastmod></url>\n", escape(&loc), p.modified.format("%Y-%m-%d")));
    }
    s.push_str("</urlset>\n");
    s
}

pub fn write(out: &Path, base: &str, pages: &[Page]) -> std::io::Result<()> {
    if pages.len() <= LIMIT {
        return std::fs::write(out, urlset(base, pages));
    }
    let dir = out.parent().unwrap_or(Path::new("."));
    let mut index = std::fs::File::create(out)?;
    writeln!(index, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")?;
    for (i, chunk) in pages.chunks(LIMIT).enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        std::fs::write(dir.join(&name), urlset(base, chunk))?;
        writeln!(index, "  <sitemap><loc>{}/{}</loc></sitemap>", base.trim_end_matches('/'), name)?;
    }
    writeln!(index, "</sitemapindex>")
}
