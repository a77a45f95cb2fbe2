mod can;
mod health;
mod uplink;

use diagnostic_msgs::msg::{DiagnosticArray, DiagnosticStatus, KeyValue};
use socketcan::{CanSocket, EmbeddedFrame, Socket};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn main() -> Result<(), rclrs::RclrsError> {
    let context = rclrs::Context::new(std::env::args())?;
    let node = rclrs::create_node(&context, "diag_bridge")?;
    let iface = node.declare_parameter("can_interface").default(Arc::from("can0")).mandatory()?.get();
    let joints: Vec<String> = node
        .declare_parameter::<rclrs::ParameterValue>("joints")
        .optional()?
        .get()
        .and_then(|v| if let rclrs::ParameterValue::StringArray(a) = v { Some(a.iter().map(|s| s.to_string()).collect()) } else { None })
        .unwrap_or_default();
    let publisher = node.create_publisher::<DiagnosticArray>("/diagnostics", rclrs::QOS_PROFILE_DEFAULT)?;

    let state = Arc::new(Mutex::new(health::Joints::default()));
    {
        let state = state.clone();
        let iface = iface.to_string();
        std::thread::spawn(move || {
            let Ok(sock) = CanSocket::open(&iface) else { return };
            while let Ok(frame) = sock.read_frame() {
                let id = match frame.id() {
                    socketcan::Id::Standard(s) => s.as_raw(),
                    socketcan::Id::Extended(_) => continue,
                };
                state.lock().unwrap().feed(&can::classify(id, frame.data()));
            }
        });
    }
    uplink::spawn(node.clone());

    let timer_node = node.clone();
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_millis(500));
        let j = state.lock().unwrap();
        let status = joints
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let (level, message) = match j.level(i as u8 + 1) {
                    health::Level::Ok => (DiagnosticStatus::OK, "ok".to_string()),
                    health::Level::Warn(m) => (DiagnosticStatus::WARN, m),
                    health::Level::Error(m) => (DiagnosticStatus::ERROR, m),
                };
                DiagnosticStatus {
                    level,
                    name: format!("diag_bridge: {name}"),
                    message,
                    hardware_id: format!("canopen node {}", i + 1),
                    values: vec![KeyValue { key: "interface".into(), value: iface.to_string() }],
                }
            })
            .collect();
        let _ = publisher.publish(DiagnosticArray { header: Default::default(), status });
        let _ = &timer_node;
    });

    rclrs::spin(node)
}
