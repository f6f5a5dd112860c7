//! Receiving first packets from the kernel over NFLOG (`nfnetlink_log`).
//!
//! Pure Rust: a `NETLINK_NETFILTER` socket from `netlink-sys`, messages
//! from `netlink-packet-netfilter`. The instance is configured to copy only
//! the headers ([`crate::render::SNAPLEN`] bytes), to batch messages under
//! load (queue threshold plus a short flush timeout), and to number them,
//! so that every lost message is counted: sequence gaps, and `ENOBUFS` when
//! the socket buffer overran (the kernel then drops messages it cannot
//! deliver; the gap shows how many).

use std::time::Duration;

use netlink_packet_core::{NetlinkMessage, NetlinkPayload};
use netlink_packet_netfilter::nflog::{
    config_request, ConfigCmd, ConfigFlags, ConfigMode, ConfigNla, PacketNla, Timeout, ULogMessage,
};
use netlink_packet_netfilter::{NetfilterMessage, NetfilterMessageInner, NetfilterProtoFamily};
use netlink_sys::{constants::NETLINK_NETFILTER, Socket};
use nix::sys::socket::{setsockopt, sockopt};
use nix::sys::time::TimeVal;

/// Errors of the NFLOG listener.
#[derive(Debug, thiserror::Error)]
pub enum NflogError {
    /// The socket could not be created or configured.
    #[error("NFLOG socket: {0}")]
    Socket(std::io::Error),
    /// The kernel refused to bind the group.
    #[error("cannot bind NFLOG group {group}: {why}")]
    Bind {
        /// The group.
        group: u16,
        /// Why (e.g. another process already listens on it).
        why: String,
    },
    /// A socket option could not be set.
    #[error("NFLOG socket option: {0}")]
    SockOpt(nix::Error),
}

/// Tuning of the listener.
#[derive(Debug, Clone, Copy)]
pub struct NflogConfig {
    /// The NFLOG group.
    pub group: u16,
    /// Bytes of each packet to copy. Default 128.
    pub copy_range: u32,
    /// Socket receive buffer in bytes (set with `SO_RCVBUFFORCE`). Default 8 MiB.
    pub rcvbuf: usize,
    /// Messages the kernel batches before sending. Default 32.
    pub qthresh: u32,
    /// Longest the kernel holds a partial batch. Default 20 ms.
    pub flush: Duration,
    /// How long one `recv` call waits. Default 200 ms.
    pub poll: Duration,
}

impl NflogConfig {
    /// Defaults for `group`.
    pub fn new(group: u16) -> Self {
        NflogConfig {
            group,
            copy_range: crate::render::SNAPLEN,
            rcvbuf: 8 * 1024 * 1024,
            qthresh: 32,
            flush: Duration::from_millis(20),
            poll: Duration::from_millis(200),
        }
    }
}

/// One logged packet.
#[derive(Debug)]
pub struct Logged<'a> {
    /// The rule's log prefix.
    pub prefix: &'a str,
    /// The packet, from its network header.
    pub payload: &'a [u8],
}

/// Counters kept by the listener.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NflogStats {
    /// Packets delivered.
    pub received: u64,
    /// Packets the kernel numbered but we never got.
    pub lost: u64,
    /// `ENOBUFS` reports (socket overruns).
    pub overruns: u64,
    /// Netlink messages that did not parse.
    pub malformed: u64,
}

/// A bound NFLOG listener.
pub struct NflogListener {
    sock: Socket,
    buf: Vec<u8>,
    last_seq: Option<u32>,
    /// Counters.
    pub stats: NflogStats,
}

impl std::fmt::Debug for NflogListener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NflogListener")
            .field("stats", &self.stats)
            .finish()
    }
}

fn send_config(
    sock: &Socket,
    group: u16,
    nlas: Vec<ConfigNla>,
    buf: &mut [u8],
) -> Result<(), NflogError> {
    let msg = config_request(NetfilterProtoFamily::Unspec, group, nlas);
    let mut out = vec![0u8; msg.header.length as usize];
    msg.serialize(&mut out[..]);
    sock.send(&out, 0).map_err(NflogError::Socket)?;
    let n = sock
        .recv(&mut &mut buf[..], 0)
        .map_err(NflogError::Socket)?;
    let reply = buf.get(..n).unwrap_or_default();
    match NetlinkMessage::<NetfilterMessage>::deserialize(reply) {
        Ok(m) => match m.payload {
            NetlinkPayload::Error(e) => match e.code {
                None => Ok(()),
                Some(code) => Err(NflogError::Bind {
                    group,
                    why: match -code.get() {
                        16 => "the group is in use by another process (is another agent running in this network namespace?)".to_owned(),
                        1 => "permission denied (needs CAP_NET_ADMIN)".to_owned(),
                        c => std::io::Error::from_raw_os_error(c).to_string(),
                    },
                }),
            },
            _ => Ok(()),
        },
        Err(e) => Err(NflogError::Bind {
            group,
            why: format!("unexpected reply: {e}"),
        }),
    }
}

