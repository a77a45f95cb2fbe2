use esp_idf_svc::nvs::{EspDefaultNvsPartition, EspNvs, NvsDefault};

pub fn boot_count(part: EspDefaultNvsPartition) -> anyhow::Result<u32> {
    let mut nvs = EspNvs::<NvsDefault>::new(part, "boot", true)?;
    let n = nvs.get_u32("count")?.unwrap_or(0) + 1;
    nvs.set_u32("count", n)?;
    Ok(n)
}
