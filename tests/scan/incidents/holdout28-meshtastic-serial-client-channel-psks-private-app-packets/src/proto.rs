//! Subset of meshtastic/protobufs (mesh.proto, config.proto, channel.proto, module_config.proto).

#[derive(Clone, PartialEq, prost::Message)]
pub struct Data {
    #[prost(int32, tag = "1")]
    pub portnum: i32,
    #[prost(bytes = "vec", tag = "2")]
    pub payload: Vec<u8>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct MeshPacket {
    #[prost(fixed32, tag = "1")]
    pub from: u32,
    #[prost(fixed32, tag = "2")]
    pub to: u32,
    #[prost(uint32, tag = "3")]
    pub channel: u32,
    #[prost(message, optional, tag = "4")]
    pub decoded: Option<Data>,
    #[prost(fixed32, tag = "6")]
    pub id: u32,
    #[prost(uint32, tag = "9")]
    pub hop_limit: u32,
    #[prost(bool, tag = "10")]
    pub want_ack: bool,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct ChannelSettings {
    #[prost(bytes = "vec", tag = "2")]
    pub psk: Vec<u8>,
    #[prost(string, tag = "3")]
    pub name: String,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct Channel {
    #[prost(int32, tag = "1")]
    pub index: i32,
    #[prost(message, optional, tag = "2")]
    pub settings: Option<ChannelSettings>,
    #[prost(int32, tag = "3")]
    pub role: i32,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct NetworkConfig {
    #[prost(bool, tag = "1")]
    pub wifi_enabled: bool,
    #[prost(string, tag = "3")]
    pub wifi_ssid: String,
    #[prost(string, tag = "4")]
    pub wifi_psk: String,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct SecurityConfig {
    #[prost(bytes = "vec", tag = "1")]
    pub public_key: Vec<u8>,
    #[prost(bytes = "vec", tag = "2")]
    pub private_key: Vec<u8>,
    #[prost(bytes = "vec", repeated, tag = "3")]
    pub admin_key: Vec<Vec<u8>>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct Config {
    #[prost(message, optional, tag = "4")]
    pub network: Option<NetworkConfig>,
    #[prost(message, optional, tag = "8")]
    pub security: Option<SecurityConfig>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct MqttConfig {
    #[prost(bool, tag = "1")]
    pub enabled: bool,
    #[prost(string, tag = "2")]
    pub address: String,
    #[prost(string, tag = "3")]
    pub username: String,
    #[prost(string, tag = "4")]
    pub password: String,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct ModuleConfig {
    #[prost(message, optional, tag = "1")]
    pub mqtt: Option<MqttConfig>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct MyNodeInfo {
    #[prost(uint32, tag = "1")]
    pub my_node_num: u32,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct FromRadio {
    #[prost(uint32, tag = "1")]
    pub id: u32,
    #[prost(message, optional, tag = "2")]
    pub packet: Option<MeshPacket>,
    #[prost(message, optional, tag = "3")]
    pub my_info: Option<MyNodeInfo>,
    #[prost(message, optional, tag = "5")]
    pub config: Option<Config>,
    #[prost(uint32, tag = "7")]
    pub config_complete_id: u32,
    #[prost(message, optional, tag = "9")]
    pub module_config: Option<ModuleConfig>,
    #[prost(message, optional, tag = "10")]
    pub channel: Option<Channel>,
}

#[derive(Clone, PartialEq, prost::Message)]
pub struct ToRadio {
    #[prost(message, optional, tag = "1")]
    pub packet: Option<MeshPacket>,
    #[prost(uint32, tag = "3")]
    pub want_config_id: u32,
}

pub const TEXT_MESSAGE_APP: i32 = 1;
pub const PRIVATE_APP: i32 = 256;