impl NflogListener {
    /// Binds to a group in the current network namespace.
    pub fn bind(cfg: NflogConfig) -> Result<Self, NflogError> {
        let mut sock = Socket::new(NETLINK_NETFILTER).map_err(NflogError::Socket)?;
        sock.bind_auto().map_err(NflogError::Socket)?;
        // Root can exceed rmem_max; fall back to the capped size otherwise.
        if setsockopt(&sock, sockopt::RcvBufForce, &cfg.rcvbuf).is_err() {
            setsockopt(&sock, sockopt::RcvBuf, &cfg.rcvbuf).map_err(NflogError::SockOpt)?;
        }
        setsockopt(
            &sock,
            sockopt::ReceiveTimeout,
            &TimeVal::new(
                cfg.poll.as_secs() as _,
                i64::from(cfg.poll.subsec_micros()) as _,
            ),
        )
        .map_err(NflogError::SockOpt)?;
        let mut buf = vec![0u8; 1 << 18];
        send_config(&sock, cfg.group, vec![ConfigCmd::Bind.into()], &mut buf)?;
        send_config(
            &sock,
            cfg.group,
            vec![
                ConfigMode::new_packet(cfg.copy_range).into(),
                ConfigFlags::SEQ.into(),
                ConfigNla::QThresh(cfg.qthresh),
                Timeout::from(cfg.flush).into(),
            ],
            &mut buf,
        )?;
        Ok(NflogListener {
            sock,
            buf,
            last_seq: None,
            stats: NflogStats::default(),
        })
    }

    /// Waits up to the poll interval for messages and hands each logged
    /// packet to `f`. Returns the number of packets handled.
    pub fn recv(&mut self, mut f: impl FnMut(Logged<'_>)) -> Result<usize, NflogError> {
        let n = match self.sock.recv(&mut &mut self.buf[..], 0) {
            Ok(n) => n,
            Err(e) => {
                return match e.raw_os_error() {
                    Some(libc_enobufs) if libc_enobufs == nix::errno::Errno::ENOBUFS as i32 => {
                        self.stats.overruns += 1;
                        Ok(0)
                    }
                    Some(c)
                        if c == nix::errno::Errno::EAGAIN as i32
                            || c == nix::errno::Errno::EINTR as i32 =>
                    {
                        Ok(0)
                    }
                    _ => Err(NflogError::Socket(e)),
                }
            }
        };
        let mut handled = 0;
        let mut off = 0usize;
        while off < n {
            let Some(bytes) = self.buf.get(off..n) else {
                break;
            };
            let msg = match NetlinkMessage::<NetfilterMessage>::deserialize(bytes) {
                Ok(m) => m,
                Err(_) => {
                    self.stats.malformed += 1;
                    break;
                }
            };
            let len = msg.header.length as usize;
            if len == 0 {
                break;
            }
            // Netlink messages are 4-byte aligned.
            off += (len + 3) & !3;
            let NetlinkPayload::InnerMessage(NetfilterMessage {
                inner: NetfilterMessageInner::ULog(ULogMessage::Packet(nlas)),
                ..
            }) = &msg.payload
            else {
                continue;
            };
            let mut prefix: &str = "";
            let mut payload: &[u8] = &[];
            let mut seq = None;
            for nla in nlas {
                match nla {
                    PacketNla::Prefix(p) => prefix = p.to_str().unwrap_or(""),
                    PacketNla::Payload(p) => payload = p,
                    PacketNla::Seq(s) => seq = Some(*s),
                    _ => {}
                }
            }
            if let Some(s) = seq {
                if let Some(last) = self.last_seq {
                    let gap = s.wrapping_sub(last).wrapping_sub(1);
                    // A huge "gap" is a restart of the numbering, not a loss.
                    if gap > 0 && gap < u32::MAX / 2 {
                        self.stats.lost += u64::from(gap);
                    }
                }
                self.last_seq = Some(s);
            }
            self.stats.received += 1;
            handled += 1;
            f(Logged { prefix, payload });
        }
        Ok(handled)
    }
}
