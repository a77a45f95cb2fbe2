//! ECMAScript `Number.prototype.toString()` for finite doubles (RFC 8785 section 3.2.2.3).

/// Formats `v` like ECMAScript, or `None` for NaN and infinities.
pub fn es6(v: f64) -> Option<String> {
    if !v.is_finite() {
        return None;
    }
    if v == 0.0 {
        return Some("0".into());
    }
    let sign = if v < 0.0 { "-" } else { "" };
    // Rust's `{:e}` gives the shortest round-tripping digits, which is what ES requires.
    let sci = format!("{:e}", v.abs());
    let (mantissa, exp) = sci.split_once('e').expect("LowerExp always has an exponent");
    let exp: i32 = exp.parse().expect("integer exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let k = digits.len() as i32;
    let n = exp + 1;
    let body = if k <= n && n <= 21 {
        format!("{digits}{}", "0".repeat((n - k) as usize))
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{digits}", "0".repeat((-n) as usize))
    } else {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let e = n - 1;
        format!("{first}{frac}e{}{}", if e < 0 { "-" } else { "+" }, e.abs())
    };
    Some(format!("{sign}{body}"))
}

/// Hand-checked vectors around the decimal / exponent switch-over points.
pub const BOUNDARY: &[(f64, &str)] = &[
    (1e21, "1e+21"), (1e20, "100000000000000000000"), (123456789012345680000.0, "123456789012345680000"),
    (1e-6, "0.000001"), (1e-7, "1e-7"), (0.000001234, "0.000001234"), (-0.0, "0"), (5e-324, "5e-324"),
    (1.7976931348623157e308, "1.7976931348623157e+308"), (9007199254740992.0, "9007199254740992"),
    (0.1, "0.1"), (-1.5, "-1.5"), (333333333.3333333, "333333333.3333333"), (4.5, "4.5"),
];

/// Large-magnitude sample from the es6testfile corpus (always exponent form).
pub const LARGE_MAGNITUDE: &[(f64, &str)] = &[
    (6e104, "6e+104"), (4e116, "4e+116"), (8.466e116, "8.466e+116"), (3e112, "3e+112"),
    (7.619e58, "7.619e+58"), (9.49292e47, "9.49292e+47"), (7.82e47, "7.82e+47"),
    (9.2965e114, "9.2965e+114"), (4.46e112, "4.46e+112"), (7.7e99, "7.7e+99"),
    (8.06095e46, "8.06095e+46"), (9.0789e112, "9.0789e+112"), (1.455e105, "1.455e+105"),
    (5.072e110, "5.072e+110"), (1.64e103, "1.64e+103"), (1.46e111, "1.46e+111"),
    (3.9e109, "3.9e+109"), (1.4e97, "1.4e+97"), (4.293e116, "4.293e+116"), (9e105, "9e+105"),
    (1.12e99, "1.12e+99"), (9.21728e45, "9.21728e+45"), (3.9686e114, "3.9686e+114"),
    (7.21e101, "7.21e+101"), (4e108, "4e+108"), (1.07e97, "1.07e+97"), (1.9e121, "1.9e+121"),
    (4.557e46, "4.557e+46"), (7.8626e101, "7.8626e+101"), (6.636e120, "6.636e+120"),
    (8e97, "8e+97"), (2.616e109, "2.616e+109"), (5.8e112, "5.8e+112"), (1e108, "1e+108"),
    (1.2e101, "1.2e+101"), (4.02052e47, "4.02052e+47"), (7e82, "7e+82"), (7e80, "7e+80"),
    (5.49e67, "5.49e+67"), (3.40732e50, "3.40732e+50"), (3e124, "3e+124"),
    (3.81488e119, "3.81488e+119"), (5.75215e101, "5.75215e+101"), (4.37e98, "4.37e+98"),
    (1.25e108, "1.25e+108"), (3.355e111, "3.355e+111"), (4.825e103, "4.825e+103"),
    (4.23343e85, "4.23343e+85"), (8.66e112, "8.66e+112"), (6.066e100, "6.066e+100"),
    (2.456e97, "2.456e+97"), (3.715e116, "3.715e+116"), (6.54e101, "6.54e+101"),
    (2.453e115, "2.453e+115"), (9.1e46, "9.1e+46"), (9.62383e101, "9.62383e+101"),
    (9.6e120, "9.6e+120"), (5.2e116, "5.2e+116"), (7.098e101, "7.098e+101"),
    (9.815e110, "9.815e+110"), (2.337e100, "2.337e+100"), (8.68e101, "8.68e+101"),
    (9e100, "9e+100"), (1.2364e80, "1.2364e+80"), (3.73e105, "3.73e+105"),
    (3.732e110, "3.732e+110"), (6.871e103, "6.871e+103"), (7.945e124, "7.945e+124"),
    (7.668e67, "7.668e+67"), (1.619e73, "1.619e+73"), (8e124, "8e+124"), (9.5e71, "9.5e+71"),
    (6.58e73, "6.58e+73"), (2.688e84, "2.688e+84"), (3e72, "3e+72"), (9.2e85, "9.2e+85"),
    (3.78e66, "3.78e+66"), (3.21e95, "3.21e+95"), (6.32e65, "6.32e+65"), (5.61e67, "5.61e+67"),
    (5.251e84, "5.251e+84"), (7.076e73, "7.076e+73"), (6.92863e79, "6.92863e+79"),
    (6.24e78, "6.24e+78"), (6e83, "6e+83"), (5.51e124, "5.51e+124"), (5.8e66, "5.8e+66"),
    (5.5901e85, "5.5901e+85"), (7.17e73, "7.17e+73"), (5.977e76, "5.977e+76"), (1e68, "1e+68"),
    (2.8e75, "2.8e+75"), (6.477e73, "6.477e+73"), (3.30848e84, "3.30848e+84"), (8e69, "8e+69"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundary_vectors() {
        for (v, want) in BOUNDARY {
            assert_eq!(es6(*v).as_deref(), Some(*want), "{v:e}");
        }
    }

    #[test]
    fn large_magnitude_vectors() {
        for (v, want) in LARGE_MAGNITUDE {
            assert_eq!(es6(*v).as_deref(), Some(*want));
        }
    }

    #[test]
    fn non_finite() {
        assert_eq!(es6(f64::NAN), None);
        assert_eq!(es6(f64::INFINITY), None);
    }
}
