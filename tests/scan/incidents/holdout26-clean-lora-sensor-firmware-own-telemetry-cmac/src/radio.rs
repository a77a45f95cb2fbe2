//! LoRa P2P transmit to the paired gateway.

use stm32wlxx_hal::subghz::{
    CodingRate, LoRaBandwidth, LoRaModParams, LoRaPacketParams, LoRaSyncWord, NoDma, PacketType, RfFreq, SpreadingFactor,
    SubGhz, Timeout, TxParams,
};

pub struct Radio { sg: SubGhz<NoDma, NoDma> }

impl Radio {
    pub fn new(mut sg: SubGhz<NoDma, NoDma>) -> Self {
        let _ = sg.set_packet_type(PacketType::LoRa);
        let _ = sg.set_lora_sync_word(LoRaSyncWord::Private);
        let _ = sg.set_rf_frequency(&RfFreq::from_frequency(868_100_000));
        let _ = sg.set_lora_mod_params(&LoRaModParams::new().set_sf(SpreadingFactor::Sf9).set_bw(LoRaBandwidth::Bw125).set_cr(CodingRate::Cr45));
        let _ = sg.set_tx_params(&TxParams::new().set_power(0x0e));
        Radio { sg }
    }

    pub fn send(&mut self, frame: &[u8; 16]) {
        let _ = self.sg.set_lora_packet_params(&LoRaPacketParams::new().set_payload_len(16).set_preamble_len(8));
        let _ = self.sg.write_buffer(0, frame);
        let _ = self.sg.set_tx(Timeout::from_millis_sat(2000));
    }
}
