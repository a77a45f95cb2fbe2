use crate::encoding;
use lopdf::{Document, Object};
use std::path::{Path, PathBuf};

pub fn run(doc: &mut Document, _dpi: u32) -> anyhow::Result<()> {
    doc.prune_objects();
    doc.delete_zero_length_streams();
    for (_, obj) in doc.objects.iter_mut() {
        if let Object::Dictionary(d) = obj {
            let simple = matches!(d.get(b"Subtype").and_then(|s| s.as_name()), Ok(b"Type1") | Ok(b"TrueType"));
            if simple && d.get(b"Encoding").is_err() {
                d.set("Encoding", encoding::fallback_encoding());
            }
        }
        if let Object::Stream(s) = obj {
            let _ = s.compress();
        }
    }
    doc.compress();
    Ok(())
}

pub fn merge(inputs: &[PathBuf], output: &Path) -> anyhow::Result<()> {
    let mut docs = inputs.iter().map(Document::load).collect::<Result<Vec<_>, _>>()?;
    let mut out = docs.remove(0);
    for mut d in docs {
        d.renumber_objects_with(out.max_id + 1);
        out.max_id = d.max_id;
        out.objects.extend(d.objects);
    }
    out.save(output)?;
    Ok(())
}
