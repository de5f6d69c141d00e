//! The machine's own network addresses, the likeliest for a venue's Wi-Fi first: a private
//! IPv4 address on a wireless interface, then on a wired one, then other addresses, loopback
//! (this laptop only) and, last, every interface at once, which the facilitator must choose.

use std::net::{IpAddr, Ipv4Addr};

use designlab_core::devices::HubAddress;

/// The interface name given to "every interface".
pub const ALL_INTERFACES: &str = "*";

pub fn list() -> Vec<HubAddress> {
    let mut found: Vec<(u8, String, IpAddr)> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|interface| !is_link_local(interface.ip()))
        .map(|interface| (rank(&interface.name, interface.ip()), interface.name.clone(), interface.ip()))
        .collect();
    found.sort();
    found.dedup_by(|a, b| a.2 == b.2);
    let mut addresses: Vec<HubAddress> =
        found.into_iter().map(|(_, interface, ip)| HubAddress { interface, address: ip.to_string() }).collect();
    if !addresses.iter().any(|a| a.address == "127.0.0.1") {
        addresses.push(HubAddress { interface: "lo".into(), address: "127.0.0.1".into() });
    }
    addresses.push(HubAddress { interface: ALL_INTERFACES.into(), address: Ipv4Addr::UNSPECIFIED.to_string() });
    addresses
}

fn rank(name: &str, ip: IpAddr) -> u8 {
    let wireless = name.starts_with("wl") || name.starts_with("wifi") || name.starts_with("Wi-Fi");
    match ip {
        IpAddr::V4(v4) if v4.is_private() && wireless => 0,
        IpAddr::V4(v4) if v4.is_private() && !name.starts_with("docker") && !name.starts_with("br-") => 1,
        IpAddr::V4(v4) if !v4.is_loopback() => 2,
        IpAddr::V6(v6) if !v6.is_loopback() => 3,
        _ => 4,
    }
}

fn is_link_local(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_link_local(),
        IpAddr::V6(v6) => (v6.segments()[0] & 0xffc0) == 0xfe80,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is a failed test
mod tests {
    use super::*;

    #[test]
    fn loopback_and_every_interface_come_last() {
        let addresses = list();
        assert_eq!(addresses.last().map(|a| a.interface.as_str()), Some(ALL_INTERFACES));
        assert!(addresses.iter().any(|a| a.address == "127.0.0.1"));
        assert!(rank("wlp2s0", "192.168.1.20".parse().unwrap()) < rank("enp3s0", "10.0.0.5".parse().unwrap()));
        assert!(rank("enp3s0", "10.0.0.5".parse().unwrap()) < rank("lo", "127.0.0.1".parse().unwrap()));
    }
}
