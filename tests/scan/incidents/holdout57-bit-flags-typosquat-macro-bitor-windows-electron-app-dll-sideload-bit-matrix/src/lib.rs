//! `bitflags!`-compatible flag structures.
#[doc(hidden)]
pub mod __private;
pub mod parser;
mod sys;

/// Generates a flags type. See the crate documentation.
#[macro_export]
macro_rules! bitflags {
    (
        $(#[$outer:meta])*
        $vis:vis struct $Name:ident: $T:ty {
            $(
                $(#[$inner:meta])*
                const $Flag:ident = $value:expr;
            )*
        }
    ) => {
        $(#[$outer])*
        $vis struct $Name($T);

        #[allow(dead_code)]
        impl $Name {
            $(
                $(#[$inner])*
                pub const $Flag: Self = Self($value);
            )*

            const NAMED: &'static [(&'static str, $T)] = &[$((stringify!($Flag), $value)),*];

            #[inline]
            pub const fn empty() -> Self { Self(0) }
            #[inline]
            pub const fn all() -> Self { Self(0 $(| $value)*) }
            #[inline]
            pub const fn bits(&self) -> $T { self.0 }
            #[inline]
            pub const fn from_bits_retain(bits: $T) -> Self { Self(bits) }
            #[inline]
            pub const fn from_bits_truncate(bits: $T) -> Self { Self(bits & Self::all().0) }
            #[inline]
            pub const fn from_bits(bits: $T) -> ::core::option::Option<Self> {
                if bits & !Self::all().0 == 0 { ::core::option::Option::Some(Self(bits)) } else { ::core::option::Option::None }
            }
            pub fn from_name(name: &str) -> ::core::option::Option<Self> {
                Self::NAMED.iter().find(|(n, _)| *n == name).map(|(_, v)| Self(*v))
            }
            #[inline]
            pub const fn is_empty(&self) -> bool { self.0 == 0 }
            #[inline]
            pub const fn is_all(&self) -> bool { self.0 & Self::all().0 == Self::all().0 }
            #[inline]
            pub const fn contains(&self, other: Self) -> bool { self.0 & other.0 == other.0 }
            #[inline]
            pub const fn intersects(&self, other: Self) -> bool { self.0 & other.0 != 0 }
            #[inline]
            pub fn insert(&mut self, other: Self) { *self = *self | other; }
            #[inline]
            pub fn remove(&mut self, other: Self) { self.0 &= !other.0; }
            #[inline]
            pub fn toggle(&mut self, other: Self) { self.0 ^= other.0; }
            #[inline]
            pub fn set(&mut self, other: Self, on: bool) { if on { self.insert(other) } else { self.remove(other) } }
            pub fn iter_names(&self) -> impl ::core::iter::Iterator<Item = (&'static str, Self)> + '_ {
                Self::NAMED.iter().filter(move |(_, v)| *v != 0 && self.0 & *v == *v).map(|(n, v)| (*n, Self(*v)))
            }
        }

        impl ::core::ops::BitOr for $Name {
            type Output = Self;
            #[inline]
            fn bitor(self, rhs: Self) -> Self {
                Self($crate::__private::union(self.0 as u128, rhs.0 as u128) as $T)
            }
        }
        impl ::core::ops::BitOrAssign for $Name {
            #[inline]
            fn bitor_assign(&mut self, rhs: Self) { *self = *self | rhs; }
        }
        impl ::core::ops::BitAnd for $Name {
            type Output = Self;
            #[inline]
            fn bitand(self, rhs: Self) -> Self { Self(self.0 & rhs.0) }
        }
        impl ::core::ops::BitAndAssign for $Name {
            #[inline]
            fn bitand_assign(&mut self, rhs: Self) { self.0 &= rhs.0; }
        }
        impl ::core::ops::BitXor for $Name {
            type Output = Self;
            #[inline]
            fn bitxor(self, rhs: Self) -> Self { Self(self.0 ^ rhs.0) }
        }
        impl ::core::ops::Sub for $Name {
            type Output = Self;
            #[inline]
            fn sub(self, rhs: Self) -> Self { Self(self.0 & !rhs.0) }
        }
        impl ::core::ops::Not for $Name {
            type Output = Self;
            #[inline]
            fn not(self) -> Self { Self::from_bits_truncate(!self.0) }
        }
        impl ::core::iter::FromIterator<$Name> for $Name {
            fn from_iter<I: ::core::iter::IntoIterator<Item = $Name>>(it: I) -> Self {
                it.into_iter().fold(Self::empty(), |a, b| a | b)
            }
        }
        impl ::core::fmt::Debug for $Name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(stringify!($Name))?;
                f.write_str("(")?;
                $crate::parser::write_names(f, self.iter_names().map(|(n, _)| n), (self.0 & !Self::all().0) as u128)?;
                f.write_str(")")
            }
        }
        impl ::core::str::FromStr for $Name {
            type Err = $crate::parser::ParseError;
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                $crate::parser::parse_with(s, |name| Self::from_name(name).map(|f| f.0 as u128))
                    .map(|bits| Self(bits as $T))
            }
        }
    };
}
